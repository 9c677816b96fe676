import { describe, expect, it } from 'vitest'
import { type Point2, moveWithCollision } from '../../src/player/collision'
import { isFree, nearestFree, onFloor } from '../../src/player/world'
import { GANGWAY, VISITOR } from '../../src/train/dimensions'
import { saloon } from '../../src/carriages/kit/shells/saloon'
import { DESK_X, MAP_Z } from '../../src/carriages/office/layout'
import { SHIPPED, buildOf, spawnOf, world } from './fixtures/shipped'
import { onPlatform } from '../../src/exterior/platform'
import { circleHitsRect, containsPoint, offsetRect } from '../../src/geometry/floorPlan'
import { CARRIAGES, SLOTS, carriageIndex } from '../../src/carriages/registry'

const R = VISITOR.radius

/** Walks from `p` toward (dx, dz) in small frames, as the game loop would. */
function walk(p: Point2, dx: number, dz: number, frames = 400): Point2 {
  for (let i = 0; i < frames; i++) moveWithCollision(world, p, dx / frames, dz / frames, R)
  return p
}

const HALF_WIDTH = saloon.halfWidth

function touchesAnyBlocker(p: Point2): boolean {
  return world.blockers.some((b) => circleHitsRect(b, p.x, p.z, R - 1e-6))
}

describe('collision', () => {
  it('stops the visitor at a side wall, one radius from it', () => {
    const p = walk(spawnOf('meeting'), 0, 10)
    expect(p.z).toBeCloseTo(HALF_WIDTH - R, 2)
    expect(touchesAnyBlocker(p)).toBe(false)
  })

  it('does not let a fast step tunnel through a wall', () => {
    const p = spawnOf('meeting')
    moveWithCollision(world, p, 0, 40, R)
    expect(p.z).toBeLessThan(HALF_WIDTH)
  })

  it('blocks furniture: the office desk', () => {
    const i = carriageIndex('office')
    const desk = buildOf(CARRIAGES[i]!.id).obstacles.find((o) => containsPoint(o, DESK_X, MAP_Z))
    expect(desk).toBeDefined()
    const deskAt = offsetRect(desk!, SLOTS[i]!.start)
    // Start in front of the desk, between it and the entrance, and walk into it.
    const p = { x: deskAt.minX - 0.6, z: (deskAt.minZ + deskAt.maxZ) / 2 }
    walk(p, 3, 0)
    expect(p.x).toBeCloseTo(deskAt.minX - R, 3)
  })

  it('blocks the cars', () => {
    const i = carriageIndex('cars-1')
    const start = SLOTS[i]!.start
    const car = buildOf(CARRIAGES[i]!.id)
      .obstacles.map((o) => offsetRect(o, start))
      .find((o) => o.maxX - o.minX > 5)
    expect(car).toBeDefined()
    const p = { x: (car!.minX + car!.maxX) / 2, z: GANGWAY.walkZ }
    walk(p, 0, -3)
    expect(p.z).toBeGreaterThanOrEqual(car!.maxZ + R - 1e-3)
  })

  it('passes through the end doors into the next carriage', () => {
    const p = spawnOf('office')
    walk(p, SLOTS[1]!.start + 2 - p.x, 0)
    expect(p.x).toBeCloseTo(SLOTS[1]!.start + 2, 3)
  })

  it('does not pass an end wall beside the door', () => {
    const p = { x: SLOTS[0]!.end - 1, z: -1 }
    walk(p, 3, 0)
    expect(p.x).toBeLessThanOrEqual(SLOTS[0]!.end - R + 1e-3)
  })

  it('keeps the visitor inside at both ends of the train', () => {
    const front = walk(spawnOf('office'), -20, 0)
    expect(front.x).toBeGreaterThanOrEqual(SLOTS[0]!.start + R - 1e-3)
    const last = SLOTS[SLOTS.length - 1]!
    const back = walk({ x: last.end - 1, z: GANGWAY.walkZ }, 20, 0)
    expect(back.x).toBeLessThanOrEqual(last.end - R + 1e-3)
  })

  it('never leaves the floor or overlaps a blocker, whatever the moves', () => {
    let seed = 1
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1
    const p = spawnOf('office')
    for (let i = 0; i < 20_000; i++) {
      moveWithCollision(world, p, rnd() * 0.4 + 0.02, rnd() * 0.4, R)
      expect(onFloor(world, p.x, p.z)).toBe(true)
      if (touchesAnyBlocker(p)) throw new Error(`overlap at step ${i}: ${p.x}, ${p.z}`)
    }
  })

  it('knows a free spot from a blocked one', () => {
    const s = spawnOf('restaurant')
    expect(isFree(world, s.x, s.z, R)).toBe(true)
    expect(isFree(world, s.x, HALF_WIDTH + 1, R)).toBe(false)
  })
})

