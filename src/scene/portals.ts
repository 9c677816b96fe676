import { Box3, type Camera, Matrix4, Vector4 } from 'three'
import type { EndDoor, WallOpening } from '../train/types'

/**
 * Openings as portals. A neighbouring carriage can only be seen through the doorway in
 * the end wall between us, the countryside only through windows and doorways. An
 * opening's rectangle on the screen bounds every pixel seen through it, so what lies
 * beyond is drawn through a camera narrowed to that rectangle (portalProjection), or
 * not at all when the opening is out of view. Without this a software or weak GPU
 * sets up every triangle of the next room, and rasterises the fields under the floor,
 * only to throw them away behind our walls: measured, about a third of a frame's work.
 */

/** A rectangle of the canvas in CSS pixels, origin bottom-left (as WebGL's and three's viewport). */
export interface ScreenRect {
  x: number
  y: number
  w: number
  h: number
}

/** hidden: the opening is out of view; full: draw as usual (standing in it); clipped: draw through the rect only. */
export type PortalView = 'hidden' | 'full' | 'clipped'

/** Nearer the doorway's plane than this the eye is in the doorway, and the wall hides nothing. */
const IN_DOORWAY = 0.02

const _door = new Box3()
const _m = new Matrix4()

/** Polygon buffers for clipping an opening's quad: clip-space corners, ping and pong. */
const polyA = Array.from({ length: 12 }, () => new Vector4())
const polyB = Array.from({ length: 12 }, () => new Vector4())

/** Keeps the part of polygon `src` (n points) where dot(plane, p) >= 0; returns the count in `dst`. */
function clipPolygon(
  src: Vector4[],
  n: number,
  px: number,
  py: number,
  pz: number,
  pw: number,
  dst: Vector4[],
): number {
  let m = 0
  for (let k = 0; k < n; k++) {
    const p = src[k]!
    const q = src[(k + 1) % n]!
    const dp = p.x * px + p.y * py + p.z * pz + p.w * pw
    const dq = q.x * px + q.y * py + q.z * pz + q.w * pw
    if (dp >= 0) dst[m++]!.copy(p)
    if (dp >= 0 !== dq >= 0) dst[m++]!.lerpVectors(p, q, dp / (dp - dq))
  }
  return m
}

/**
 * How an opening (a flat, axis-aligned rectangle in world space, given as a box of no
 * thickness) lies on the screen: out of view, or within `out` (CSS pixels). The quad is
 * clipped to the view (near plane and the four sides) before its bounds are taken, so
 * an opening beside or partly behind the visitor gets the rectangle of what can
 * actually be seen through it.
 */
export function openingView(camera: Camera, opening: Box3, width: number, height: number, out: ScreenRect): PortalView {
  const { min, max } = opening
  const flatX = max.x - min.x < 1e-6
  _m.multiplyMatrices(camera.projectionMatrix, camera.matrixWorldInverse)
  for (let k = 0; k < 4; k++) {
    // The corners in order around the rectangle, in whichever plane it lies.
    const a = k === 1 || k === 2
    const b = k >= 2
    polyA[k]!.set(
      flatX ? min.x : a ? max.x : min.x,
      b ? max.y : min.y,
      flatX ? (a ? max.z : min.z) : min.z,
      1,
    ).applyMatrix4(_m)
  }
  // In clip space the view is -w <= x, y, z <= w (far plane left out).
  let n = clipPolygon(polyA, 4, 0, 0, 1, 1, polyB)
  n = clipPolygon(polyB, n, 1, 0, 0, 1, polyA)
  n = clipPolygon(polyA, n, -1, 0, 0, 1, polyB)
  n = clipPolygon(polyB, n, 0, 1, 0, 1, polyA)
  n = clipPolygon(polyA, n, 0, -1, 0, 1, polyB)
  if (n === 0) return 'hidden'
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (let k = 0; k < n; k++) {
    const v = polyB[k]!
    minX = Math.min(minX, v.x / v.w)
    maxX = Math.max(maxX, v.x / v.w)
    minY = Math.min(minY, v.y / v.w)
    maxY = Math.max(maxY, v.y / v.w)
  }
  // Outward to whole pixels, with one to spare for rasterisation rules at the edges.
  const x0 = Math.max(0, Math.floor(((Math.max(-1, minX) + 1) / 2) * width) - 1)
  const y0 = Math.max(0, Math.floor(((Math.max(-1, minY) + 1) / 2) * height) - 1)
  const x1 = Math.min(width, Math.ceil(((Math.min(1, maxX) + 1) / 2) * width) + 1)
  const y1 = Math.min(height, Math.ceil(((Math.min(1, maxY) + 1) / 2) * height) + 1)
  if (x1 <= x0 || y1 <= y0) return 'hidden'
  out.x = x0
  out.y = y0
  out.w = x1 - x0
  out.h = y1 - y0
  return 'clipped'
}

