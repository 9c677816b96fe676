import { describe, expect, it } from 'vitest'
import { type MarkerSlot, type ScreenBox, spreadMarkers } from '../../src/hotspots/markerLayout'

const W = 800
const H = 450
const SIZE = 48
const slot = (x: number, y: number): MarkerSlot => ({ x, y })
const minGap = (s: MarkerSlot[]) => {
  let d = Infinity
  for (let i = 0; i < s.length; i++)
    for (let j = i + 1; j < s.length; j++) d = Math.min(d, Math.hypot(s[i]!.x - s[j]!.x, s[i]!.y - s[j]!.y))
  return d
}

describe('spreading markers', () => {
  it('leaves markers that do not touch where they are', () => {
    const s = [slot(100, 100), slot(300, 100), slot(100, 300)]
    spreadMarkers(s, 3, SIZE, [], W, H)
    expect(s).toEqual([slot(100, 100), slot(300, 100), slot(100, 300)])
  })

  it('parts two markers on the same spot, and three in a cluster, to a marker apart', () => {
    const two = [slot(400, 200), slot(400, 200)]
    spreadMarkers(two, 2, SIZE, [], W, H)
    expect(minGap(two)).toBeGreaterThanOrEqual(SIZE - 0.5)
    const three = [slot(400, 200), slot(405, 203), slot(398, 210)]
    spreadMarkers(three, 3, SIZE, [], W, H)
    expect(minGap(three)).toBeGreaterThanOrEqual(SIZE - 0.5)
    // Still near their objects: each moved less than two markers' width.
    for (const [i, p] of three.entries())
      expect(Math.hypot(p.x - [400, 405, 398][i]!, p.y - [200, 203, 210][i]!)).toBeLessThan(2 * SIZE)
  })

  it('keeps markers out from under the HUD and on the screen', () => {
    const hud: ScreenBox = { left: 0, top: 0, right: 300, bottom: 90 }
    const s = [slot(150, 40), slot(795, 200), slot(-20, 440)]
    spreadMarkers(s, 3, SIZE, [hud], W, H)
    expect(s[0]!.y).toBeGreaterThanOrEqual(90 + SIZE / 2)
    for (const p of s) {
      expect(p.x).toBeGreaterThanOrEqual(SIZE / 2)
      expect(p.x).toBeLessThanOrEqual(W - SIZE / 2)
      expect(p.y).toBeLessThanOrEqual(H - SIZE / 2)
    }
  })

  it('only moves the first `count` slots', () => {
    const s = [slot(400, 200), slot(400, 200), slot(400, 200)]
    spreadMarkers(s, 1, SIZE, [], W, H)
    expect(s[1]).toEqual(slot(400, 200))
  })
})
