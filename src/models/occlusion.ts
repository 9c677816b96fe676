import { type BufferAttribute, type BufferGeometry, DoubleSide, Ray, Vector3 } from 'three'
import { MeshBVH } from 'three-mesh-bvh'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'

/*
 * Ambient occlusion and soft contact shadows, baked into vertex colours when the model
 * files are built (scripts/models.ts): from each vertex, rays over the hemisphere its
 * face looks into; what they meet close by darkens it. Floors darken under a sofa and a
 * table, walls in their corners and along the floor. Nothing of it runs per pixel.
 */
export const OCCLUSION = {
  /** Rays per vertex. */
  rays: 32,
  /** How far a ray looks, metres: about a table's height, so the floor under one darkens softly. */
  reach: 1.2,
  /** How dark full occlusion makes a surface (1 would be black). */
  strength: 0.85,
  /** Rays start this far off the surface, so they do not meet the face they leave. */
  lift: 0.002,
  /**
   * A triangle with a side longer than this, metres, takes no occlusion: lit only at its
   * corners, it would darken all over from its corners' shadow (a ceiling from its
   * edges). Surfaces that should carry shadows are cut into cells (Part's `cell`).
   */
  longestSide: 1.3,
} as const

/** Directions over the hemisphere around +z, cosine-weighted and evenly spread (a spiral). */
function hemisphere(n: number): Float32Array {
  const out = new Float32Array(n * 3)
  const golden = Math.PI * (3 - Math.sqrt(5))
  for (let i = 0; i < n; i++) {
    const r = Math.sqrt((i + 0.5) / n)
    const a = i * golden
    out[i * 3] = r * Math.cos(a)
    out[i * 3 + 1] = r * Math.sin(a)
    out[i * 3 + 2] = Math.sqrt(1 - r * r)
  }
  return out
}

/** The geometry rays can meet: positions of every occluder, in one BVH. */
export function occluderTree(occluders: readonly BufferGeometry[]): MeshBVH {
  const plain = occluders.map((g) => {
    const p = g.clone()
    for (const name of Object.keys(p.attributes)) if (name !== 'position') p.deleteAttribute(name)
    return p.index ? p.toNonIndexed() : p
  })
  const merged = mergeGeometries(plain, false)
  plain.forEach((p) => p.dispose())
  if (!merged) throw new Error('occlusion: could not merge the occluders')
  return new MeshBVH(merged)
}

const _p = new Vector3()
const _n = new Vector3()
const _t = new Vector3()
const _b = new Vector3()
const _ray = new Ray()

/**
 * How open a point is, 0 (shut in) to 1 (nothing near): the share of its rays that meet
 * nothing within reach, each hit counting less the further it is. Every vertex casts the
 * same spiral of rays about its normal: no random numbers, so the output repeats
 * exactly, and neighbouring vertices agree (random rays would speckle a floor).
 */
function openness(tree: MeshBVH, dirs: Float32Array): number {
  _t.set(Math.abs(_n.y) < 0.9 ? 0 : 1, Math.abs(_n.y) < 0.9 ? 1 : 0, 0)
    .cross(_n)
    .normalize()
  _b.crossVectors(_n, _t)
  let occluded = 0
  const n = dirs.length / 3
  for (let i = 0; i < n; i++) {
    const x = dirs[i * 3]!
    const y = dirs[i * 3 + 1]!
    const z = dirs[i * 3 + 2]!
    _ray.origin.copy(_p).addScaledVector(_n, OCCLUSION.lift)
    _ray.direction.set(0, 0, 0).addScaledVector(_t, x).addScaledVector(_b, y).addScaledVector(_n, z).normalize()
    const hit = tree.raycastFirst(_ray, DoubleSide, 0, OCCLUSION.reach)
    if (hit) occluded += 1 - (hit.distance / OCCLUSION.reach) ** 2
  }
  return 1 - OCCLUSION.strength * (occluded / n)
}

const _a = new Vector3()
const _c = new Vector3()

/** The longest side of the triangle whose first vertex is `v`. */
function longestSide(pos: BufferAttribute, v: number): number {
  _p.fromBufferAttribute(pos, v)
  _a.fromBufferAttribute(pos, v + 1)
  _c.fromBufferAttribute(pos, v + 2)
  return Math.max(_p.distanceTo(_a), _a.distanceTo(_c), _c.distanceTo(_p))
}

/**
 * A linear colour on the 8-bit steps the file stores (see scripts/models/document.ts):
 * rounded here, vertices that will be stored alike are welded into one.
 */
const step = (linear: number) => Math.round(Math.min(1, linear) * 255) / 255

/**
 * Darkens each target's vertex colours (linear) by its occlusion among `tree`. Targets
 * need normals. A vertex shared by faces of one plane gets one value (cached by position
 * and normal), so welding can join them again.
 */
export function bakeOcclusion(targets: readonly BufferGeometry[], tree: MeshBVH): void {
  const dirs = hemisphere(OCCLUSION.rays)
  const cache = new Map<string, number>()
  let large = false
  for (const g of targets) {
    const pos = g.getAttribute('position') as BufferAttribute
    const nor = g.getAttribute('normal') as BufferAttribute
    const col = g.getAttribute('color') as BufferAttribute
    if (!nor) throw new Error('occlusion: a target has no normals')
    if (g.index) throw new Error('occlusion: targets must be non-indexed (one triangle per three vertices)')
    for (let v = 0; v < pos.count; v++) {
      if (v % 3 === 0) large = longestSide(pos, v) > OCCLUSION.longestSide
      if (large) continue
      _p.fromBufferAttribute(pos, v)
      _n.fromBufferAttribute(nor, v).normalize()
      const key = `${_p.x.toFixed(4)},${_p.y.toFixed(4)},${_p.z.toFixed(4)}|${_n.x.toFixed(2)},${_n.y.toFixed(2)},${_n.z.toFixed(2)}`
      let k = cache.get(key)
      if (k === undefined) {
        k = openness(tree, dirs)
        cache.set(key, k)
      }
      col.setXYZ(v, step(col.getX(v) * k), step(col.getY(v) * k), step(col.getZ(v) * k))
    }
    col.needsUpdate = true
  }
}