/**
 * How a neighbour looks through the doorway at `doorX` (the inner face of our end
 * wall, cut as `door`), with the neighbour on the side `dir` (+1: toward +x).
 */
export function portalView(
  camera: Camera,
  doorX: number,
  door: EndDoor,
  dir: 1 | -1,
  width: number,
  height: number,
  out: ScreenRect,
): PortalView {
  // Standing in the doorway or beyond it: the wall no longer hides anything.
  if ((doorX - camera.matrixWorld.elements[12]!) * dir < IN_DOORWAY) return 'full'
  _door.min.set(doorX, 0, door.z0)
  _door.max.set(doorX, door.height, door.z1)
  return openingView(camera, _door, width, height, out)
}

/** A window (see ShellPlan.windows) as the box of no thickness openingView takes. */
export function openingBox(w: WallOpening): Box3 {
  const box = new Box3()
  box.min.set(w.x0, w.y0, w.z)
  box.max.set(w.x1, w.y1, w.z)
  return box
}

/** Folds `view`/`rect` into a running union (`acc`/`into`); returns the union's view. */
export function unite(acc: PortalView, into: ScreenRect, view: PortalView, rect: ScreenRect): PortalView {
  if (acc === 'full' || view === 'hidden') return acc
  if (view === 'full') return 'full'
  if (acc === 'hidden') {
    into.x = rect.x
    into.y = rect.y
    into.w = rect.w
    into.h = rect.h
    return 'clipped'
  }
  const x1 = Math.max(into.x + into.w, rect.x + rect.w)
  const y1 = Math.max(into.y + into.h, rect.y + rect.h)
  into.x = Math.min(into.x, rect.x)
  into.y = Math.min(into.y, rect.y)
  into.w = x1 - into.x
  into.h = y1 - into.y
  return 'clipped'
}

/** Narrows `rect` to its overlap with `by`; returns 'hidden' when they do not overlap. */
export function intersect(rect: ScreenRect, by: ScreenRect): PortalView {
  const x1 = Math.min(rect.x + rect.w, by.x + by.w)
  const y1 = Math.min(rect.y + rect.h, by.y + by.h)
  rect.x = Math.max(rect.x, by.x)
  rect.y = Math.max(rect.y, by.y)
  rect.w = x1 - rect.x
  rect.h = y1 - rect.y
  return rect.w > 0 && rect.h > 0 ? 'clipped' : 'hidden'
}

/**
 * Layers: a room's interior (its furniture and placed objects, what stands inside its
 * walls) on a layer of its own, so a neighbour's interior can be drawn through the
 * narrower rectangle of its own doorway (see renderTrain), its shell through ours.
 */
export const LAYER = { shell: 0, interior: 1 } as const
/** The layers masks of a shell's and an interior's meshes (`layers-mask` in JSX). */
export const SHELL_MASK = 1 << LAYER.shell
export const INTERIOR_MASK = 1 << LAYER.interior

/**
 * The camera's projection narrowed to `rect` (of a `width` x `height` canvas): drawn
 * with the viewport set to that rect, every pixel lands where the full projection
 * would put it, at the same depth, while what lies outside is clipped before the
 * GPU spends anything on it.
 */
export function portalProjection(
  projection: Matrix4,
  rect: ScreenRect,
  width: number,
  height: number,
  out: Matrix4,
): Matrix4 {
  const x0 = (rect.x / width) * 2 - 1
  const x1 = ((rect.x + rect.w) / width) * 2 - 1
  const y0 = (rect.y / height) * 2 - 1
  const y1 = ((rect.y + rect.h) / height) * 2 - 1
  const sx = 2 / (x1 - x0)
  const sy = 2 / (y1 - y0)
  // clip' = M * clip: x' = sx * x - (x0 + x1) / (x1 - x0) * w, likewise y; z and w unchanged.
  _m.set(sx, 0, 0, -(x0 + x1) / (x1 - x0), 0, sy, 0, -(y0 + y1) / (y1 - y0), 0, 0, 1, 0, 0, 0, 0, 1)
  return out.multiplyMatrices(_m, projection)
}
