import { type BoxFace, type BoxPart, type Part, face, slab } from '../../../geometry/parts'
import { GANGWAY, SIDE_DOOR } from '../../../train/dimensions'
import { type Rect, rect } from '../../../geometry/floorPlan'
import type { ShellCollision, ShellEnds, ShellPlan, ShellStyle, SideDoor, WallOpening } from '../../../train/types'
import { PALETTE, tint } from '../palette'

/**
 * The saloon: a standard-gauge carriage with a window band down both sides and a door
 * in each end wall. Its numbers are ours (FACTS.md gives no dimensions), chosen so a
 * saloon reads right at eye height and a full-size sedan fits beside the walkway.
 */
export const SALOON = {
  /** Interior width, wall to wall. */
  width: 3.4,
  /** Interior height, floor to ceiling. */
  height: 2.4,
  /** Wall thickness (side and end walls). */
  wall: 0.12,
  /** The window band on the side walls. */
  sill: 0.9,
  windowTop: 1.85,
  windowWidth: 1.2,
} as const

const HW = SALOON.width / 2
const { wall: T, height: H, sill, windowTop, windowWidth } = SALOON
const { walkZ, doorWidth, doorHeight, length: gangway } = GANGWAY
const doorMin = walkZ - doorWidth / 2
const doorMax = walkZ + doorWidth / 2
const outer = HW + T

/** Window centres along a side wall, evenly spread with solid wall at both ends. */
export function windowCentres(length: number): number[] {
  const n = Math.max(1, Math.floor((length - 1.6) / 2.3))
  const pitch = length / n
  return Array.from({ length: n }, (_, i) => (i + 0.5) * pitch)
}

/** Where the shell's ceiling lamps are along a carriage: a room's own lights keep clear of them. */
export function lampCentres(length: number): number[] {
  const xs: number[] = []
  for (let x = 1.4; x < length - 0.8; x += 2.6) xs.push(x)
  return xs
}

const PANEL = 0.62

/**
 * Cells the model build cuts the floor and the foot of the walls into, metres: where
 * furniture and corners cast their baked shadows (see Part's `cell`).
 */
export const SHADOW_CELL = { floor: 0.4, wall: 0.45 } as const

/**
 * A run of side wall from x0 to x1. Panelled walls are the same slab with its inner
 * face cut into panels of varied tone and dark joints: flat faces in the wall's plane,
 * not boxes, whose ends would stand edge-on to the view down the carriage and be drawn
 * there for nothing.
 */
function wallRun(
  x0: number,
  x1: number,
  y0: number,
  y1: number,
  z0: number,
  z1: number,
  s: ShellStyle,
  cell?: number,
): Part[] {
  const inward: BoxFace = z0 < 0 ? '+z' : '-z'
  // Never seen: the outer face (the train's outside is drawn apart, by exterior.ts) and
  // a top under the ceiling.
  const hidden: BoxFace[] = [inward === '+z' ? '-z' : '+z', ...(y1 >= H ? (['+y'] as const) : [])]
  if (!s.panelled) return [{ ...slab(x0, x1, y0, y1, z0, z1, s.wallColour), cell, hide: hidden }]
  const y = (y0 + y1) / 2
  const h = y1 - y0
  const parts: Part[] = [{ ...slab(x0, x1, y0, y1, z0, z1, s.wallColour), hide: [inward, ...hidden] }]
  for (let a = x0, k = Math.round(x0 / PANEL); a < x1 - 1e-6; a += PANEL, k++) {
    const b = Math.min(x1, a + PANEL)
    parts.push({
      ...face(
        [b - a, h, 0],
        [(a + b) / 2, y, z0],
        inward,
        tint(s.wallColour, k % 3 === 0 ? 1.07 : k % 3 === 1 ? 0.95 : 1.0),
      ),
      cell,
    })
    if (b < x1) parts.push(face([0.016, h, 0], [b, y, z0 - Math.sign(z0) * 0.003], inward, tint(s.wallColour, 0.55)))
  }
  return parts
}

/**
 * The side door onto the platform: at the entry end, on the platform's side, just past
 * the end wall, where every room keeps its floor clear (a test walks out through each).
 * The window it would cut into on that side is left out (windowsOn).
 */
function sideDoor(): SideDoor {
  const x0 = 0.22
  return { x0, x1: x0 + SIDE_DOOR.width, height: SIDE_DOOR.height, side: SIDE_DOOR.side }
}

const FRAME = 0.06

/** The windows' centres along one side wall: all of them, less any the side door would cut into. */
export function windowsOn(length: number, side: 1 | -1): number[] {
  const d = sideDoor()
  const clear = (c: number) =>
    d.side !== side || c + windowWidth / 2 + 0.05 < d.x0 - FRAME || c - windowWidth / 2 - 0.05 > d.x1 + FRAME
  return windowCentres(length).filter(clear)
}

