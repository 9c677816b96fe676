import { describe, expect, it } from 'vitest'
import { world } from './fixtures/shipped'
import {
  MAX_DT,
  type MoveIntent,
  type Pose,
  type WalkTarget,
  clampPitch,
  isMoving,
  stepPose,
} from '../../src/player/walking'
import { FACE_ALONG_TRAIN, GANGWAY, VISITOR } from '../../src/train/dimensions'
import { SLOTS } from '../../src/carriages/registry'

const still = (): MoveIntent => ({ forward: 0, strafe: 0, turn: 0, run: false })
const noTarget = (): WalkTarget => ({ active: false, x: 0, z: 0, stuckFor: 0 })
const start = (): Pose => ({ x: SLOTS[0]!.start + 1.1, z: GANGWAY.walkZ, yaw: FACE_ALONG_TRAIN, pitch: 0 })

function run(seconds: number, fps: number, intent: MoveIntent, target = noTarget()): Pose {
  const p = start()
  for (let i = 0; i < Math.round(seconds * fps); i++) stepPose(world, p, intent, target, 1 / fps)
  return p
}

describe('walking', () => {
  it('walks forward along the train at walking speed', () => {
    const p = run(2, 60, { ...still(), forward: 1 })
    expect(p.x - start().x).toBeCloseTo(2 * VISITOR.walkSpeed, 3)
    expect(p.z).toBeCloseTo(GANGWAY.walkZ, 6)
  })

  it('covers the same ground at 60, 30 and 12 frames a second', () => {
    const d = [60, 30, 12].map((fps) => run(3, fps, { ...still(), forward: 1 }).x)
    expect(d[1]).toBeCloseTo(d[0]!, 3)
    expect(d[2]).toBeCloseTo(d[0]!, 3)
  })

  it('runs with Shift at running speed', () => {
    const p = run(2, 60, { ...still(), forward: 1, run: true })
    expect(p.x - start().x).toBeCloseTo(2 * VISITOR.runSpeed, 3)
  })

  it('does not fling the visitor after a stalled frame', () => {
    const p = start()
    stepPose(world, p, { ...still(), forward: 1 }, noTarget(), 5)
    expect(p.x - start().x).toBeCloseTo(MAX_DT * VISITOR.walkSpeed, 5)
  })

  it('strafes right with D and back with S', () => {
    const right = run(0.5, 60, { ...still(), strafe: 1 })
    expect(right.z).toBeGreaterThan(GANGWAY.walkZ)
    const back = run(0.5, 60, { ...still(), forward: -1 })
    expect(back.x).toBeLessThan(start().x)
  })

  it('turns left with a negative turn and right with a positive one', () => {
    expect(run(0.5, 60, { ...still(), turn: -1 }).yaw).toBeGreaterThan(FACE_ALONG_TRAIN)
    expect(run(0.5, 60, { ...still(), turn: 1 }).yaw).toBeLessThan(FACE_ALONG_TRAIN)
  })

  it('walks to a clicked floor point and stops there', () => {
    const target: WalkTarget = { active: true, x: start().x + 3, z: GANGWAY.walkZ + 0.3, stuckFor: 0 }
    const p = run(4, 60, still(), target)
    expect(target.active).toBe(false)
    expect(Math.hypot(p.x - target.x, p.z - target.z)).toBeLessThan(0.1)
  })

  it('gives up on a clicked point it cannot reach', () => {
    const target: WalkTarget = { active: true, x: start().x + 2, z: 5, stuckFor: 0 }
    run(5, 60, still(), target)
    expect(target.active).toBe(false)
  })

  it('lets keys take over from a click target', () => {
    const target: WalkTarget = { active: true, x: start().x + 5, z: GANGWAY.walkZ, stuckFor: 0 }
    const p = start()
    stepPose(world, p, { ...still(), forward: -1 }, target, 1 / 60)
    expect(target.active).toBe(false)
    expect(isMoving(still(), target)).toBe(false)
  })

  it('keeps the pitch within looking range', () => {
    expect(clampPitch(3)).toBeLessThan(Math.PI / 2)
    expect(clampPitch(-3)).toBeGreaterThan(-Math.PI / 2)
  })
})

describe('analog walking (the touch joystick)', () => {
  it('walks slower for a joystick pushed half way, never faster than full', () => {
    const half = run(1, 60, { ...still(), forward: 0.5 })
    expect(half.x - start().x).toBeCloseTo(0.5 * VISITOR.walkSpeed, 3)
    const over = run(0.3, 60, { ...still(), forward: 1, strafe: 1 })
    expect(Math.hypot(over.x - start().x, over.z - start().z)).toBeCloseTo(0.3 * VISITOR.walkSpeed, 3)
  })
})
