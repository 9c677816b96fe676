import { type Rect, rect } from './floorPlan'

/*
 * A carriage is drawn from parts: plain data, merged at load into one opaque mesh
 * (and one for glass, if any). That keeps every carriage at a handful of draw calls
 * however much furniture it has, and lets tests count them without a canvas.
 */

/**
 * How light is baked into a part's vertex colours (all opaque parts share one
 * material; see geometry/build.ts): lit matte, wood, gloss with a sheen, a lamp's own
 * glow, or the faint door glass, the one part drawn apart.
 */
export type BakeMode = 'matte' | 'wood' | 'gloss' | 'glow' | 'glass'

export type Vec3 = readonly [number, number, number]

interface PartBase {
  /** Centre of the part (for prisms: the origin of the profile, centred in depth). */
  at: Vec3
  /** sRGB hex. */
  color: number
  bake: BakeMode
  /** Turn about the vertical axis, radians (three's convention). */
  rotY?: number
  /**
   * For a box: the largest cell, metres, its faces are cut into when the model files
   * are baked, so occlusion and contact shadows vary across it (a floor, a wall's foot).
   * Left out, a face is one quad, lit at its corners.
   */
  cell?: number
}
/** A box's faces, by the direction they face in the part's own frame (before rotY). */
export type BoxFace = '+x' | '-x' | '+y' | '-y' | '+z' | '-z'
export const BOX_FACES: readonly BoxFace[] = ['+x', '-x', '+y', '-y', '+z', '-z']

export interface BoxPart extends PartBase {
  kind: 'box'
  size: Vec3
  /**
   * Faces left out: ones nobody can see (inside a wall) or that another part takes
   * over. A face hidden behind a nearer one still costs the GPU its rasterisation.
   */
  hide?: readonly BoxFace[]
}
export interface CylinderPart extends PartBase {
  kind: 'cylinder'
  radius: number
  radiusTop?: number
  height: number
  segments?: number
  /** The cylinder's own axis before rotY. */
  axis?: 'x' | 'y' | 'z'
  /** Which end caps to build (default both): leave out what nobody sees. */
  caps?: 'both' | 'top' | 'none'
}
export interface PrismPart extends PartBase {
  kind: 'prism'
  /** Outline in the x-y plane, extruded along z by `depth`. */
  profile: readonly (readonly [number, number])[]
  depth: number
  /**
   * Only this face of the prism, flat: for a print or an outline laid on a surface,
   * whose edges and back nobody sees (a quarter of the triangles, or less).
   */
  face?: '+z' | '-z'
}
export type Part = BoxPart | CylinderPart | PrismPart

export const box = (size: Vec3, at: Vec3, color: number, bake: BakeMode = 'matte'): BoxPart => ({
  kind: 'box',
  size,
  at,
  color,
  bake,
})

const THIN = 1e-4

/**
 * A flat rectangle facing `facing`, lying at `at`: one face of a box a tenth of a
 * millimetre thick (BoxGeometry turns the normals of a box of no thickness inward,
 * which would bake the wrong light), the box behind it. Exactly at `at`, so a floor
 * laid at 0 meets a wall's foot there: a hair above, the rays the bake casts from the
 * foot toward the floor would start under it and miss. Its size along the facing axis
 * is ignored.
 */
export function face(size: Vec3, at: Vec3, facing: BoxFace, color: number, bake: BakeMode = 'matte'): BoxPart {
  const axis = facing[1] === 'x' ? 0 : facing[1] === 'y' ? 1 : 2
  const thin = size.map((v, i) => (i === axis ? THIN : v)) as unknown as Vec3
  const centre = at.map((v, i) => (i === axis ? v - (facing[0] === '+' ? THIN / 2 : -THIN / 2) : v)) as unknown as Vec3
  return { ...box(thin, centre, color, bake), hide: BOX_FACES.filter((f) => f !== facing) }
}

/** A box given by its floor-plan corners and its height range. */
export const slab = (
  x0: number,
  x1: number,
  y0: number,
  y1: number,
  z0: number,
  z1: number,
  color: number,
  bake: BakeMode = 'matte',
): BoxPart =>
  box(
    [Math.abs(x1 - x0), Math.abs(y1 - y0), Math.abs(z1 - z0)],
    [(x0 + x1) / 2, (y0 + y1) / 2, (z0 + z1) / 2],
    color,
    bake,
  )

export const cylinder = (
  radius: number,
  height: number,
  at: Vec3,
  color: number,
  bake: BakeMode = 'matte',
  extra: Partial<CylinderPart> = {},
): CylinderPart => ({
  kind: 'cylinder',
  radius,
  height,
  at,
  color,
  bake,
  ...extra,
})

/** Rotates parts about the vertical axis through the origin, then moves them. */
export function place(parts: readonly Part[], at: Vec3, rotY = 0): Part[] {
  return parts.map((p) => ({ ...p, at: placePoint(p.at, at, rotY), rotY: (p.rotY ?? 0) + rotY }))
}

