import { saloon, windowCentres } from '../kit/shells/saloon'

/*
 * The office's numbers, shared by its manifest (hotspot anchors) and its build: the
 * partition the map hangs on, and the desk in front of it.
 */
export const LENGTH = 16
export const HW = saloon.halfWidth
export const WINDOWS = windowCentres(LENGTH)
export const PARTITION_X = 8.2
export const DESK_X = PARTITION_X - 1.45
export const MAP_Z = -0.8
export const DESK_TOP = 0.79
/** The tall cabinet on the right, on the pier between the second and third windows. */
export const TALL_CABINET_X = (WINDOWS[1]! + WINDOWS[2]!) / 2
/** The leather sofa behind the partition, against the left wall: its centre along the room, and its length. */
export const SOFA = { x: 11.6, length: 2.6 } as const
