/**
 * The moving train, as the frame loop reads it: written by the ride controller and
 * advanced by the scene (scene/RideMotion.tsx), no React in between, so a ride costs
 * no re-render per frame.
 */
export const motion = {
  active: false,
  /** Metres the countryside has moved since the ride began. */
  offset: 0,
  /** How fast it passes now, m/s. */
  speed: 0,
  /** Whether the camera sways (not with reduced motion or the comfort switch). */
  sway: false,
  /** Seconds of riding, for the sway's phase. */
  t: 0,
}

/**
 * The sway added to the eyes at `t`: a slow roll and a small bounce, written into `out`
 * (the rig calls it every frame, so it allocates nothing).
 */
export function swayAt(t: number, out: { dy: number; roll: number }): { dy: number; roll: number } {
  out.dy = 0.012 * Math.sin(t * 2.3) + 0.005 * Math.sin(t * 7.1)
  out.roll = 0.006 * Math.sin(t * 1.1)
  return out
}
