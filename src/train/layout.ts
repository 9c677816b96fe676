import { GANGWAY } from './dimensions'

/** Where one carriage sits along the train (x, metres). */
export interface CarriageSlot {
  index: number
  /** Interior from `start` to `end`; walls and half a gangway lie outside it. */
  start: number
  end: number
  /** The stretch of track this carriage answers for: out to the middle of each gangway. */
  spanStart: number
  spanEnd: number
}

/** What the layout needs of a room: its length and how thick its shell's end walls are. */
export interface LaidOut {
  length: number
  shell: { endWall: number }
}

/**
 * Turns the ordered rooms into positions along x, first carriage at 0: each next one
 * starts beyond this one's end wall, a gangway, and its own end wall. Nothing in the
 * train is placed by hand in world coordinates: everything hangs off this.
 */
export function layoutTrain(rooms: readonly LaidOut[]): CarriageSlot[] {
  const slots: CarriageSlot[] = []
  let start = 0
  let spanStart = -GANGWAY.length / 2
  rooms.forEach(({ length, shell }, index) => {
    if (!(length > 0)) throw new Error(`carriage ${index} has a non-positive length (${length})`)
    if (index > 0) start += shell.endWall
    spanStart = index === 0 ? start - shell.endWall - GANGWAY.length / 2 : spanStart
    const end = start + length
    const spanEnd = end + shell.endWall + GANGWAY.length / 2
    slots.push({ index, start, end, spanStart, spanEnd })
    start = end + shell.endWall + GANGWAY.length
    spanStart = spanEnd
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
