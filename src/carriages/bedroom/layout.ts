import { saloon, windowCentres, windowsOn } from '../kit/shells/saloon'

/*
 * The bedroom's numbers, shared by its manifest (hotspot anchors) and its build: the
 * bed between two windows, the bedside tables, the wardrobe, desk and dresser.
 */
export const LENGTH = 14
export const HW = saloon.halfWidth
export const WINDOWS = windowCentres(LENGTH)
/** The windows on each side wall (the side door's takes the place of one). */
export const WINDOWS_ON = { left: windowsOn(LENGTH, -1), right: windowsOn(LENGTH, 1) }
/** The piers between windows, where tall or wall-hung things stand. */
export const PIERS = WINDOWS.slice(1).map((c, i) => (c + WINDOWS[i]!) / 2)

/** Bed proportions: the head against a wall at local z 0, the foot toward +z. */
export const BED = { width: 1.6, length: 1.86, headboard: 1.45 } as const

export const BED_X = PIERS[1]!
export const BEDSIDE = { dx: BED.width / 2 + 0.34, z: -HW + 0.26, top: 0.6 }
export const WARDROBE = { x: PIERS[2]!, h: 2.0, d: 0.6 }
export const DESK_X = PIERS[3]!
export const DRESSER = { x: PIERS[0]!, h: 0.86, d: 0.45 }
export const MIRROR = { y: 1.45, w: 0.62, h: 0.72 }
/** The reading corner: an armchair turned toward the bed, a lamp on a table beside it. */
export const READING = { x: PIERS[0]!, z: -1.15, turn: 0.35, tableDx: 0.72, tableZ: -1.4 }
export const DESK_Z = -HW + 0.33
export const CLOTH = 0x6e1f2b
export const SHADE = 0xffe6b0
