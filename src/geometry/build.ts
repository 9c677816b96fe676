import {
  BoxGeometry,
  BufferAttribute,
  BufferGeometry,
  Color,
  CylinderGeometry,
  ExtrudeGeometry,
  LinearSRGBColorSpace,
  Matrix4,
  Shape,
  ShapeGeometry,
} from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import { DISPLAY_GAMMA, heightShade, irradiance, sheen, toLinear } from './lighting'
import { BOX_FACES, type BoxFace, type BakeMode, type Part } from './parts'

const _m = new Matrix4()
const _r = new Matrix4()
const _c = new Color()
const _light: [number, number, number] = [0, 0, 0]
const _sheen: [number, number, number] = [0, 0, 0]

/** Materials whose vertex colours carry baked light; glow and glass shine by themselves. */
const BAKED: ReadonlySet<BakeMode> = new Set(['matte', 'wood', 'gloss'])

/** The meshes parts are merged into: everything opaque in one, the faint door glass apart. */
export type MeshKey = 'matte' | 'glass'
export const MESH_KEYS: readonly MeshKey[] = ['matte', 'glass']

/**
 * Which mesh a part is merged into. The kinds of surface differ only in how their
 * vertex colours are baked (light, sheen, none for lamps), so all opaque parts share
 * one mesh and one shader: a carriage's furniture is one draw call.
 */
export const MESH_OF: Record<BakeMode, MeshKey> = {
  matte: 'matte',
  gloss: 'matte',
  wood: 'matte',
  glow: 'matte',
  glass: 'glass',
}

/** Nothing under the carriage floor is ever seen: parts standing on it lose their undersides. */
function onFloor(part: Part): boolean {
  if (part.kind === 'box') return Math.abs(part.at[1] - part.size[1] / 2) < 1e-4
  if (part.kind === 'cylinder') return (part.axis ?? 'y') === 'y' && Math.abs(part.at[1] - part.height / 2) < 1e-4
  return false
}

/** Segments along a box edge of `size` metres for cells of at most `cell` (capped: a room is a few hundred cells). */
const segments = (size: number, cell?: number) => (cell ? Math.min(96, Math.max(1, Math.ceil(size / cell - 1e-6))) : 1)

function shapeOf(part: Part, cell?: number): BufferGeometry {
  switch (part.kind) {
    case 'box': {
      const [w, h, d] = part.size
      return new BoxGeometry(w, h, d, segments(w, cell), segments(h, cell), segments(d, cell))
    }
    case 'cylinder': {
      const caps = part.caps ?? (onFloor(part) ? 'top' : 'both')
      const g = new CylinderGeometry(
        part.radiusTop ?? part.radius,
        part.radius,
        part.height,
        part.segments ?? 16,
        1,
        caps === 'none',
      )
      // CylinderGeometry's groups: 0 the side, 1 the top cap, 2 the bottom cap.
      if (caps === 'top')
        g.setIndex(
          g.groups
            .filter((grp) => grp.materialIndex !== 2)
            .flatMap((grp) => Array.from(g.index!.array.slice(grp.start, grp.start + grp.count))),
        )
      if (part.axis === 'x') g.rotateZ(Math.PI / 2)
      if (part.axis === 'z') g.rotateX(Math.PI / 2)
      return g
    }
    case 'prism': {
      const shape = new Shape(part.profile.map(([x, y]) => ({ x, y }) as never))
      if (part.face) return flatFace(new ShapeGeometry(shape), part.face, part.depth / 2)
      const g = new ExtrudeGeometry(shape, { depth: part.depth, bevelEnabled: false })
      g.translate(0, 0, -part.depth / 2)
      return g
    }
  }
}

/** A shape's outline as one face at z = ±half, turned toward `facing` (winding and normal). */
function flatFace(g: BufferGeometry, facing: '+z' | '-z', half: number): BufferGeometry {
  if (facing === '-z') {
    const index = g.index!
    for (let i = 0; i < index.count; i += 3) {
      const b = index.getX(i + 1)
      index.setX(i + 1, index.getX(i + 2))
      index.setX(i + 2, b)
    }
    const normal = g.getAttribute('normal') as BufferAttribute
    for (let i = 0; i < normal.count; i++) normal.setZ(i, -1)
  }
  g.translate(0, 0, facing === '+z' ? half : -half)
  return g
}

/** Drops a box's hidden faces: BoxGeometry's groups are its faces, in BOX_FACES order. */
function withoutFaces(g: BufferGeometry, hide: readonly BoxFace[]): void {
  if (!hide.length) return
  const index = g.index!.array
  const kept = g.groups
    .filter((grp) => !hide.includes(BOX_FACES[grp.materialIndex ?? 0]!))
    .flatMap((grp) => Array.from(index.slice(grp.start, grp.start + grp.count)))
  g.setIndex(kept)
}

/** How parts become geometry: the app's fallback wants few triangles; the model build wants light to bake. */
export interface GeometryOptions {
  /** Cut boxes that ask for it into cells (Part's `cell`): the model build bakes shadows onto them. */
  cells?: boolean
  /** Keep the normals (the model build bakes occlusion along them, then drops them). */
  normals?: boolean
  /**
   * The heights the geometry is ever seen from, lowest and highest eye (INTERIOR_EYES
   * for a room's inside): a box loses its top when that is above every eye, its bottom
   * when below every eye. No one sees them, yet a software GPU sets up every triangle.
   */
  eyes?: readonly [number, number]
}

