import { saloon, windowCentres } from '../kit/shells/saloon'

/*
 * The medical carriage's numbers, shared by its manifest (hotspot anchors) and its
 * build: the couch, the glass cabinet, the oxygen bottles and the basin.
 */
export const LENGTH = 12
export const HW = saloon.halfWidth
export const WINDOWS = windowCentres(LENGTH)
export const PIERS = WINDOWS.slice(1).map((c, i) => (c + WINDOWS[i]!) / 2)
export const COUCH = { x: 3.3, z: -0.85, len: 1.9 }
export const CABINET = { x: PIERS[1]!, h: 1.9, d: 0.42 }
export const OXYGEN_X = PIERS[0]!
export const BASIN = { x: PIERS[1]!, d: 0.45 }
export const MIRROR = { y: 1.45, w: 0.5, h: 0.62 }
