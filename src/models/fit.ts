import type { Box3, Matrix4 } from 'three'
import type { ModelEntry } from './manifest'

/** How far a model may reach past its footprint, metres: an artist's rounding, not a misplaced origin. */
export const FIT_TOLERANCE = 0.05

const AXES = ['x', 'y', 'z'] as const

/** Null when `bounds` lies in the footprint (within the tolerance); otherwise what is wrong, in a curator's words. */
export function checkFit(bounds: Box3, footprint: ModelEntry['footprint']): string | null {
  const out: string[] = []
  AXES.forEach((axis, i) => {
    const lo = bounds.min[axis]
    const hi = bounds.max[axis]
    if (lo < footprint.min[i]! - FIT_TOLERANCE || hi > footprint.max[i]! + FIT_TOLERANCE)
      out.push(`${axis} ${lo.toFixed(2)}..${hi.toFixed(2)} m (footprint ${footprint.min[i]}..${footprint.max[i]})`)
  })
  return out.length
    ? `does not fit its footprint: ${out.join(', ')}; check it is in metres, +Y up, with its origin where the README says, or set "fit": "scale"`
    : null
}

/**
 * The transform that scales `bounds` uniformly to the largest size inside the footprint
 * and stands it there: centred across, on the footprint's floor.
 */
export function fitToFootprint(bounds: Box3, footprint: ModelEntry['footprint'], out: Matrix4): Matrix4 {
  const scale = Math.min(
    ...AXES.map(
      (axis, i) => (footprint.max[i]! - footprint.min[i]!) / Math.max(1e-6, bounds.max[axis] - bounds.min[axis]),
    ),
  )
  const cx = (footprint.min[0] + footprint.max[0]) / 2 - ((bounds.min.x + bounds.max.x) / 2) * scale
  const cz = (footprint.min[2] + footprint.max[2]) / 2 - ((bounds.min.z + bounds.max.z) / 2) * scale
  const y = footprint.min[1] - bounds.min.y * scale
  return out.makeScale(scale, scale, scale).setPosition(cx, y, cz)
}