describe('nearest free spot', () => {
  it('keeps a spot that is already free', () => {
    const s = spawnOf('meeting')
    expect(nearestFree(world, s.x, s.z, R)).toEqual(s)
  })

  it('moves a spot beside furniture out to where the visitor fits', () => {
    const i = carriageIndex('meeting')
    const couch = offsetRect(
      buildOf(CARRIAGES[i]!.id).obstacles.find((o) => o.minZ > 0.5)!,
      SLOTS[i]!.start,
    )
    const x = (couch.minX + couch.maxX) / 2
    const spot = nearestFree(world, x, couch.minZ - 0.1, R)
    expect(spot).not.toBeNull()
    expect(isFree(world, spot!.x, spot!.z, R)).toBe(true)
    expect(Math.hypot(spot!.x - x, spot!.z - (couch.minZ - 0.1))).toBeLessThanOrEqual(0.8)
  })

  it('finds nothing outside the train', () => {
    expect(nearestFree(world, SLOTS[1]!.start + 3, HALF_WIDTH + 3, R)).toBeNull()
  })
})

describe('rooms near the visitor', () => {
  it('keeps each room’s rectangles between its neighbours’ interiors, so a query need look no further', () => {
    // The rooms in train order, then the platform beside them all.
    expect(world.rooms).toHaveLength(SLOTS.length + 1)
    world.rooms.slice(0, SLOTS.length).forEach((room, i) => {
      const before = i > 0 ? SLOTS[i - 1]!.end : -Infinity
      const after = i < SLOTS.length - 1 ? SLOTS[i + 1]!.start : Infinity
      expect(room.minX, `room ${i}`).toBeGreaterThanOrEqual(before - 1e-9)
      expect(room.maxX, `room ${i}`).toBeLessThanOrEqual(after + 1e-9)
      for (const r of [...room.blockers, ...room.floors, ...room.sightBlockers]) {
        expect(r.minX).toBeGreaterThanOrEqual(room.minX)
        expect(r.maxX).toBeLessThanOrEqual(room.maxX)
      }
    })
  })

  it('answers as a search of the whole train would, looking only at the rooms touched', () => {
    const brute = (x: number, z: number) =>
      world.floors.some((f) => containsPoint(f, x, z)) && !world.blockers.some((b) => circleHitsRect(b, x, z, R))
    let seed = 7
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647
    const end = SLOTS[SLOTS.length - 1]!.end
    for (let i = 0; i < 20_000; i++) {
      const x = -1 + rnd() * (end + 2)
      const z = -2 + rnd() * 4
      expect(isFree(world, x, z, R), `${x.toFixed(2)}, ${z.toFixed(2)}`).toBe(brute(x, z))
    }
  })
})

describe('side doors onto the platform', () => {
  it.each(CARRIAGES.map((c) => c.id))(
    '%s: a visitor walks out through its side door onto the platform and back in',
    (id) => {
      const room = SHIPPED.rooms[carriageIndex(id)]!
      const door = room.sideDoor
      const mid = (door.x0 + door.x1) / 2
      // From the walkway, level with the door: it is kept clear of furniture.
      const p = { x: mid, z: GANGWAY.walkZ }
      expect(isFree(world, p.x, p.z, R), `${id}: the walkway by the door`).toBe(true)
      walk(p, 0, door.side * 6)
      expect(onPlatform(SHIPPED.platform, p.z), `${id}: out on the platform (z ${p.z.toFixed(2)})`).toBe(true)
      expect(p.x).toBeCloseTo(mid, 3)
      walk(p, 0, -door.side * 6)
      expect(onPlatform(SHIPPED.platform, p.z)).toBe(false)
      expect(Math.abs(p.z)).toBeLessThan(HALF_WIDTH)
    },
  )

  it('keeps the platform apart from the rooms except at the doors: a step beside one meets the wall', () => {
    // Beside the car transport's door, where its floor is clear to the wall.
    const door = SHIPPED.rooms[carriageIndex('cars-1')]!.sideDoor
    const p = { x: door.x1 + 0.6, z: GANGWAY.walkZ }
    walk(p, 0, door.side * 6)
    expect(onPlatform(SHIPPED.platform, p.z)).toBe(false)
    expect(Math.abs(p.z)).toBeCloseTo(HALF_WIDTH - R, 2)
  })
})
