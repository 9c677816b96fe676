import { saloon, windowCentres } from '../kit/shells/saloon'

/*
 * The restaurant carriage's numbers, shared by its manifest (hotspot anchors) and its
 * build: the tables on the left, the serving counter, the wine shelves behind it.
 */
export const LENGTH = 20
export const HW = saloon.halfWidth
export const WINDOWS = windowCentres(LENGTH)
export const COUNTER_X = 14.6
export const LEFT_TABLES = [2.2, 4.6, 7.0, 9.4, 11.8]
export const SHELF = { from: 16.0, to: 19.6 }
