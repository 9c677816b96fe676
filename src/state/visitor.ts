import type { LookTarget, MoveIntent, Pose, WalkTarget } from '../player/walking'

/**
 * Values that change every frame, in plain objects nobody subscribes to: the input
 * handlers write them, the player rig reads them inside useFrame. React never
 * re-renders for them.
 */
export const pose: Pose = { x: 0, z: 0, yaw: 0, pitch: 0 }
export const intent: MoveIntent = { forward: 0, strafe: 0, turn: 0, run: false }
export const walkTarget: WalkTarget = { active: false, x: 0, z: 0, stuckFor: 0 }
export const lookTarget: LookTarget = { active: false, yaw: 0, pitch: 0 }

/** Counters read by the tests and the benchmark through `window.__TAEYANGHO__`. */
export const diagnostics = { framesDrawn: 0 }
