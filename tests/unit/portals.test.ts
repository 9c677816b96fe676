import { describe, expect, it } from 'vitest'
import { Box3, Matrix4, PerspectiveCamera, Vector3 } from 'three'
import { type ScreenRect, intersect, openingView, portalProjection, portalView, unite } from '../../src/scene/portals'
import { SALOON, saloon } from '../../src/carriages/kit/shells/saloon'
import { GANGWAY } from '../../src/train/dimensions'

const DOOR = saloon.door

const W = 1280
const H = 720

function camera(x: number, yaw: number): PerspectiveCamera {
  const c = new PerspectiveCamera(70, W / H, 0.05, 420)
  c.position.set(x, 1.6, GANGWAY.walkZ)
  c.rotation.set(0, yaw, 0, 'YXZ')
  c.updateMatrixWorld()
  return c
}
const TOWARD_PLUS_X = -Math.PI / 2
const rect = (): ScreenRect => ({ x: 0, y: 0, w: 0, h: 0 })
/** Where a world point lands on the canvas, in pixels from the bottom left. */
function pixel(
  c: PerspectiveCamera,
  p: Vector3,
  projection = c.projectionMatrix,
  viewport: ScreenRect = { x: 0, y: 0, w: W, h: H },
) {
  const v = p.clone().applyMatrix4(c.matrixWorldInverse).applyMatrix4(projection)
  return [viewport.x + ((v.x + 1) / 2) * viewport.w, viewport.y + ((v.y + 1) / 2) * viewport.h, v.z]
}

describe('doorways and windows as portals', () => {
  it('sees the doorway ahead as a rectangle that holds the doorway', () => {
    const c = camera(5, TOWARD_PLUS_X)
    const r = rect()
    expect(portalView(c, 10, DOOR, 1, W, H, r)).toBe('clipped')
    const [x, y] = pixel(c, new Vector3(10, 1, GANGWAY.walkZ))
    expect(x).toBeGreaterThan(r.x)
    expect(x).toBeLessThan(r.x + r.w)
    expect(y).toBeGreaterThan(r.y)
    expect(y).toBeLessThan(r.y + r.h)
    expect(r.w * r.h).toBeLessThan(0.2 * W * H)
  })

  it('hides a neighbour whose doorway is behind the visitor, and draws it in full from the doorway', () => {
    expect(portalView(camera(5, -TOWARD_PLUS_X), 10, DOOR, 1, W, H, rect())).toBe('hidden')
    expect(portalView(camera(10.2, TOWARD_PLUS_X), 10, DOOR, 1, W, H, rect())).toBe('full')
    expect(portalView(camera(5, TOWARD_PLUS_X), 0, DOOR, -1, W, H, rect())).toBe('hidden')
  })

  it('a window reaching behind the visitor gets the rectangle of the part in front of the eye', () => {
    const c = camera(5, TOWARD_PLUS_X)
    const r = rect()
    const window = new Box3(
      new Vector3(4, SALOON.sill, -SALOON.width / 2),
      new Vector3(9, SALOON.windowTop, -SALOON.width / 2),
    )
    expect(openingView(c, window, W, H, r)).toBe('clipped')
    expect(r.x).toBe(0)
    const [x, y] = pixel(c, new Vector3(8, 1.4, -SALOON.width / 2))
    expect(x).toBeGreaterThan(r.x)
    expect(x).toBeLessThan(r.x + r.w)
    expect(y).toBeGreaterThan(r.y)
    expect(y).toBeLessThan(r.y + r.h)
    // The window band, not the whole screen: floor and ceiling stay out.
    expect(r.h).toBeLessThan(H)
    const behind = new Box3(
      new Vector3(1, SALOON.sill, -SALOON.width / 2),
      new Vector3(4.5, SALOON.windowTop, -SALOON.width / 2),
    )
    expect(openingView(c, behind, W, H, rect())).toBe('hidden')
  })

  it('the narrowed projection puts every pixel where the full one does, at the same depth', () => {
    const c = camera(5, TOWARD_PLUS_X)
    const r = rect()
    portalView(c, 10, DOOR, 1, W, H, r)
    const narrowed = portalProjection(c.projectionMatrix, r, W, H, new Matrix4())
    for (const p of [new Vector3(10, 1, GANGWAY.walkZ), new Vector3(14, 0.3, -1), new Vector3(12, 2.2, 1.5)]) {
      const full = pixel(c, p)
      const through = pixel(c, p, narrowed, r)
      expect(through[0]).toBeCloseTo(full[0]!, 6)
      expect(through[1]).toBeCloseTo(full[1]!, 6)
      expect(through[2]).toBeCloseTo(full[2]!, 9)
    }
  })

  it('unites rectangles, and anything with a full view is full', () => {
    const acc = rect()
    let v = unite('hidden', acc, 'clipped', { x: 10, y: 20, w: 30, h: 40 })
    v = unite(v, acc, 'clipped', { x: 100, y: 0, w: 10, h: 10 })
    expect(v).toBe('clipped')
    expect(acc).toEqual({ x: 10, y: 0, w: 100, h: 60 })
    expect(unite(v, acc, 'hidden', acc)).toBe('clipped')
    expect(unite(v, acc, 'full', acc)).toBe('full')
  })

  it('narrows a rectangle to its overlap with another, and finds none where they miss', () => {
    const r = { x: 10, y: 20, w: 100, h: 50 }
    expect(intersect(r, { x: 50, y: 0, w: 200, h: 40 })).toBe('clipped')
    expect(r).toEqual({ x: 50, y: 20, w: 60, h: 20 })
    expect(intersect(r, { x: 200, y: 20, w: 10, h: 10 })).toBe('hidden')
  })
})
