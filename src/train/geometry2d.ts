/** Axis-aligned rectangle on the floor plan: x along the train, z across it. */
export interface Rect {
  minX: number
  maxX: number
  minZ: number
  maxZ: number
}

export function rect(minX: number, maxX: number, minZ: number, maxZ: number): Rect {
  return { minX: Math.min(minX, maxX), maxX: Math.max(minX, maxX), minZ: Math.min(minZ, maxZ), maxZ: Math.max(minZ, maxZ) }
}

/** A rectangle from its centre and size. */
export function rectAt(cx: number, cz: number, sizeX: number, sizeZ: number): Rect {
  return rect(cx - sizeX / 2, cx + sizeX / 2, cz - sizeZ / 2, cz + sizeZ / 2)
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

export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.minX < b.maxX && a.maxX > b.minX && a.minZ < b.maxZ && a.maxZ > b.minZ
}

/**
 * Whether the segment from (ax, az) to (bx, bz) passes through the rectangle
 * (slab test: clip the segment's parameter range against each axis in turn).
 */
export function segmentHitsRect(r: Rect, ax: number, az: number, bx: number, bz: number): boolean {
  let t0 = 0
  let t1 = 1
  const dx = bx - ax
  const dz = bz - az
  const axes: [number, number, number, number][] = [[dx, ax, r.minX, r.maxX], [dz, az, r.minZ, r.maxZ]]
  for (const [d, a, lo, hi] of axes) {
    if (Math.abs(d) < 1e-12) {
      if (a < lo || a > hi) return false
      continue
    }
    let ta = (lo - a) / d
    let tb = (hi - a) / d
    if (ta > tb) [ta, tb] = [tb, ta]
    t0 = Math.max(t0, ta)
    t1 = Math.min(t1, tb)
    if (t0 > t1) return false
  }
  return true
}
