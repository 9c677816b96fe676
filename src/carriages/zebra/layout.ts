import { lampCentres, saloon, windowCentres } from '../kit/shells/saloon'
import { ARMCHAIR } from '../kit/sizes'

/*
 * The zebra-chair carriage's numbers, shared by its manifest (hotspot anchors) and its
 * build: the chair groups, the pair on the right, the sideboard, the flower lights.
 */
export const LENGTH = 15
export const HW = saloon.halfWidth
export const WINDOWS = windowCentres(LENGTH)
export const D = ARMCHAIR.depth
/** A group: one chair against the wall, two facing each other across the table. */
export const GROUPS = [3.2, 8.0]
export const TABLE_Z = -0.6
export const WALL_CHAIR_Z = -HW + D / 2 + 0.02
export const FLANK = { dx: 0.85, z: -0.7 }
export const PAIR = { xs: [11.7, 13.1], z: HW - D / 2 - 0.03 }
export const SIDEBOARD = { x: (WINDOWS[1]! + WINDOWS[2]!) / 2, h: 0.82, d: 0.42 }
/** A console with flowers closes the far end of the left side. */
export const CONSOLE_X = LENGTH - 1.4
/** The flowers hang halfway between the shell's lamps, so the two never overlap. */
export const LAMPS = lampCentres(LENGTH)
export const LIGHTS = LAMPS.map((x) => x + (LAMPS[1]! - LAMPS[0]!) / 2).filter((x) => x < LENGTH - 0.6)
