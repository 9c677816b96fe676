import { describe, expect, it } from 'vitest'
import { planPoint, trainPlan } from '../../src/map/plan'
import { FIXTURE_MANIFESTS, TABLE_AT, fixtureTrain } from './fixtures/train'

const train = fixtureTrain()
const hotspots = [
  { id: 'by-the-table', carriage: 'lounge', position: [train.slots[0]!.start + 4, 1, -0.8] as const },
  { id: 'in-the-garage', carriage: 'garage', position: [train.slots[2]!.start + 2, 1, 0.5] as const },
]
const plan = trainPlan(FIXTURE_MANIFESTS, train.slots, train.world, hotspots)

describe('the map of the whole train', () => {
  it('has every room, in train order, as long and as wide as the room itself', () => {
    expect(plan.map((r) => r.id)).toEqual(['lounge', 'sleeper', 'garage'])
    plan.forEach((r, i) => {
      expect(r.index).toBe(i)
      expect(r.length).toBe(FIXTURE_MANIFESTS[i]!.length)
      expect(r.width).toBeCloseTo(2 * FIXTURE_MANIFESTS[i]!.shell.halfWidth, 6)
    })
  })

  it('shows the furniture the visitor bumps into, where it stands, and no walls', () => {
    const [lounge, sleeper, garage] = plan
    expect(lounge!.furniture).toHaveLength(1)
    const table = lounge!.furniture[0]!
    expect((table.x0 + table.x1) / 2).toBeCloseTo(TABLE_AT.x, 2)
    expect((table.z0 + table.z1) / 2).toBeCloseTo(TABLE_AT.z, 2)
    expect(garage!.furniture).toEqual([])
    // The sleeper's partitions stand inside the room: the map draws them as it draws furniture.
    for (const r of plan)
      for (const f of r.furniture) {
        expect(f.x0).toBeGreaterThanOrEqual(0)
        expect(f.x1).toBeLessThanOrEqual(r.length)
        expect(Math.abs(f.z0)).toBeLessThanOrEqual(r.width / 2)
      }
    expect(sleeper!.windows.length).toBeGreaterThan(0)
  })

  it('puts each hotspot in its own room, in room coordinates', () => {
    expect(plan[0]!.hotspots).toEqual([{ id: 'by-the-table', x: 4, z: -0.8 }])
    expect(plan[1]!.hotspots).toEqual([])
    expect(plan[2]!.hotspots).toEqual([{ id: 'in-the-garage', x: 2, z: 0.5 }])
  })

  it('finds the visitor in the room whose stretch of track holds them, the gangway included', () => {
    const s = train.slots
    expect(planPoint(s, s[1]!.start + 3, 0.2)).toEqual({ index: 1, x: 3, z: 0.2 })
    // In the gangway beyond the lounge's end wall: still the lounge, at its end.
    expect(planPoint(s, s[0]!.end + 0.2, 0)).toEqual({ index: 0, x: FIXTURE_MANIFESTS[0]!.length, z: 0 })
    expect(planPoint(s, -50, 0)).toBeNull()
  })
})
