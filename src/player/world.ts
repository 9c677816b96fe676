import { HALF_WIDTH, SHELL } from '../train/dimensions'
import { type Rect, circleHitsRect, containsPoint, offsetRect, rect, segmentHitsRect } from '../train/geometry2d'
import { type CarriageSlot, JOINT } from '../train/layout'

/** What the floor plan of one carriage contributes to collision, in its own coordinates. */
export interface CarriagePlan {
  obstacles: readonly Rect[]
  occluders?: readonly Rect[]
}

/**
 * The collision world of the whole train, in world coordinates. Kept apart from the
 * visual model: walls are thick boxes, furniture is its footprint.
 */
export interface World {
  /** Boxes the visitor cannot enter. */
  blockers: Rect[]
  /** Floor the visitor may stand on: interiors and the door passages between them. */
  floors: Rect[]
  /** What hides one point from another: walls and furniture above eye level. */
  sightBlockers: Rect[]
  /**
   * The same rectangles per room (its walls, furniture and the gangways at its ends),
   * in train order: a question about a point or a sight line looks only at the rooms
   * it touches, so a longer train costs a step or a marker nothing more.
   */
  rooms: WorldRoom[]
}

export interface WorldRoom {
  /** The stretch along x that holds everything below. */
  minX: number
  maxX: number
  blockers: Rect[]
  floors: Rect[]
  sightBlockers: Rect[]
}

/** Whether a room's stretch overlaps x0..x1: only such rooms hold what a question there can meet. */
export const touches = (room: WorldRoom, x0: number, x1: number): boolean => room.maxX >= x0 && room.minX <= x1

const T = SHELL.wall
const doorMin = SHELL.walkZ - SHELL.doorWidth / 2
const doorMax = SHELL.walkZ + SHELL.doorWidth / 2
const outer = HALF_WIDTH + T

/** Walls of an end of a carriage at x0..x1; a door gap when it joins a neighbour. */
function endWall(x0: number, x1: number, open: boolean, into: Rect[]): void {
  if (!open) {
    into.push(rect(x0, x1, -outer, outer))
    return
  }
  into.push(rect(x0, x1, -outer, doorMin), rect(x0, x1, doorMax, outer))
}

export function buildWorld(slots: readonly CarriageSlot[], plans: readonly CarriagePlan[]): World {
  const rooms: WorldRoom[] = slots.map((slot) => ({ minX: slot.start - JOINT, maxX: slot.end + JOINT, blockers: [], floors: [], sightBlockers: [] }))
  slots.forEach((slot, i) => {
    const room = rooms[i]!
    const walls: Rect[] = []
    const hasPrev = i > 0
    const hasNext = i < slots.length - 1
    room.floors.push(rect(slot.start, slot.end, -HALF_WIDTH, HALF_WIDTH))
    walls.push(rect(slot.start - T, slot.end + T, -outer, -HALF_WIDTH))
    walls.push(rect(slot.start - T, slot.end + T, HALF_WIDTH, outer))
    endWall(slot.start - T, slot.start, hasPrev, walls)
    endWall(slot.end, slot.end + T, hasNext, walls)
    room.blockers.push(...walls)
    room.sightBlockers.push(...walls)
    for (const o of plans[i]?.obstacles ?? []) room.blockers.push(offsetRect(o, slot.start))
    for (const o of plans[i]?.occluders ?? []) room.sightBlockers.push(offsetRect(o, slot.start))
    if (hasNext) {
      const next = slots[i + 1]!
      // The passage: through this door, over the gangway, through the next door. Both
      // rooms hold it, so a visitor in the doorway of either finds it.
      const passage = [rect(slot.end, next.start, doorMin, doorMax)]
      const sides = [rect(slot.end + T, next.start - T, doorMin - T, doorMin), rect(slot.end + T, next.start - T, doorMax, doorMax + T)]
      for (const r of [room, rooms[i + 1]!]) {
        r.floors.push(...passage)
        r.blockers.push(...sides)
      }
    }
  })
  const all = (pick: (r: WorldRoom) => Rect[]) => [...new Set(rooms.flatMap(pick))]
  return { blockers: all((r) => r.blockers), floors: all((r) => r.floors), sightBlockers: all((r) => r.sightBlockers), rooms }
}

/** How far short of a target the sight line stops: a marker sits on, not in, its object. */
const SIGHT_MARGIN = 0.15

/** Whether nothing tall stands between an eye at (ax, az) and a point at (bx, bz). */
export function inSight(world: World, ax: number, az: number, bx: number, bz: number): boolean {
  const len = Math.hypot(bx - ax, bz - az)
  if (len <= SIGHT_MARGIN) return true
  const k = (len - SIGHT_MARGIN) / len
  const ex = ax + (bx - ax) * k
  const ez = az + (bz - az) * k
  const x0 = Math.min(ax, ex)
  const x1 = Math.max(ax, ex)
  for (const room of world.rooms) {
    if (!touches(room, x0, x1)) continue
    for (const r of room.sightBlockers) if (segmentHitsRect(r, ax, az, ex, ez)) return false
  }
  return true
}

/** True when (x, z) is on the train's floor: an interior or a door passage. */
export function onFloor(world: World, x: number, z: number): boolean {
  for (const room of world.rooms) {
    if (!touches(room, x, x)) continue
    for (const f of room.floors) if (containsPoint(f, x, z)) return true
  }
  return false
}

/** True when a visitor standing at (x, z) overlaps nothing. */
export function isFree(world: World, x: number, z: number, radius: number): boolean {
  if (!onFloor(world, x, z)) return false
  for (const room of world.rooms) {
    if (!touches(room, x - radius, x + radius)) continue
    for (const b of room.blockers) if (circleHitsRect(b, x, z, radius)) return false
  }
  return true
}

const RING_STEP = 0.1
const RING_DIRECTIONS = 16

/**
 * The free spot nearest to (x, z), searching outward up to `reach` metres: a click just
 * beside a couch still walks the visitor up to it. Null when nothing free is that close
 * (a click outside the train, say).
 */
export function nearestFree(world: World, x: number, z: number, radius: number, reach = 0.8): { x: number; z: number } | null {
  if (isFree(world, x, z, radius)) return { x, z }
  for (let r = RING_STEP; r <= reach + 1e-9; r += RING_STEP) {
    for (let k = 0; k < RING_DIRECTIONS; k++) {
      const a = (k / RING_DIRECTIONS) * Math.PI * 2
      const px = x + Math.cos(a) * r
      const pz = z + Math.sin(a) * r
      if (isFree(world, px, pz, radius)) return { x: px, z: pz }
    }
  }
  return null
}