/** Cuts a run from a to b around the door, if it has one: the stretches either side. */
const around = (a: number, b: number, d: SideDoor | null): [number, number][] =>
  d && d.x0 < b && d.x1 > a
    ? [[a, d.x0] as [number, number], [d.x1, b] as [number, number]].filter(([u, v]) => v > u)
    : [[a, b]]

function sideWall(length: number, side: 1 | -1, s: ShellStyle): Part[] {
  const z0 = side * HW
  const z1 = side * (HW + T)
  const inner = side * (HW - 0.02)
  const door = sideDoor()
  const d = door.side === side ? door : null
  // Trim laid on the wall: its face against the wall is never seen.
  const onWall = (p: BoxPart): Part => ({ ...p, hide: [side < 0 ? '-z' : '+z'] })
  const parts: Part[] = [
    // The bands overlap the piers by a centimetre, hidden by the window trim: where
    // edges merely meet, rasterisation leaves pixel cracks along the T-junctions.
    ...around(-T, length + T, d).flatMap(([a, b]) => [
      ...wallRun(a, b, 0, sill + 0.01, z0, z1, s, SHADOW_CELL.wall),
      ...wallRun(a, b, windowTop - 0.01, H, z0, z1, s),
    ]),
    ...around(0, length, d).flatMap(([a, b]) => [
      onWall(slab(a, b, 0, 0.1, inner, z0, PALETTE.walnutDark, 'wood')),
      onWall(slab(a, b, sill - 0.04, sill + 0.02, side * (HW - 0.05), z0, s.trimColour, 'wood')),
    ]),
  ]
  if (d) {
    // The wall over the door, and a frame round it, proud of the wall as the end doors' are.
    parts.push(...wallRun(d.x0, d.x1, d.height, H, z0, z1, s))
    parts.push(onWall(slab(d.x0 - FRAME, d.x0, 0, d.height + FRAME, inner, z0, s.trimColour, 'wood')))
    parts.push(onWall(slab(d.x1, d.x1 + FRAME, 0, d.height + FRAME, inner, z0, s.trimColour, 'wood')))
    parts.push(onWall(slab(d.x0 - FRAME, d.x1 + FRAME, d.height, d.height + FRAME, inner, z0, s.trimColour, 'wood')))
  }
  // A curtain clear of the door's frame, or none.
  const curtain = (x0: number, x1: number) =>
    d && x0 < d.x1 + FRAME && x1 > d.x0 - FRAME
      ? []
      : [slab(x0, x1, sill - 0.12, windowTop + 0.04, side * (HW - 0.09), side * (HW - 0.05), s.curtainColour)]
  let x = -T
  for (const c of windowsOn(length, side)) {
    const a = c - windowWidth / 2
    const b = c + windowWidth / 2
    for (const [u, v] of around(x, a, d)) parts.push(...wallRun(u, v, sill, windowTop, z0, z1, s))
    // Frame, and a curtain gathered at each side. No glass pane: at a pane's faintness a
    // blended layer over every window cost more per frame than it added to the view.
    parts.push(onWall(slab(a - 0.05, b + 0.05, windowTop, windowTop + 0.06, inner, z0, s.trimColour, 'wood')))
    parts.push(onWall(slab(a - 0.05, a, sill, windowTop, inner, z0, s.trimColour, 'wood')))
    parts.push(onWall(slab(b, b + 0.05, sill, windowTop, inner, z0, s.trimColour, 'wood')))
    parts.push(...curtain(a - 0.22, a + 0.06), ...curtain(b - 0.06, b + 0.22))
    x = b
  }
  for (const [u, v] of around(x, length + T, d)) parts.push(...wallRun(u, v, sill, windowTop, z0, z1, s))
  return parts
}

/** An end wall at x0..x1: a doorway to the gangway, or a closed door at the train's end. */
function endWall(x0: number, x1: number, open: boolean, s: ShellStyle): Part[] {
  const inner = x0 < 0 ? 0.03 : -0.03
  const at = x0 < 0 ? x1 : x0
  const inward: BoxFace = x0 < 0 ? '+x' : '-x'
  // The room side alone is cut into cells, for the shadows in its corners; the gangway
  // side is lit evenly. The carriage's outer side and the top are never seen (the door
  // jambs are).
  const wallSide = (z0: number, z1: number): Part[] => [
    { ...slab(x0, x1, 0, H, z0, z1, s.wallColour), hide: [inward, z0 < 0 ? '-z' : '+z', '+y'] },
    { ...face([0, H, z1 - z0], [at, H / 2, (z0 + z1) / 2], inward, s.wallColour), cell: SHADOW_CELL.wall },
  ]
  const parts: Part[] = [
    ...wallSide(-outer, doorMin),
    ...wallSide(doorMax, outer),
    { ...slab(x0, x1, doorHeight, H, doorMin, doorMax, s.wallColour), hide: ['+y'] },
    // Door frame, proud of the wall.
    slab(at, at + inner, 0, doorHeight + 0.07, doorMin - 0.07, doorMin, s.trimColour, 'wood'),
    slab(at, at + inner, 0, doorHeight + 0.07, doorMax, doorMax + 0.07, s.trimColour, 'wood'),
    slab(at, at + inner, doorHeight, doorHeight + 0.07, doorMin, doorMax, s.trimColour, 'wood'),
  ]
  if (!open) {
    const mid = (x0 + x1) / 2
    parts.push(slab(mid - 0.03, mid + 0.03, 0, doorHeight, doorMin, doorMax, PALETTE.walnutDark, 'wood'))
    parts.push(slab(mid - 0.032, mid + 0.032, 1.25, 1.75, doorMin + 0.2, doorMax - 0.2, 0x9fc4c8, 'glass'))
    parts.push(slab(at + inner, at + 2 * inner, 1.0, 1.06, doorMax - 0.2, doorMax - 0.08, PALETTE.brass, 'gloss'))
  }
  return parts
}

