import { Box3, type Camera, Frustum, Matrix4, type PerspectiveCamera, Vector3 } from 'three'
import { SHELL } from '../train/dimensions'

/**
 * Openings as portals. A neighbouring carriage can only be seen through the doorway in
 * the end wall between us, the countryside only through windows and doorways. An
 * opening's rectangle on the screen bounds every pixel seen through it, so what lies
 * beyond is drawn through a camera narrowed to that rectangle (portalProjection), or
 * not at all when the opening is out of view. Without this a software or weak GPU
 * sets up every triangle of the next room, and rasterises the fields under the floor,
 * only to throw them away behind our walls: measured, about a third of a frame's work.
 */

/** A scissor rectangle in CSS pixels, origin bottom-left (as WebGL and three's setScissor). */
export interface ScreenRect {
  x: number
  y: number
  w: number
  h: number
}

/** hidden: the doorway is out of view; full: draw as usual; clipped: draw through the rect only. */
export type PortalView = 'hidden' | 'full' | 'clipped'

const { doorWidth, doorHeight, walkZ, sill, windowTop, windowWidth } = SHELL
const Z0 = walkZ - doorWidth / 2
const Z1 = walkZ + doorWidth / 2
/** How close to the doorway's plane the eye may come before we stop trusting the projection. */
const NEAR_PLANE_MARGIN = 0.02

const _v = new Vector3()
const _door = new Box3()
const _frustum = new Frustum()
const _m = new Matrix4()

/**
 * How an opening (a flat, axis-aligned rectangle in world space, given as a box of no
 * thickness) lies on the screen: out of view, or within `out` (CSS pixels), or too
 * close to tell (a corner behind the eye), in which case the caller draws in full.
 */
export function openingView(camera: Camera, opening: Box3, width: number, height: number, out: ScreenRect): PortalView {
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  const near = (camera as PerspectiveCamera).near ?? 0
  for (let k = 0; k < 8; k++) {
    _v.set(k & 1 ? opening.max.x : opening.min.x, k & 2 ? opening.max.y : opening.min.y, k & 4 ? opening.max.z : opening.min.z)
    _v.applyMatrix4(camera.matrixWorldInverse)
    if (_v.z > -near) {
      _frustum.setFromProjectionMatrix(_m.multiplyMatrices(camera.projectionMatrix, camera.matrixWorldInverse))
      return _frustum.intersectsBox(opening) ? 'full' : 'hidden'
    }
    _v.applyMatrix4(camera.projectionMatrix)
    minX = Math.min(minX, _v.x)
    maxX = Math.max(maxX, _v.x)
    minY = Math.min(minY, _v.y)
    maxY = Math.max(maxY, _v.y)
  }
  if (maxX < -1 || minX > 1 || maxY < -1 || minY > 1) return 'hidden'
  // Outward to whole pixels, with one to spare for rasterisation rules at the edges.
  const x0 = Math.max(0, Math.floor(((Math.max(-1, minX) + 1) / 2) * width) - 1)
  const y0 = Math.max(0, Math.floor(((Math.max(-1, minY) + 1) / 2) * height) - 1)
  const x1 = Math.min(width, Math.ceil(((Math.min(1, maxX) + 1) / 2) * width) + 1)
  const y1 = Math.min(height, Math.ceil(((Math.min(1, maxY) + 1) / 2) * height) + 1)
  out.x = x0
  out.y = y0
  out.w = x1 - x0
  out.h = y1 - y0
  return 'clipped'
}

/**
 * How a neighbour looks through the doorway at `doorX` (the inner face of our end
 * wall), with the neighbour on the side `dir` (+1: toward +x).
 */
export function portalView(camera: Camera, doorX: number, dir: 1 | -1, width: number, height: number, out: ScreenRect): PortalView {
  // Standing in the doorway or beyond it: the wall no longer hides anything.
  if ((doorX - camera.matrixWorld.elements[12]!) * dir < NEAR_PLANE_MARGIN) return 'full'
  _door.min.set(doorX, 0, Z0)
  _door.max.set(doorX, doorHeight, Z1)
  return openingView(camera, _door, width, height, out)
}

/** The window openings of a carriage's side walls (their inner faces), in world space. */
export function windowOpenings(start: number, centres: readonly number[]): Box3[] {
  return centres.flatMap((c) =>
    [-1, 1].map((side) => {
      const z = side * (SHELL.width / 2)
      return new Box3(new Vector3(start + c - windowWidth / 2, sill, z), new Vector3(start + c + windowWidth / 2, windowTop, z))
    }),
  )
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

/**
 * The camera's projection narrowed to `rect` (of a `width` x `height` canvas): drawn
 * with the viewport set to that rect, every pixel lands where the full projection
 * would put it, at the same depth, while what lies outside is clipped before the
 * GPU spends anything on it.
 */
export function portalProjection(projection: Matrix4, rect: ScreenRect, width: number, height: number, out: Matrix4): Matrix4 {
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
