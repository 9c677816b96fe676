/** Axis-aligned rectangle on the floor plan: x along the train, z across it. */
export interface Rect {
  minX: number
  maxX: number
  minZ: number
  maxZ: number
}

export function rect(minX: number, maxX: number, minZ: number, maxZ: number): Rect {
  return {
    minX: Math.min(minX, maxX),
    maxX: Math.max(minX, maxX),
    minZ: Math.min(minZ, maxZ),
    maxZ: Math.max(minZ, maxZ),
  }
}

export function offsetRect(r: Rect, dx: number, dz = 0): Rect {
  return { minX: r.minX + dx, maxX: r.maxX + dx, minZ: r.minZ + dz, maxZ: r.maxZ + dz }
}

export function containsPoint(r: Rect, x: number, z: number, margin = 0): boolean {
  return x >= r.minX + margin && x <= r.maxX - margin && z >= r.minZ + margin && z <= r.maxZ - margin
}

export function circleHitsRect(r: Rect, x: number, z: number, radius: number): boolean {
  const dx = x - Math.max(r.minX, Math.min(x, r.maxX))
  const dz = z - Math.max(r.minZ, Math.min(z, r.maxZ))
  return dx * dx + dz * dz < radius * radius
}

/** Scratch for the slab test: [t0, t1]. Module-level, as it runs in the frame loop. */
const _t: [number, number] = [0, 1]

/** Narrows [t0, t1] to where a + t*d lies within lo..hi; false when nothing is left. */
function clip(d: number, a: number, lo: number, hi: number): boolean {
  if (Math.abs(d) < 1e-12) return a >= lo && a <= hi
  let ta = (lo - a) / d
  let tb = (hi - a) / d
  if (ta > tb) [ta, tb] = [tb, ta]
  _t[0] = Math.max(_t[0], ta)
  _t[1] = Math.min(_t[1], tb)
  return _t[0] <= _t[1]
}

/**
 * Whether the segment from (ax, az) to (bx, bz) passes through the rectangle
 * (slab test: clip the segment's parameter range against each axis in turn).
 * Allocates nothing: the scene calls it for every marker on every drawn frame.
 */
export function segmentHitsRect(r: Rect, ax: number, az: number, bx: number, bz: number): boolean {
  _t[0] = 0
  _t[1] = 1
  return clip(bx - ax, ax, r.minX, r.maxX) && clip(bz - az, az, r.minZ, r.maxZ)
}
