import { BufferAttribute, type BufferGeometry } from 'three'
import { mergeVertices } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import { MeshoptSimplifier } from 'meshoptimizer'
import { toDisplay } from '../../src/geometry/lighting'

/**
 * The simplifier's error bound, in metres (32 mm), with a displayed colour (0-1) weighed
 * as a position: a shade off by 0.032, about eight steps of 255, counts as 32 mm. Seen
 * side by side, 4, 8, 16 and 32 mm look alike; SwiftShader pays for every triangle kept.
 */
const MAX_ERROR = 0.032
const COLOUR_WEIGHT = 1

/**
 * The vertices the simplifier must not move: every corner of an open border (where an
 * outline turns, or several meet), as meshoptimizer finds borders: by position, so the
 * seam where two faces of a box meet in different light is not one. Unlocked, a flat
 * part narrower than the bound (a number plate's digit, 35 mm) could fold away
 * entirely, since moving within its own plane costs nothing. The vertices between
 * corners, on a straight run of outline (a floor's edge cut into 40 cm cells), may
 * still slide along it: locking those too kept a fan of triangles along every cut edge.
 */
function borderCorners(indices: Uint32Array, pos: ArrayLike<number>, count: number): Uint8Array {
  // Each vertex as the first one at its position.
  const first = new Map<string, number>()
  const at = new Uint32Array(count)
  for (let v = 0; v < count; v++) {
    const k = `${pos[v * 3]!.toFixed(5)},${pos[v * 3 + 1]!.toFixed(5)},${pos[v * 3 + 2]!.toFixed(5)}`
    at[v] = first.get(k) ?? (first.set(k, v), v)
  }
  const edges = new Map<number, number>()
  const key = (a: number, b: number) => (a < b ? a * count + b : b * count + a)
  for (let t = 0; t < indices.length; t += 3)
    for (let k = 0; k < 3; k++) {
      const e = key(at[indices[t + k]!]!, at[indices[t + ((k + 1) % 3)]!]!)
      edges.set(e, (edges.get(e) ?? 0) + 1)
    }
  const ends = new Map<number, number[]>()
  for (const [e, n] of edges)
    if (n === 1) {
      const a = Math.floor(e / count)
      const b = e % count
      ends.set(a, [...(ends.get(a) ?? []), b])
      ends.set(b, [...(ends.get(b) ?? []), a])
    }
  const corner = new Set<number>()
  for (const [v, n] of ends) if (n.length !== 2 || !straight(pos, v, n[0]!, n[1]!)) corner.add(v)
  const lock = new Uint8Array(count)
  for (let v = 0; v < count; v++) if (corner.has(at[v]!)) lock[v] = 1
  return lock
}

/** Whether v lies on the straight line from a to b, between them. */
function straight(pos: ArrayLike<number>, v: number, a: number, b: number): boolean {
  const u = [0, 1, 2].map((k) => pos[a * 3 + k]! - pos[v * 3 + k]!) as [number, number, number]
  const w = [0, 1, 2].map((k) => pos[b * 3 + k]! - pos[v * 3 + k]!) as [number, number, number]
  const cross = Math.hypot(u[1] * w[2] - u[2] * w[1], u[2] * w[0] - u[0] * w[2], u[0] * w[1] - u[1] * w[0])
  const dot = u[0] * w[0] + u[1] * w[1] + u[2] * w[2]
  return dot < 0 && cross <= 1e-6 * Math.hypot(...u) * Math.hypot(...w)
}

/**
 * Takes back the cells the bake cut where the light came out even: a floor is cut into
 * 40 cm cells so shadows have vertices to fall on, but away from furniture and walls its
 * cells all carry the same colour. meshoptimizer's simplifier, told to keep positions and
 * displayed colours within a hair of the original, merges those and keeps the gradients.
 * Border corners stay where they are (borderCorners).
 */
export async function simplifyBaked(geometry: BufferGeometry): Promise<BufferGeometry> {
  await MeshoptSimplifier.ready
  for (const name of Object.keys(geometry.attributes))
    if (name !== 'position' && name !== 'color') geometry.deleteAttribute(name)
  const welded = mergeVertices(geometry, 1e-5)
  const pos = welded.getAttribute('position') as BufferAttribute
  const col = welded.getAttribute('color') as BufferAttribute
  const display = new Float32Array(col.count * 3)
  for (let i = 0; i < col.count * 3; i++) display[i] = toDisplay(col.array[i]!)
  const indices = new Uint32Array(welded.index!.array)
  const [kept] = MeshoptSimplifier.simplifyWithAttributes(
    indices,
    new Float32Array(pos.array),
    3,
    display,
    3,
    [COLOUR_WEIGHT, COLOUR_WEIGHT, COLOUR_WEIGHT],
    borderCorners(indices, pos.array, pos.count),
    0,
    MAX_ERROR,
    ['ErrorAbsolute'],
  )
  welded.setIndex(new BufferAttribute(kept, 1))
  return welded
}
