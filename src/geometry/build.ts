import { BoxGeometry, BufferAttribute, BufferGeometry, Color, CylinderGeometry, ExtrudeGeometry, LinearSRGBColorSpace, Matrix4, Shape } from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import { DISPLAY_GAMMA, irradiance, sheen } from './lighting'
import { MATERIAL_KEYS, type MaterialKey, type Part } from './parts'

const _m = new Matrix4()
const _r = new Matrix4()
const _c = new Color()
const _light: [number, number, number] = [0, 0, 0]
const _sheen: [number, number, number] = [0, 0, 0]

/** Materials whose vertex colours carry baked light; glow and glass shine by themselves. */
const BAKED: ReadonlySet<MaterialKey> = new Set(['matte', 'wood', 'gloss'])

/**
 * Which mesh a part is merged into. Glossy parts differ from matte ones only in their
 * baked colour (a sheen), so they share the matte mesh: one draw call fewer.
 */
export const MESH_OF: Record<MaterialKey, MaterialKey> = { matte: 'matte', gloss: 'matte', wood: 'wood', glow: 'glow', glass: 'glass' }

/** Box UVs in metres, so a tiling texture (wood grain) keeps its scale on any size. */
function metricBox(w: number, h: number, d: number): BufferGeometry {
  const g = new BoxGeometry(w, h, d)
  const uv = g.getAttribute('uv') as BufferAttribute
  // Faces in BoxGeometry order: +x, -x, +y, -y, +z, -z; four vertices each.
  const scale: [number, number][] = [[d, h], [d, h], [w, d], [w, d], [w, h], [w, h]]
  for (let i = 0; i < uv.count; i++) {
    const [su, sv] = scale[Math.floor(i / 4)]!
    uv.setXY(i, uv.getX(i) * su, uv.getY(i) * sv)
  }
  return g
}

function shapeOf(part: Part): BufferGeometry {
  switch (part.kind) {
    case 'box':
      return metricBox(part.size[0], part.size[1], part.size[2])
    case 'cylinder': {
      const g = new CylinderGeometry(part.radiusTop ?? part.radius, part.radius, part.height, part.segments ?? 16)
      if (part.axis === 'x') g.rotateZ(Math.PI / 2)
      if (part.axis === 'z') g.rotateX(Math.PI / 2)
      return g
    }
    case 'prism': {
      const shape = new Shape(part.profile.map(([x, y]) => ({ x, y }) as never))
      const g = new ExtrudeGeometry(shape, { depth: part.depth, bevelEnabled: false })
      g.translate(0, 0, -part.depth / 2)
      return g
    }
  }
}

/**
 * One part as a non-indexed geometry with position, normal, uv and colour. Colours
 * carry the light (see lighting.ts) and darken toward the floor: a baked contact
 * shadow that gives rooms depth without a shadow map.
 */
export function partGeometry(part: Part): BufferGeometry {
  const src = shapeOf(part)
  _m.makeTranslation(part.at[0], part.at[1], part.at[2]).multiply(_r.makeRotationY(part.rotY ?? 0))
  src.applyMatrix4(_m)
  const g = src.index ? src.toNonIndexed() : src
  if (g !== src) src.dispose()
  for (const name of Object.keys(g.attributes)) {
    if (name !== 'position' && name !== 'normal' && name !== 'uv') g.deleteAttribute(name)
  }
  g.clearGroups()
  const pos = g.getAttribute('position') as BufferAttribute
  const nor = g.getAttribute('normal') as BufferAttribute
  const colors = new Float32Array(pos.count * 3)
  const baked = BAKED.has(part.mat)
  // The sRGB value as it is: colours here are display values (see lighting.ts).
  _c.setHex(part.color, LinearSRGBColorSpace)
  _light[0] = _light[1] = _light[2] = 1
  _sheen[0] = _sheen[1] = _sheen[2] = 0
  for (let i = 0; i < pos.count; i++) {
    const y = pos.getY(i)
    const shade = part.mat === 'glow' ? 1 : 0.62 + 0.38 * Math.min(1, Math.max(0, (y + 0.05) / 0.9))
    if (baked) irradiance(nor.getX(i), nor.getY(i), nor.getZ(i), _light)
    if (part.mat === 'gloss') sheen(nor.getY(i), _sheen)
    colors[i * 3] = _c.r * (shade * _light[0]) ** DISPLAY_GAMMA + _sheen[0]
    colors[i * 3 + 1] = _c.g * (shade * _light[1]) ** DISPLAY_GAMMA + _sheen[1]
    colors[i * 3 + 2] = _c.b * (shade * _light[2]) ** DISPLAY_GAMMA + _sheen[2]
  }
  g.setAttribute('color', new BufferAttribute(colors, 3))
  return g
}

/** Merges parts into one geometry per material, in a fixed material order. */
export function buildMerged(parts: readonly Part[]): { mat: MaterialKey; geometry: BufferGeometry }[] {
  const out: { mat: MaterialKey; geometry: BufferGeometry }[] = []
  for (const mat of MATERIAL_KEYS) {
    const mine = parts.filter((p) => MESH_OF[p.mat] === mat)
    if (mine.length === 0) continue
    const pieces = mine.map(partGeometry)
    const merged = mergeGeometries(pieces, false)
    pieces.forEach((p) => p.dispose())
    if (!merged) throw new Error(`could not merge ${mine.length} ${mat} parts`)
    merged.computeBoundingSphere()
    out.push({ mat, geometry: merged })
  }
  return out
}
