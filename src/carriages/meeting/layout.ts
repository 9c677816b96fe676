import { saloon, windowCentres } from '../kit/shells/saloon'

/*
 * The meeting car's numbers, shared by its manifest (hotspot anchors) and its build:
 * where the couches line the walls and where their low tables stand.
 */
export const LENGTH = 18
export const HW = saloon.halfWidth
export const WINDOWS = windowCentres(LENGTH)
export const LEFT = -HW + 0.41
export const RIGHT = HW - 0.41
export const TABLE_Z = -0.42

export const leftCouches = [3.4, 8.4, 13.4]
export const rightCouches = [5.6, 11.8]