/** Half a gangway beyond an end wall, from x0 outward by `dir`. */
function halfGangway(x0: number, dir: 1 | -1): Part[] {
  const x1 = x0 + dir * (gangway / 2)
  return [
    slab(x0, x1, -0.1, 0, doorMin - 0.1, doorMax + 0.1, PALETTE.steel),
    slab(x0, x1, 0, doorHeight + 0.12, doorMin - 0.14, doorMin - 0.02, PALETTE.rubber),
    slab(x0, x1, 0, doorHeight + 0.12, doorMax + 0.02, doorMax + 0.14, PALETTE.rubber),
    slab(x0, x1, doorHeight + 0.12, doorHeight + 0.2, doorMin - 0.14, doorMax + 0.14, PALETTE.rubber),
  ]
}

/** Floor, ceiling, lamps, walls with windows, end doors and gangway halves. */
function parts(length: number, s: ShellStyle, ends: ShellEnds): Part[] {
  const out: Part[] = [
    // Floor and ceiling: their room sides alone are ever seen.
    { ...face([length + 2 * T, 0, 2 * outer], [length / 2, 0, 0], '+y', s.floorColour), cell: SHADOW_CELL.floor },
    face([length + 2 * T, 0, 2 * outer], [length / 2, H, 0], '-y', s.ceilingColour ?? PALETTE.ceiling),
    { ...slab(0, length, H - 0.12, H, -HW, -HW + 0.1, s.trimColour, 'wood'), hide: ['+y', '-z'] },
    { ...slab(0, length, H - 0.12, H, HW - 0.1, HW, s.trimColour, 'wood'), hide: ['+y', '+z'] },
    ...sideWall(length, -1, s),
    ...sideWall(length, 1, s),
    ...endWall(-T, 0, ends.prev, s),
    ...endWall(length, length + T, ends.next, s),
  ]
  if (s.runnerColour !== undefined)
    out.push({ ...slab(0, length, 0, 0.006, walkZ - 0.5, walkZ + 0.5, s.runnerColour), cell: SHADOW_CELL.floor })
  for (const x of lampCentres(length))
    out.push(slab(x - 0.5, x + 0.5, H - 0.03, H - 0.005, -0.45, 0.45, PALETTE.lamp, 'glow'))
  if (ends.prev) out.push(...halfGangway(-T, -1))
  if (ends.next) out.push(...halfGangway(length + T, 1))
  return out
}

/** Walls of an end at x0..x1 as thick boxes; a door gap when it joins a neighbour. */
function endWallRects(x0: number, x1: number, open: boolean, into: Rect[]): void {
  if (!open) into.push(rect(x0, x1, -outer, outer))
  else into.push(rect(x0, x1, -outer, doorMin), rect(x0, x1, doorMax, outer))
}

function collision(length: number, ends: ShellEnds): ShellCollision {
  const d = sideDoor()
  // Each side wall a thick box, the door's side cut around the door; the door's
  // passage through the wall is floor.
  const side = (k: 1 | -1, z0: number, z1: number) =>
    (k === d.side ? around(-T, length + T, d) : [[-T, length + T] as [number, number]]).map(([a, b]) =>
      rect(a, b, z0, z1),
    )
  const walls = [...side(-1, -outer, -HW), ...side(1, HW, outer)]
  endWallRects(-T, 0, ends.prev, walls)
  endWallRects(length, length + T, ends.next, walls)
  const passage = d.side < 0 ? rect(d.x0, d.x1, -outer, -HW) : rect(d.x0, d.x1, HW, outer)
  return { floors: [rect(0, length, -HW, HW), passage], walls }
}

/** The windows' openings in the side walls' inner faces, both sides. */
function windows(length: number): WallOpening[] {
  return ([-1, 1] as const).flatMap((side) =>
    windowsOn(length, side).map((c) => ({
      x0: c - windowWidth / 2,
      x1: c + windowWidth / 2,
      y0: sill,
      y1: windowTop,
      z: side * HW,
    })),
  )
}

export const saloon: ShellPlan = {
  kind: 'saloon',
  halfWidth: HW,
  height: H,
  endWall: T,
  door: { z0: doorMin, z1: doorMax, height: doorHeight },
  sideDoor,
  windows,
  parts,
  collision,
}
