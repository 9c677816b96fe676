import { saloon, windowCentres } from '../kit/shells/saloon'

/*
 * The communications carriage's numbers, shared by its manifest (hotspot anchors) and
 * its build: the operators' stations on the piers, the telephone console and the map.
 */
export const LENGTH = 14
export const HW = saloon.halfWidth
export const WINDOWS = windowCentres(LENGTH)
/** The piers between windows: where tall equipment stands without blinding a window. */
export const PIERS = WINDOWS.slice(1).map((c, i) => (c + WINDOWS[i]!) / 2)
export const STATIONS = PIERS.slice(0, 3)
export const DESK = { from: STATIONS[0]! - 0.9, to: STATIONS[2]! + 1.1, depth: 0.68 }
export const DESK_Z = -HW + DESK.depth / 2
/** Top of every desk in the room. */
export const DESK_TOP = 0.76
export const STACK_DEPTH = 0.42
export const STACK_Z = -HW + 0.02 + STACK_DEPTH / 2
export const CHAIR_Z = -0.62
export const PHONE_DESK = { w: 1.1, d: 0.54 }
export const PHONES_X = PIERS[3]!
export const PHONES_Z = HW - PHONE_DESK.d / 2 - 0.02
export const MAP_X = PIERS[1]!
export const MAP_Y = 1.4
export const MAP_Z = HW - 0.035
/** Cable trays run under the cornice, clear of the ceiling lamps. */
export const TRAY_Y = 2.2
