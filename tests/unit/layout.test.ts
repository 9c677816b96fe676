import { describe, expect, it } from 'vitest'
import { GANGWAY } from '../../src/train/dimensions'
import { carriageIndexAt, layoutTrain, trainLength } from '../../src/train/layout'

const WALL = 0.12
const rooms = (lengths: number[], endWall = WALL) => lengths.map((length) => ({ length, shell: { endWall } }))
/** From one interior's end to the next one's start: two end walls and a gangway. */
const JOINT = 2 * WALL + GANGWAY.length

describe('train layout', () => {
  const slots = layoutTrain(rooms([10, 20, 5]))

  it('puts the first carriage at 0 and each next one a joint after the previous end', () => {
    expect(slots.map((s) => [s.start, s.end])).toEqual([
      [0, 10],
      [10 + JOINT, 30 + JOINT],
      [30 + 2 * JOINT, 35 + 2 * JOINT],
    ])
    expect(trainLength(slots)).toBeCloseTo(35 + 2 * JOINT)
  })

  it('never overlaps two carriages, and their spans tile the train without gaps', () => {
    for (let i = 1; i < slots.length; i++) {
      expect(slots[i]!.start).toBeGreaterThan(slots[i - 1]!.end)
      expect(slots[i]!.spanStart).toBeCloseTo(slots[i - 1]!.spanEnd)
    }
  })

  it('answers which carriage holds a point, switching at the middle of a gangway', () => {
    expect(carriageIndexAt(slots, 0)).toBe(0)
    expect(carriageIndexAt(slots, 9.99)).toBe(0)
    expect(carriageIndexAt(slots, 10 + JOINT / 2 - 0.01)).toBe(0)
    expect(carriageIndexAt(slots, 10 + JOINT / 2 + 0.01)).toBe(1)
    expect(carriageIndexAt(slots, 20)).toBe(1)
    expect(carriageIndexAt(slots, 34 + 2 * JOINT)).toBe(2)
  })

  it('says -1 beyond either end of the train', () => {
    expect(carriageIndexAt(slots, -JOINT)).toBe(-1)
    expect(carriageIndexAt(slots, 36 + 3 * JOINT)).toBe(-1)
  })

  it('refuses a carriage without a positive length', () => {
    expect(() => layoutTrain(rooms([10, 0]))).toThrow(/carriage 1/)
    expect(() => layoutTrain(rooms([Number.NaN]))).toThrow(/non-positive/)
  })

  it('joins rooms of different shells by each one’s own end wall', () => {
    const mixed = layoutTrain([
      { length: 10, shell: { endWall: 0.12 } },
      { length: 8, shell: { endWall: 0.3 } },
    ])
    expect(mixed[1]!.start).toBeCloseTo(10 + 0.12 + GANGWAY.length + 0.3)
    // The span switches in the middle of the gangway, whatever the walls either side.
    expect(mixed[0]!.spanEnd).toBeCloseTo(10 + 0.12 + GANGWAY.length / 2)
    expect(mixed[1]!.spanStart).toBeCloseTo(mixed[0]!.spanEnd)
  })

  it('lays out an empty train as nothing', () => {
    expect(layoutTrain([])).toEqual([])
    expect(trainLength([])).toBe(0)
  })
})
