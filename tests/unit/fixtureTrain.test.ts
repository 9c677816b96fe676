import { describe, expect, it } from 'vitest'
import { type Point2, moveWithCollision } from '../../src/player/collision'
import { isFree, onFloor } from '../../src/player/world'
import { GANGWAY, VISITOR } from '../../src/train/dimensions'
import { circleHitsRect } from '../../src/geometry/floorPlan'
import { CORRIDOR, compartments, corridor } from './fixtures/corridorShell'
import { TABLE_AT, fixtureTrain } from './fixtures/train'

/*
 * A train of three kinds of room, one of them a shell the shipped train does not have
 * (tests/unit/fixtures/corridorShell.ts): adding it touched no other file, and the
 * layout, the collision world and the openings all follow from its plan.
 */
const R = VISITOR.radius
const train = fixtureTrain()
const { world, slots } = train
const [lounge, sleeper, garage] = train.rooms

function walk(p: Point2, dx: number, dz: number, frames = 600): Point2 {
  for (let i = 0; i < frames; i++) moveWithCollision(world, p, dx / frames, dz / frames, R)
  return p
}
const overlapsWall = (p: Point2) => world.blockers.some((b) => circleHitsRect(b, p.x, p.z, R - 1e-6))

describe('a fixture train with a third kind of shell', () => {
  it('lays the rooms out by each shell’s own end walls', () => {
    expect(slots[1]!.start).toBeCloseTo(slots[0]!.end + 0.12 + GANGWAY.length + CORRIDOR.wall)
    expect(slots[2]!.start).toBeCloseTo(slots[1]!.end + CORRIDOR.wall + GANGWAY.length + 0.12)
  })

  it('walks from the first room’s spawn to the far end of the last, door to door along the walkway', () => {
    const p = { x: slots[0]!.start + lounge!.manifest.spawn.x, z: GANGWAY.walkZ }
    walk(p, slots[2]!.end + 5, 0, 4000)
    // Stopped by the closed door at the train's end, one radius short of it.
    expect(p.x).toBeCloseTo(slots[2]!.end - R, 2)
    expect(p.z).toBeCloseTo(GANGWAY.walkZ, 6)
  })

  it('bumps into the sleeper’s outer wall and into the partition between its doors', () => {
    const between = compartments(sleeper!.manifest.length)[0]!.doorX1 + 0.4 + slots[1]!.start
    const right = walk({ x: between, z: GANGWAY.walkZ }, 0, 3)
    expect(right.z).toBeCloseTo(CORRIDOR.halfWidth - R, 3)
    const left = walk({ x: between, z: GANGWAY.walkZ }, 0, -3)
    expect(left.z).toBeCloseTo(CORRIDOR.partitionZ + R, 2)
    expect(overlapsWall(left)).toBe(false)
  })

  it('enters a compartment through its door, and meets the divider to the next one', () => {
    const c = compartments(sleeper!.manifest.length)[1]!
    const x0 = slots[1]!.start
    const p = walk({ x: x0 + (c.doorX0 + c.doorX1) / 2, z: GANGWAY.walkZ }, 0, -2)
    expect(p.z).toBeCloseTo(-CORRIDOR.halfWidth + R, 3)
    walk(p, 3, 0)
    expect(p.x).toBeCloseTo(x0 + c.x1 - CORRIDOR.partition / 2 - R, 3)
  })

  it('does not pass an end wall beside its door, whatever its thickness', () => {
    // In the last compartment, which the end wall closes beside the gangway door.
    const p = { x: slots[1]!.end - 1, z: -0.6 }
    expect(isFree(world, p.x, p.z, R)).toBe(true)
    walk(p, 3, 0)
    expect(p.x).toBeCloseTo(slots[1]!.end - R, 2)
    expect(onFloor(world, p.x, p.z)).toBe(true)
  })

  it('walks around the lounge’s table, a build’s obstacle', () => {
    const p = walk({ x: slots[0]!.start + TABLE_AT.x, z: GANGWAY.walkZ }, 0, -3)
    expect(p.z).toBeGreaterThan(TABLE_AT.z + 0.4 + R - 1e-3)
  })

  it('never leaves the floor or overlaps a wall, whatever the moves', () => {
    let seed = 3
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1
    const p = { x: slots[0]!.start + 1.1, z: GANGWAY.walkZ }
    for (let i = 0; i < 20_000; i++) {
      moveWithCollision(world, p, rnd() * 0.4 + 0.03, rnd() * 0.4, R)
      expect(onFloor(world, p.x, p.z)).toBe(true)
      if (overlapsWall(p)) throw new Error(`overlap at step ${i}: ${p.x}, ${p.z}`)
    }
    expect(p.x).toBeGreaterThan(slots[1]!.start)
  })

  it('gives the portals each room’s doorways and windows from its plan', () => {
    expect(lounge!.prevDoor).toBeNull()
    expect(sleeper!.prevDoor!.x).toBe(slots[1]!.start)
    expect(sleeper!.nextDoor!.x).toBe(slots[1]!.end)
    expect(garage!.nextDoor).toBeNull()
    expect(sleeper!.windows).toHaveLength(compartments(sleeper!.manifest.length).length)
    for (const w of sleeper!.windows) expect(w.x0).toBeGreaterThanOrEqual(slots[1]!.start)
    expect(sleeper!.shellParts.length).toBeGreaterThan(0)
    expect(corridor.door.z1 - corridor.door.z0).toBeCloseTo(GANGWAY.doorWidth)
  })
})
