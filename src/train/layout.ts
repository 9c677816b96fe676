import { SHELL } from './dimensions'

/** Where one carriage sits along the train (x, metres). */
export interface CarriageSlot {
  index: number
  /** Interior from `start` to `end`; walls and half a gangway lie outside it. */
  start: number
  end: number
  /** The stretch of track this carriage answers for: half the gangway on each side. */
  spanStart: number
  spanEnd: number
}

/** Distance from one carriage's interior end to the next one's interior start. */
export const JOINT = 2 * SHELL.wall + SHELL.gangway

/**
 * Turns the ordered interior lengths into positions along x, first carriage at 0.
 * Nothing in the train is placed by hand in world coordinates: everything hangs off this.
 */
export function layoutTrain(lengths: readonly number[]): CarriageSlot[] {
  const slots: CarriageSlot[] = []
  let start = 0
  lengths.forEach((length, index) => {
    if (!(length > 0)) throw new Error(`carriage ${index} has a non-positive length (${length})`)
    const end = start + length
    slots.push({ index, start, end, spanStart: start - JOINT / 2, spanEnd: end + JOINT / 2 })
    start = end + JOINT
  })
  return slots
}

/** Index of the carriage whose span holds x, or -1 when x is off the train. */
export function carriageIndexAt(slots: readonly CarriageSlot[], x: number): number {
  for (let i = 0; i < slots.length; i++) {
    const s = slots[i]!
    if (x >= s.spanStart && x < s.spanEnd) return i
  }
  return -1
}

export function trainLength(slots: readonly CarriageSlot[]): number {
  if (slots.length === 0) return 0
  return slots[slots.length - 1]!.end - slots[0]!.start
}
