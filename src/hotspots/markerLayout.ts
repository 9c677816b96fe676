/** A box on the screen, in CSS pixels from the top left. */
export interface ScreenBox {
  left: number
  top: number
  right: number
  bottom: number
}

/** A marker's centre on the screen, moved in place by `spreadMarkers`. */
export interface MarkerSlot {
  x: number
  y: number
}

const ROUNDS = 24
/** Scratch for leaveBox: four candidate points, x then y. */
const _exits = new Float64Array(8)

/** Whether (x, y) lies inside box `b` grown by `r`. */
const inside = (b: ScreenBox, r: number, x: number, y: number): boolean =>
  x > b.left - r && x < b.right + r && y > b.top - r && y < b.bottom + r

/**
 * Moves a point out of box `k` (grown by `r`) by the shortest way that stays on screen,
 * preferring a way that does not land under another box.
 */
function leaveBox(
  p: MarkerSlot,
  k: number,
  boxes: readonly ScreenBox[],
  r: number,
  width: number,
  height: number,
): boolean {
  const b = boxes[k]!
  if (!inside(b, r, p.x, p.y)) return false
  // The four ways out: left, right, up, down.
  _exits[0] = b.left - r
  _exits[1] = p.y
  _exits[2] = b.right + r
  _exits[3] = p.y
  _exits[4] = p.x
  _exits[5] = b.top - r
  _exits[6] = p.x
  _exits[7] = b.bottom + r
  let best = Infinity
  let pick = -1
  for (let e = 0; e < 8; e += 2) {
    const x = _exits[e]!
    const y = _exits[e + 1]!
    if (x < r || x > width - r || y < r || y > height - r) continue
    let d = Math.abs(x - p.x) + Math.abs(y - p.y)
    for (let i = 0; i < boxes.length; i++) if (i !== k && inside(boxes[i]!, r, x, y)) d += width + height
    if (d < best) {
      best = d
      pick = e
    }
  }
  if (pick < 0) return false
  p.x = _exits[pick]!
  p.y = _exits[pick + 1]!
  return true
}

/**
 * Spreads the first `count` markers so that none covers another (centres at least `size`
 * apart) and none lies under the page's own overlays (`keepOut`: the HUD, the room list,
 * an open panel), keeping each as near its object as it can and on the screen. Every
 * marker stays where it can be clicked or tapped: none is hidden to make room. Works in
 * place and allocates nothing: the scene runs it on every drawn frame.
 */
export function spreadMarkers(
  slots: MarkerSlot[],
  count: number,
  size: number,
  keepOut: readonly ScreenBox[],
  width: number,
  height: number,
): void {
  const r = size / 2
  for (let round = 0; round < ROUNDS; round++) {
    let moved = false
    for (let i = 0; i < count; i++) {
      for (let j = i + 1; j < count; j++) {
        const a = slots[i]!
        const b = slots[j]!
        let dx = b.x - a.x
        let dy = b.y - a.y
        let d = Math.hypot(dx, dy)
        if (d >= size - 0.5) continue
        // Exactly on top of each other: part them up and down, in content order.
        if (d < 1e-3) {
          dx = 0
          dy = 1
          d = 1
        } else {
          dx /= d
          dy /= d
        }
        const push = (size - d) / 2 + 0.5
        a.x -= dx * push
        a.y -= dy * push
        b.x += dx * push
        b.y += dy * push
        moved = true
      }
    }
    for (let i = 0; i < count; i++) {
      const p = slots[i]!
      const x = Math.min(width - r, Math.max(r, p.x))
      const y = Math.min(height - r, Math.max(r, p.y))
      if (x !== p.x || y !== p.y) {
        p.x = x
        p.y = y
        moved = true
      }
      for (let k = 0; k < keepOut.length; k++) if (leaveBox(p, k, keepOut, r, width, height)) moved = true
    }
    if (!moved) return
  }
}
