import { describe, expect, it } from 'vitest'
import { HOTSPOTS, hotspotById, viewpointOf } from '../../src/hotspots'
import { FACE_PITCH, OUTSIDE, lookAngles, moveToAnchors, resolveHotspots } from '../../src/hotspots/model'
import { PLATFORM_PLAN, onPlatform } from '../../src/exterior/platform'
import { PLATFORM_AT } from '../../src/places'
import { LOCO } from '../../src/exterior/locomotives'
import { CONTENT } from '../../src/content'
import { world } from './fixtures/shipped'
import { FACE_ALONG_TRAIN } from '../../src/train/dimensions'
import { type LookTarget, type Pose, angleDelta, stepLook } from '../../src/player/walking'
import { inSight, isFree } from '../../src/player/world'
import { VISITOR } from '../../src/train/dimensions'
import { rect, segmentHitsRect } from '../../src/geometry/floorPlan'
import { carriageIndexAt } from '../../src/train/layout'
import { CARRIAGES, SLOTS } from '../../src/carriages/registry'

describe('hotspot placement', () => {
  const inTrain = HOTSPOTS.filter((h) => h.carriageIndex !== OUTSIDE)
  const outside = HOTSPOTS.filter((h) => h.carriageIndex === OUTSIDE)

  it('puts every hotspot inside its own carriage, or outside the train beside the platform', () => {
    for (const h of inTrain) expect(carriageIndexAt(SLOTS, h.position[0]), h.id).toBe(h.carriageIndex)
    // Outside: on the train's platform side, beyond its walls, and along the platform.
    for (const h of outside) {
      expect(h.position[2] * PLATFORM_PLAN.side, h.id).toBeGreaterThan(LOCO.halfWidth)
      expect(h.position[0], h.id).toBeGreaterThan(PLATFORM_AT.x0)
      expect(h.position[0], h.id).toBeLessThan(PLATFORM_AT.x1)
    }
    expect(outside.length).toBeGreaterThanOrEqual(6)
  })

  it('gives every deep link to the platform a free standing point on it, seeing and facing the hotspot', () => {
    for (const h of outside) {
      const v = viewpointOf(h)
      expect(isFree(world, v.x, v.z, VISITOR.radius), h.id).toBe(true)
      expect(onPlatform(PLATFORM_AT, v.z), h.id).toBe(true)
      expect(inSight(world, v.x, v.z, h.position[0], h.position[2]), `${h.id}: seen from its viewpoint`).toBe(true)
      const want = Math.atan2(-(h.position[0] - v.x), -(h.position[2] - v.z))
      expect(Math.abs(angleDelta(v.yaw, want)), h.id).toBeLessThan(1e-6)
    }
  })

  it('gives every deep link a free standing point in the same carriage, seeing and facing the hotspot', () => {
    for (const h of inTrain) {
      const v = viewpointOf(h)
      expect(isFree(world, v.x, v.z, VISITOR.radius), h.id).toBe(true)
      expect(inSight(world, v.x, v.z, h.position[0], h.position[2]), `${h.id}: seen from its viewpoint`).toBe(true)
      expect(carriageIndexAt(SLOTS, v.x), h.id).toBe(h.carriageIndex)
      const want = Math.atan2(-(h.position[0] - v.x), -(h.position[2] - v.z))
      expect(Math.abs(angleDelta(v.yaw, want)), h.id).toBeLessThan(1e-6)
    }
  })

  it('sees the office map from the entrance but not from behind its partition', () => {
    const map = hotspotById('office-map')!
    const start = SLOTS[0]!.start + CARRIAGES[0]!.spawn.x
    expect(inSight(world, start, CARRIAGES[0]!.spawn.z, map.position[0], map.position[2])).toBe(true)
    expect(inSight(world, map.position[0] + 2, map.position[2], map.position[0], map.position[2])).toBe(false)
  })

  it('does not see through a wall into the next carriage beside the door', () => {
    const a = SLOTS[0]!
    const b = SLOTS[1]!
    expect(inSight(world, a.end - 1, -1.2, b.start + 1, -1.2)).toBe(false)
  })
})

describe("a model file's anchors", () => {
  it("move only that room's hotspots of those names, offsets kept; the rest stay where the manifest put them", () => {
    const hotspots = resolveHotspots(CONTENT.hotspots, CARRIAGES, SLOTS)
    const before = hotspots.map((h) => [...h.position])
    const i = CARRIAGES.findIndex((c) => c.id === 'cars-1')
    const moved = moveToAnchors(hotspots, 'cars-1', SLOTS, { car: [4, 2, 0.5], nowhere: [0, 0, 0] })
    const car = hotspots.filter((h) => h.carriage === 'cars-1' && h.anchor === 'car')
    expect(car.length).toBeGreaterThan(0)
    expect(moved).toBe(car.length)
    for (const h of car) {
      const [ox, oy, oz] = h.offset ?? [0, 0, 0]
      expect(h.position).toEqual([SLOTS[i]!.start + 4 + ox, 2 + oy, 0.5 + oz])
    }
    hotspots.forEach((h, n) => {
      if (!car.includes(h)) expect(h.position, h.id).toEqual(before[n])
    })
  })
})

describe('looking', () => {
  it('computes the angles that look at a point, tilting no further than comfortable', () => {
    expect(lookAngles(0, 0, [5, VISITOR.eyeHeight, 0]).yaw).toBeCloseTo(FACE_ALONG_TRAIN)
    expect(lookAngles(0, 0, [5, VISITOR.eyeHeight - 0.5, 0]).pitch).toBeCloseTo(Math.atan2(-0.5, 5))
    expect(lookAngles(0, 0, [5, VISITOR.eyeHeight + 5, 0]).pitch).toBe(FACE_PITCH.max)
    expect(lookAngles(0, 0, [1, 0, 0]).pitch).toBe(FACE_PITCH.min)
  })

  it('turns smoothly the short way round and stops on the target', () => {
    const pose: Pose = { x: 0, z: 0, yaw: 3.0, pitch: 0 }
    const look: LookTarget = { active: true, yaw: -3.0, pitch: 0.2 }
    stepLook(pose, look, 1 / 60)
    expect(pose.yaw).toBeGreaterThan(3.0) // across PI, not back through zero
    for (let i = 0; i < 240 && look.active; i++) stepLook(pose, look, 1 / 60)
    expect(look.active).toBe(false)
    expect(angleDelta(pose.yaw, -3.0)).toBeCloseTo(0, 6)
    expect(pose.pitch).toBeCloseTo(0.2, 6)
  })
})

describe('segments and rectangles', () => {
  const r = rect(0, 1, 0, 1)
  it('finds crossings, misses and grazes', () => {
    expect(segmentHitsRect(r, -1, 0.5, 2, 0.5)).toBe(true)
    expect(segmentHitsRect(r, -1, 2, 2, 2)).toBe(false)
    expect(segmentHitsRect(r, -1, -1, -0.5, -0.5)).toBe(false)
    expect(segmentHitsRect(r, 0.5, -1, 0.5, 0.2)).toBe(true)
    expect(segmentHitsRect(r, 2, -1, 2, 3)).toBe(false)
  })
})