/** A point of a group's own frame where `place` puts it: turned by rotY about the vertical, then moved to `at`. */
export function placePoint(p: Vec3, at: Vec3, rotY = 0): Vec3 {
  const c = Math.cos(rotY)
  const s = Math.sin(rotY)
  return [at[0] + c * p[0] + s * p[2], at[1] + p[1], at[2] - s * p[0] + c * p[2]]
}

/** Half extents of a part on the floor plan, before its own rotation. */
function halfExtents(p: Part): [number, number] {
  if (p.kind === 'box') return [p.size[0] / 2, p.size[2] / 2]
  if (p.kind === 'cylinder') {
    const r = Math.max(p.radius, p.radiusTop ?? p.radius)
    if (p.axis === 'x') return [p.height / 2, r]
    if (p.axis === 'z') return [r, p.height / 2]
    return [r, r]
  }
  const xs = p.profile.map((v) => Math.abs(v[0]))
  return [Math.max(...xs), p.depth / 2]
}

/** The floor-plan rectangle a set of parts covers: what a piece of furniture blocks. */
export function footprint(parts: readonly Part[], pad = 0): Rect {
  let minX = Infinity,
    maxX = -Infinity,
    minZ = Infinity,
    maxZ = -Infinity
  for (const p of parts) {
    const [hx, hz] = halfExtents(p)
    const c = Math.abs(Math.cos(p.rotY ?? 0))
    const s = Math.abs(Math.sin(p.rotY ?? 0))
    const ex = c * hx + s * hz
    const ez = s * hx + c * hz
    minX = Math.min(minX, p.at[0] - ex)
    maxX = Math.max(maxX, p.at[0] + ex)
    minZ = Math.min(minZ, p.at[2] - ez)
    maxZ = Math.max(maxZ, p.at[2] + ez)
  }
  return rect(minX - pad, maxX + pad, minZ - pad, maxZ + pad)
}

/**
 * An object a curator can replace with a model of their own (the sedan, the desk set):
 * its parts in its own frame, and where the room puts it.
 */
export interface Placement {
  /** Its model's id in public/models/models.json. */
  model: string
  /** Its own parts: origin on the floor below the centre of its footprint. */
  parts: Part[]
  at: Vec3
  rotY: number
}

/** A piece of furniture: what it looks like and whether the visitor walks around it. */
export interface Item {
  parts: Part[]
  blocks: boolean
  /** Set when the item is a replaceable object: its parts are then `placement.parts`, placed. */
  placement?: Placement
}

export const item = (parts: Part[], blocks = true): Item => ({ parts, blocks })

/**
 * A replaceable object (see Placement), drawn from its model file when there is one.
 * Its own parts are first moved so the origin is under the middle of their footprint,
 * the rule every model file follows.
 */
export function objectItem(model: string, own: readonly Part[], at: Vec3, rotY = 0, blocks = true): Item {
  const f = footprint(own)
  const cx = (f.minX + f.maxX) / 2
  const cz = (f.minZ + f.maxZ) / 2
  const parts = place(own, [-cx, 0, -cz])
  const c = Math.cos(rotY)
  const s = Math.sin(rotY)
  const centre: Vec3 = [at[0] + c * cx + s * cz, at[1], at[2] - s * cx + c * cz]
  return { parts: place(parts, centre, rotY), blocks, placement: { model, parts, at: centre, rotY } }
}

/** Heights of the bottom and the top of a part above the floor. */
export function heightRange(p: Part): [bottom: number, top: number] {
  if (p.kind === 'box') return [p.at[1] - p.size[1] / 2, p.at[1] + p.size[1] / 2]
  if (p.kind === 'cylinder') {
    const half = p.axis && p.axis !== 'y' ? Math.max(p.radius, p.radiusTop ?? 0) : p.height / 2
    return [p.at[1] - half, p.at[1] + half]
  }
  const ys = p.profile.map((v) => v[1])
  return [p.at[1] + Math.min(...ys), p.at[1] + Math.max(...ys)]
}

const topOf = (p: Part): number => heightRange(p)[1]

/** Furniture at least this tall hides what is behind it from a standing visitor. */
export const OCCLUDER_HEIGHT = 1.7

/**
 * Splits a carriage's items into what is drawn (all of it, and apart the fixed parts and
 * the replaceable objects), what blocks walking and what hides markers.
 */
export function collect(items: readonly Item[]): {
  parts: Part[]
  fixedParts: Part[]
  placements: Placement[]
  obstacles: Rect[]
  occluders: Rect[]
} {
  const solid = items.filter((i) => i.blocks && i.parts.length > 0)
  return {
    parts: items.flatMap((i) => i.parts),
    fixedParts: items.filter((i) => !i.placement).flatMap((i) => i.parts),
    placements: items.flatMap((i) => (i.placement ? [i.placement] : [])),
    obstacles: solid.map((i) => footprint(i.parts)),
    occluders: solid.filter((i) => Math.max(...i.parts.map(topOf)) >= OCCLUDER_HEIGHT).map((i) => footprint(i.parts)),
  }
}
