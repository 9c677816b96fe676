import type { Point2 } from './collision'
import type { LookTarget, MoveIntent, Pose, WalkTarget } from './walking'

/**
 * Values that change every frame, in plain objects nobody subscribes to: the input
 * handlers write them, the player rig reads them inside useFrame. React never
 * re-renders for them.
 */
export const pose: Pose = { x: 0, z: 0, yaw: 0, pitch: 0 }
export const intent: MoveIntent = { forward: 0, strafe: 0, turn: 0, run: false }
export const walkTarget: WalkTarget = { active: false, x: 0, z: 0, stuckFor: 0 }
export const lookTarget: LookTarget = { active: false, yaw: 0, pitch: 0 }

/**
 * A walk along several points (a guided tour's way to its next stop). The rig walks
 * it point by point and calls `onDone` at the end, even if something blocked a point.
 */
export const route: { points: Point2[]; index: number; active: boolean; speed: number; onDone: (() => void) | null } = {
  points: [],
  index: 0,
  active: false,
  speed: 1.4,
  onDone: null,
}

export function followRoute(points: Point2[], speed: number, onDone: () => void): void {
  route.points = points
  route.index = 0
  route.active = true
  route.speed = speed
  route.onDone = onDone
  walkTarget.active = false
}

export function cancelRoute(): void {
  route.active = false
  route.onDone = null
  walkTarget.active = false
}
