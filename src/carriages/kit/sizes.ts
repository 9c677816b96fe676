/*
 * The proportions of common furniture (kit/props), as plain numbers: a room's layout can
 * use them for its anchors without importing the furniture's geometry.
 */

/** Proportions of `armchair`, exported so a cover (a print, piping) can be laid on its faces. */
export const ARMCHAIR = {
  width: 0.78,
  depth: 0.76,
  legs: 0.1,
  seat: 0.46,
  arm: 0.64,
  back: 0.86,
  armWidth: 0.13,
  backDepth: 0.17,
} as const
