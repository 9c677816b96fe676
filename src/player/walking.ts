import { VISITOR } from '../train/dimensions'
import { type Point2, moveWithCollision } from './collision'
import type { World } from './world'

/** Where the visitor is and looks. yaw 0 looks down -z (three's default); -PI/2 looks along +x. */
export interface Pose extends Point2 {
  yaw: number
  pitch: number
}

/** What the controls ask for this frame, each axis in -1..1. */
export interface MoveIntent {
  forward: number
  strafe: number
  turn: number
  run: boolean
}

/** A floor point the visitor was sent to by a click; cleared on arrival or when stuck. */
export interface WalkTarget {
  active: boolean
  x: number
  z: number
  stuckFor: number
  /** Metres per second; walking pace unless a tour says otherwise. */
  speed?: number
}

export const MAX_PITCH = 1.2
/** Longest time step taken in one go: a stalled tab must not fling the visitor. */
export const MAX_DT = 0.1

const ARRIVE = 0.08
const STUCK_AFTER = 0.4

export function clampPitch(p: number): number {
  return Math.max(-MAX_PITCH, Math.min(MAX_PITCH, p))
}

export function isMoving(intent: MoveIntent, target: WalkTarget, look?: { active: boolean }): boolean {
  return intent.forward !== 0 || intent.strafe !== 0 || intent.turn !== 0 || target.active || !!look?.active
}

/**
 * Advances the pose by one frame. Frame-rate independent: distances are speed x dt,
 * with dt capped. Keys win over a click target (and cancel it).
 */
export function stepPose(world: World, pose: Pose, intent: MoveIntent, target: WalkTarget, rawDt: number): void {
  const dt = Math.min(MAX_DT, Math.max(0, rawDt))
  pose.yaw -= intent.turn * VISITOR.turnSpeed * dt
  const keys = intent.forward !== 0 || intent.strafe !== 0
  if (keys) {
    target.active = false
    const speed = intent.run ? VISITOR.runSpeed : VISITOR.walkSpeed
    // Keys give unit axes (a diagonal is normalised); a joystick may ask for less.
    const len = Math.hypot(intent.forward, intent.strafe)
    const k = Math.min(1, len) / len
    const f = intent.forward * k
    const s = intent.strafe * k
    const sin = Math.sin(pose.yaw)
    const cos = Math.cos(pose.yaw)
    // forward = (-sin, -cos), right = (cos, -sin) in (x, z)
    const dx = (-sin * f + cos * s) * speed * dt
    const dz = (-cos * f - sin * s) * speed * dt
    moveWithCollision(world, pose, dx, dz, VISITOR.radius)
    return
  }
  if (!target.active) return
  const tx = target.x - pose.x
  const tz = target.z - pose.z
  const dist = Math.hypot(tx, tz)
  if (dist < ARRIVE) {
    target.active = false
    return
  }
  const stepLen = Math.min(dist, (target.speed ?? VISITOR.walkSpeed) * dt)
  const bx = pose.x
  const bz = pose.z
  moveWithCollision(world, pose, (tx / dist) * stepLen, (tz / dist) * stepLen, VISITOR.radius)
  const progress = Math.hypot(pose.x - bx, pose.z - bz)
  target.stuckFor = progress < stepLen * 0.25 ? target.stuckFor + dt : 0
  if (target.stuckFor > STUCK_AFTER) target.active = false
}

/** A direction the view is turning toward (opening a hotspot turns you to face it). */
export interface LookTarget {
  active: boolean
  yaw: number
  pitch: number
}

/** The signed smallest turn from angle a to angle b, in -PI..PI. */
export function angleDelta(a: number, b: number): number {
  let d = (b - a) % (Math.PI * 2)
  if (d > Math.PI) d -= Math.PI * 2
  if (d < -Math.PI) d += Math.PI * 2
  return d
}

const LOOK_RATE = 7
const LOOK_DONE = 0.003

/** Eases the view toward the look target, the short way round; frame-rate independent. */
export function stepLook(pose: Pose, look: LookTarget, rawDt: number): void {
  if (!look.active) return
  const k = 1 - Math.exp(-LOOK_RATE * Math.min(MAX_DT, Math.max(0, rawDt)))
  const dy = angleDelta(pose.yaw, look.yaw)
  const dp = look.pitch - pose.pitch
  pose.yaw += dy * k
  pose.pitch += dp * k
  if (Math.abs(dy) < LOOK_DONE && Math.abs(dp) < LOOK_DONE) {
    pose.yaw = look.yaw
    pose.pitch = look.pitch
    look.active = false
  }
}
