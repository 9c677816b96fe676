import type { Rect } from '../geometry/floorPlan'
import { type World, onFloor, touches } from './world'

/** A position on the floor plan. Callers own it; functions here write into it. */
export interface Point2 {
  x: number
  z: number
}

const MAX_SUBSTEP = 0.05
const PUSH_ITERATIONS = 4

/** Pushes a circle out of one box; returns true when it had to move. */
function pushOut(p: Point2, b: Rect, radius: number): boolean {
  const cx = Math.max(b.minX, Math.min(p.x, b.maxX))
  const cz = Math.max(b.minZ, Math.min(p.z, b.maxZ))
  const dx = p.x - cx
  const dz = p.z - cz
  const d2 = dx * dx + dz * dz
  if (d2 >= radius * radius) return false
  if (d2 > 1e-12) {
    const d = Math.sqrt(d2)
    p.x = cx + (dx / d) * radius
    p.z = cz + (dz / d) * radius
    return true
  }
  // Centre inside the box: leave by the shortest way.
  const left = p.x - b.minX + radius
  const right = b.maxX - p.x + radius
  const back = p.z - b.minZ + radius
  const front = b.maxZ - p.z + radius
  const m = Math.min(left, right, back, front)
  if (m === left) p.x = b.minX - radius
  else if (m === right) p.x = b.maxX + radius
  else if (m === back) p.z = b.minZ - radius
  else p.z = b.maxZ + radius
  return true
}

/** Pushes the circle out of every blocker; false when it is wedged in a gap narrower than itself. */
function resolve(world: World, p: Point2, radius: number): boolean {
  for (let i = 0; i < PUSH_ITERATIONS; i++) {
    let moved = false
    for (const room of world.rooms) {
      if (!touches(room, p.x - radius, p.x + radius)) continue
      for (const b of room.blockers) moved = pushOut(p, b, radius) || moved
    }
    if (!moved) return true
  }
  return false
}

/**
 * Moves `p` by (dx, dz), sliding along whatever it meets. Sub-steps keep a fast
 * visitor on a slow frame from tunnelling through a thin wall. A step that would end
 * off the train's floor, or wedged between two blockers, is refused: the visitor
 * stays where they last stood free.
 */
export function moveWithCollision(world: World, p: Point2, dx: number, dz: number, radius: number): void {
  const dist = Math.hypot(dx, dz)
  const steps = Math.max(1, Math.ceil(dist / MAX_SUBSTEP))
  const sx = dx / steps
  const sz = dz / steps
  for (let i = 0; i < steps; i++) {
    const ox = p.x
    const oz = p.z
    p.x += sx
    p.z += sz
    if (!resolve(world, p, radius) || !onFloor(world, p.x, p.z)) {
      p.x = ox
      p.z = oz
      return
    }
  }
}
