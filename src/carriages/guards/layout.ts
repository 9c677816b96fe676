import { saloon, windowCentres } from '../kit/shells/saloon'

/*
 * The guards' carriage numbers, shared by its manifest (hotspot anchors) and its build:
 * the post by the door, the bunks, the lockers and the mess table.
 */
export const LENGTH = 14
export const HW = saloon.halfWidth
export const WINDOWS = windowCentres(LENGTH)
export const PIERS = WINDOWS.slice(1).map((c, i) => (c + WINDOWS[i]!) / 2)

/** Two-tier bunk proportions: length along x, the ladder's side toward +z. */
export const BUNK = { length: 1.95, width: 0.8, lower: 0.42, upper: 1.42, top: 1.85 } as const

export const BUNK_Z = -HW + BUNK.width / 2
export const BUNKS = [3.3, 5.4, 12.5]
/** The post faces the entry door, just inside it on the right. */
export const POST = { x: 2.0, z: HW - 0.36, w: 0.6, d: 0.5, top: 0.76, phoneDz: -0.15, chairDx: 0.6 }
export const LOCKER = { w: 0.42, h: 1.9, d: 0.45 }
export const LOCKER_ROWS = [PIERS[1]!, PIERS[2]!]
export const TABLE = { x: WINDOWS[3]!, w: 0.8, d: 0.6 }
