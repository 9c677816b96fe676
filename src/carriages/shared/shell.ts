import { type BoxFace, type Part, face, slab } from '../../geometry/parts'
import { HALF_WIDTH as HW, SHELL } from '../../train/dimensions'
import { PALETTE, tint } from './palette'

/** What a carriage says about its own shell; the rest is shared. */
export interface ShellStyle {
  wall: number
  /**
   * Wood panelling: the walls split into panels of slightly varied tone with dark
   * joints. Built in geometry, not a texture: on the largest surfaces of the view a
   * texture lookup per pixel is what a weak GPU can least afford.
   */
  panelled?: boolean
  floor: number
  /** A runner along the walkway; omitted for bare floors. */
  runner?: number
  curtain: number
  trim: number
  ceiling?: number
}

export interface ShellEnds {
  prev: boolean
  next: boolean
}

const { wall: T, height: H, sill, windowTop, windowWidth, doorWidth, doorHeight, walkZ, gangway } = SHELL
const doorMin = walkZ - doorWidth / 2
const doorMax = walkZ + doorWidth / 2

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
 * A run of side wall from x0 to x1. Panelled walls are the same slab with its inner
 * face cut into panels of varied tone and dark joints: flat faces in the wall's plane,
 * not boxes, whose ends would stand edge-on to the view down the carriage and be drawn
 * there for nothing.
 */
function wallRun(x0: number, x1: number, y0: number, y1: number, z0: number, z1: number, s: ShellStyle): Part[] {
  if (!s.panelled) return [slab(x0, x1, y0, y1, z0, z1, s.wall)]
  const inward: BoxFace = z0 < 0 ? '+z' : '-z'
  const y = (y0 + y1) / 2
  const h = y1 - y0
  const parts: Part[] = [{ ...slab(x0, x1, y0, y1, z0, z1, s.wall), hide: [inward] }]
  for (let a = x0, k = Math.round(x0 / PANEL); a < x1 - 1e-6; a += PANEL, k++) {
    const b = Math.min(x1, a + PANEL)
    parts.push(face([b - a, h, 0], [(a + b) / 2, y, z0], inward, tint(s.wall, k % 3 === 0 ? 1.07 : k % 3 === 1 ? 0.95 : 1.0)))
    if (b < x1) parts.push(face([0.016, h, 0], [b, y, z0 - Math.sign(z0) * 0.003], inward, tint(s.wall, 0.55)))
  }
  return parts
}

function sideWall(length: number, side: 1 | -1, s: ShellStyle): Part[] {
  const z0 = side * HW
  const z1 = side * (HW + T)
  const inner = side * (HW - 0.02)
  const parts: Part[] = [
    // The bands overlap the piers by a centimetre, hidden by the window trim: where
    // edges merely meet, rasterisation leaves pixel cracks along the T-junctions.
    ...wallRun(-T, length + T, 0, sill + 0.01, z0, z1, s),
    ...wallRun(-T, length + T, windowTop - 0.01, H, z0, z1, s),
    slab(0, length, 0, 0.1, inner, z0, PALETTE.walnutDark, 'wood'),
    slab(0, length, sill - 0.04, sill + 0.02, side * (HW - 0.05), z0, s.trim, 'wood'),
  ]
  let x = -T
  for (const c of windowCentres(length)) {
    const a = c - windowWidth / 2
    const b = c + windowWidth / 2
    parts.push(...wallRun(x, a, sill, windowTop, z0, z1, s))
    // Frame, and a curtain gathered at each side. No glass pane: at a pane's faintness a
    // blended layer over every window cost more per frame than it added to the view.
    parts.push(slab(a - 0.05, b + 0.05, windowTop, windowTop + 0.06, inner, z0, s.trim, 'wood'))
    parts.push(slab(a - 0.05, a, sill, windowTop, inner, z0, s.trim, 'wood'))
    parts.push(slab(b, b + 0.05, sill, windowTop, inner, z0, s.trim, 'wood'))
    parts.push(slab(a - 0.22, a + 0.06, sill - 0.12, windowTop + 0.04, side * (HW - 0.09), side * (HW - 0.05), s.curtain))
    parts.push(slab(b - 0.06, b + 0.22, sill - 0.12, windowTop + 0.04, side * (HW - 0.09), side * (HW - 0.05), s.curtain))
    x = b
  }
  parts.push(...wallRun(x, length + T, sill, windowTop, z0, z1, s))
  return parts
}

/** An end wall at x0..x1: a doorway to the gangway, or a closed door at the train's end. */
function endWall(x0: number, x1: number, open: boolean, s: ShellStyle): Part[] {
  const inner = x0 < 0 ? 0.03 : -0.03
  const face = x0 < 0 ? x1 : x0
  const parts: Part[] = [
    slab(x0, x1, 0, H, -HW - T, doorMin, s.wall),
    slab(x0, x1, 0, H, doorMax, HW + T, s.wall),
    slab(x0, x1, doorHeight, H, doorMin, doorMax, s.wall),
    // Door frame, proud of the wall.
    slab(face, face + inner, 0, doorHeight + 0.07, doorMin - 0.07, doorMin, s.trim, 'wood'),
    slab(face, face + inner, 0, doorHeight + 0.07, doorMax, doorMax + 0.07, s.trim, 'wood'),
    slab(face, face + inner, doorHeight, doorHeight + 0.07, doorMin, doorMax, s.trim, 'wood'),
  ]
  if (!open) {
    const mid = (x0 + x1) / 2
    parts.push(slab(mid - 0.03, mid + 0.03, 0, doorHeight, doorMin, doorMax, PALETTE.walnutDark, 'wood'))
    parts.push(slab(mid - 0.032, mid + 0.032, 1.25, 1.75, doorMin + 0.2, doorMax - 0.2, 0x9fc4c8, 'glass'))
    parts.push(slab(face + inner, face + 2 * inner, 1.0, 1.06, doorMax - 0.2, doorMax - 0.08, PALETTE.brass, 'gloss'))
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
export function shellParts(length: number, s: ShellStyle, ends: ShellEnds): Part[] {
  const parts: Part[] = [
    slab(-T, length + T, -0.1, 0, -HW - T, HW + T, s.floor),
    slab(-T, length + T, H, H + 0.1, -HW - T, HW + T, s.ceiling ?? PALETTE.ceiling),
    slab(0, length, H - 0.12, H, -HW, -HW + 0.1, s.trim, 'wood'),
    slab(0, length, H - 0.12, H, HW - 0.1, HW, s.trim, 'wood'),
    ...sideWall(length, -1, s),
    ...sideWall(length, 1, s),
    ...endWall(-T, 0, ends.prev, s),
    ...endWall(length, length + T, ends.next, s),
  ]
  if (s.runner !== undefined) parts.push(slab(0, length, 0, 0.006, walkZ - 0.5, walkZ + 0.5, s.runner))
  for (const x of lampCentres(length)) parts.push(slab(x - 0.5, x + 0.5, H - 0.03, H - 0.005, -0.45, 0.45, PALETTE.lamp, 'glow'))
  if (ends.prev) parts.push(...halfGangway(-T, -1))
  if (ends.next) parts.push(...halfGangway(length + T, 1))
  return parts
}