/** The faces of a box no eye in `eyes` can see: a top above them all, a bottom below. */
function unseen(part: Part, eyes: readonly [number, number] | undefined): BoxFace[] {
  if (part.kind !== 'box' || !eyes) return []
  const out: BoxFace[] = []
  if (part.at[1] + part.size[1] / 2 > eyes[1] + 0.01) out.push('+y')
  if (part.at[1] - part.size[1] / 2 < eyes[0] - 0.01) out.push('-y')
  return out
}

/**
 * One part as a non-indexed geometry with position and colour. Colours carry the light
 * (see lighting.ts) and darken toward the floor. They are stored linear, as glTF keeps
 * vertex colours; they become display values once, before they are drawn (displayColours).
 */
export function partGeometry(part: Part, options: GeometryOptions = {}): BufferGeometry {
  const src = shapeOf(part, options.cells ? part.cell : undefined)
  if (part.kind === 'box')
    withoutFaces(src, [
      ...(part.hide ?? []),
      ...(onFloor(part) ? (['-y'] as const) : []),
      ...unseen(part, options.eyes),
    ])
  _m.makeTranslation(part.at[0], part.at[1], part.at[2]).multiply(_r.makeRotationY(part.rotY ?? 0))
  src.applyMatrix4(_m)
  const g = src.index ? src.toNonIndexed() : src
  if (g !== src) src.dispose()
  for (const name of Object.keys(g.attributes)) {
    if (name !== 'position' && name !== 'normal') g.deleteAttribute(name)
  }
  g.clearGroups()
  const pos = g.getAttribute('position') as BufferAttribute
  const nor = g.getAttribute('normal') as BufferAttribute
  const colors = new Float32Array(pos.count * 3)
  const baked = BAKED.has(part.bake)
  // The sRGB value as it is: colours here are display values (see lighting.ts).
  _c.setHex(part.color, LinearSRGBColorSpace)
  _light[0] = _light[1] = _light[2] = 1
  _sheen[0] = _sheen[1] = _sheen[2] = 0
  for (let i = 0; i < pos.count; i++) {
    const y = pos.getY(i)
    const shade = part.bake === 'glow' ? 1 : heightShade(y)
    if (baked) irradiance(nor.getX(i), nor.getY(i), nor.getZ(i), _light)
    if (part.bake === 'gloss') sheen(nor.getY(i), _sheen)
    colors[i * 3] = toLinear(_c.r * (shade * _light[0]) ** DISPLAY_GAMMA + _sheen[0])
    colors[i * 3 + 1] = toLinear(_c.g * (shade * _light[1]) ** DISPLAY_GAMMA + _sheen[1])
    colors[i * 3 + 2] = toLinear(_c.b * (shade * _light[2]) ** DISPLAY_GAMMA + _sheen[2])
  }
  g.setAttribute('color', new BufferAttribute(colors, 3))
  // The light is baked: the shader needs no normals.
  if (!options.normals) g.deleteAttribute('normal')
  return g
}

/** Roughly how much screen a part can cover: the surface of its bounding box. */
function extent(part: Part): number {
  let w: number, h: number, d: number
  if (part.kind === 'box') [w, h, d] = part.size
  else if (part.kind === 'cylinder') {
    const r = 2 * Math.max(part.radius, part.radiusTop ?? part.radius)
    ;[w, h, d] = part.axis === 'x' ? [part.height, r, r] : part.axis === 'z' ? [r, r, part.height] : [r, part.height, r]
  } else {
    const xs = part.profile.map((v) => v[0])
    const ys = part.profile.map((v) => v[1])
    ;[w, h, d] = [Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys), part.depth]
  }
  return w * h + w * d + h * d
}

/** Metres of furniture per mesh: a few draw calls more buy culling and near-to-far order. */
export const FURNITURE_CHUNK = 4

/**
 * Merges parts into one geometry per mesh (see MESH_OF), in a fixed order. Within a
 * mesh, small parts come first: they mostly sit on or in front of large ones (a plate
 * on a table, a curtain on a wall, a runner on the floor), so the large surface drawn
 * after them fails the depth test there instead of being shaded and then painted over.
 *
 * With `chunk` (metres along x), parts are merged per stretch of that length instead:
 * three then skips the stretches out of view and draws the others nearest first, so
 * furniture further down a room fails the depth test behind nearer furniture.
 */
export function buildMerged(
  parts: readonly Part[],
  chunk?: number,
  options?: GeometryOptions,
): { key: string; mesh: MeshKey; geometry: BufferGeometry }[] {
  const stretches = new Map<number, Part[]>()
  for (const p of parts) {
    const k = chunk ? Math.floor(p.at[0] / chunk) : 0
    const list = stretches.get(k)
    if (list) list.push(p)
    else stretches.set(k, [p])
  }
  const out: { key: string; mesh: MeshKey; geometry: BufferGeometry }[] = []
  for (const [k, mine] of [...stretches].sort((a, b) => a[0] - b[0])) {
    for (const mesh of MESH_KEYS) {
      const these = mine.filter((p) => MESH_OF[p.bake] === mesh).sort((a, b) => extent(a) - extent(b))
      if (these.length === 0) continue
      const pieces = these.map((p) => partGeometry(p, options))
      const merged = mergeGeometries(pieces, false)
      pieces.forEach((p) => p.dispose())
      if (!merged) throw new Error(`could not merge ${these.length} ${mesh} parts`)
      merged.computeBoundingSphere()
      out.push({ key: `${mesh}:${k}`, mesh, geometry: merged })
    }
  }
  return out
}
