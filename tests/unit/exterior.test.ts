import { describe, expect, it } from 'vitest'
import { saloon } from '../../src/carriages/kit/shells/saloon'
import { LIVERY, exteriorParts, outerHalfWidth } from '../../src/exterior/exterior'
import { PLATFORM_PLAN, onPlatform, platformSpawn } from '../../src/exterior/platform'
import type { BoxPart, Part } from '../../src/geometry/parts'
import { isFree, onFloor } from '../../src/player/world'
import { type MoveIntent, type Pose, type WalkTarget, stepPose } from '../../src/player/walking'
import { INTERIOR_EYES, VISITOR } from '../../src/train/dimensions'
import { FIXTURE_MANIFESTS, fixtureTrain } from './fixtures/train'

const LENGTH = 14
const facing = (p: Part) => (p.kind === 'box' ? p.hide : undefined)

describe('the train from outside', () => {
  const parts = exteriorParts(saloon, LENGTH, { prev: false, next: true })

  it("sees a room's inside from no eye outside INTERIOR_EYES (the faces dropped for them stay unseen)", () => {
    expect(INTERIOR_EYES[0]).toBeLessThanOrEqual(PLATFORM_PLAN.top + VISITOR.eyeHeight)
    expect(INTERIOR_EYES[1]).toBeGreaterThanOrEqual(VISITOR.eyeHeight)
  })

  it('has its windows where the shell has them, dark, on both sides', () => {
    const glass = parts.filter((p) => p.color === LIVERY.glass)
    const windows = saloon.windows(LENGTH)
    expect(glass).toHaveLength(windows.length)
    for (const w of windows) {
      const match = glass.find(
        (g) => Math.abs(g.at[0] - (w.x0 + w.x1) / 2) < 1e-6 && Math.sign(g.at[2]) === Math.sign(w.z),
      )
      expect(match, `window at x ${w.x0}-${w.x1}, side ${Math.sign(w.z)}`).toBeDefined()
      // Outside the wall's outer face, not inside the room.
      expect(Math.abs(match!.at[2])).toBeGreaterThan(outerHalfWidth(saloon))
    }
  })

  it('is green with a golden crest on each side (FACTS T6), and closed only at the end of the train', () => {
    const sides = parts.filter((p) => p.color === LIVERY.green && Math.abs(p.at[2]) > outerHalfWidth(saloon))
    // One face on the far side; round the side door's opening on the platform's.
    const door = saloon.sideDoor(LENGTH)
    expect(sides.filter((p) => Math.sign(p.at[2]) !== door.side)).toHaveLength(1)
    const round = sides.filter((p) => Math.sign(p.at[2]) === door.side) as BoxPart[]
    expect(round.length).toBeGreaterThan(1)
    const mid = [(door.x0 + door.x1) / 2, door.height / 2]
    const covers = (p: BoxPart) =>
      Math.abs(mid[0]! - p.at[0]) < p.size[0] / 2 && Math.abs(mid[1]! - p.at[1]) < p.size[1] / 2
    expect(round.filter(covers), 'nothing green over the door').toHaveLength(0)
    const crests = parts.filter((p) => p.kind === 'prism' && p.color === LIVERY.gold)
    expect(crests.map((c) => Math.sign(c.at[2])).sort()).toEqual([-1, 1])
    // The front end (prev: none) is closed; the joined end gets the bellows instead.
    const ends = parts.filter((p) => p.color === LIVERY.green && facing(p)?.length === 5 && Math.abs(p.at[2]) < 1e-6)
    expect(ends).toHaveLength(1)
    expect(ends[0]!.at[0]).toBeLessThan(0)
    expect(parts.some((p) => p.color === LIVERY.rubber && p.at[0] > LENGTH)).toBe(true)
  })
})

describe('the platform', () => {
  const train = fixtureTrain()
  const e = train.platform
  const widest = Math.max(...FIXTURE_MANIFESTS.map((m) => outerHalfWidth(m.shell)))
  const spawn = platformSpawn(e)

  it('runs beside the whole train, past its front (for the locomotives) and its back', () => {
    expect(e.x0).toBeLessThan(train.slots[0]!.start - 30)
    expect(e.x1).toBeGreaterThan(train.slots.at(-1)!.end)
    expect(Math.abs(e.edge)).toBeCloseTo(widest + PLATFORM_PLAN.gap, 6)
    expect(Math.sign(e.far - e.edge)).toBe(PLATFORM_PLAN.side)
  })

  it('puts the visitor on it, free, facing along the train', () => {
    expect(onPlatform(e, spawn.z)).toBe(true)
    expect(isFree(train.world, spawn.x, spawn.z, VISITOR.radius)).toBe(true)
    expect(Math.cos(spawn.yaw + Math.PI / 2)).toBeGreaterThan(0.9)
  })

  it('is not joined to any room: between its edge and the carriages there is no floor', () => {
    for (const slot of train.slots) {
      const x = (slot.start + slot.end) / 2
      expect(onPlatform(e, 0)).toBe(false)
      expect(onFloor(train.world, x, PLATFORM_PLAN.side * (widest + PLATFORM_PLAN.gap / 2))).toBe(false)
    }
    // Walking at the train for ten seconds ends at the edge, on the platform.
    const pose: Pose = { x: spawn.x + 20, z: spawn.z, yaw: PLATFORM_PLAN.side < 0 ? Math.PI : 0, pitch: 0 }
    const intent: MoveIntent = { forward: 1, strafe: 0, turn: 0, run: false }
    const target: WalkTarget = { active: false, x: 0, z: 0, stuckFor: 0 }
    for (let i = 0; i < 600; i++) stepPose(train.world, pose, intent, target, 1 / 60)
    expect(onPlatform(e, pose.z)).toBe(true)
    expect(Math.abs(pose.z - e.edge)).toBeLessThan(0.3)
  })
})
