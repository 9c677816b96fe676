import { GANGWAY } from '../train/dimensions'
import { type Rect, circleHitsRect, containsPoint, offsetRect, rect, segmentHitsRect } from '../geometry/floorPlan'
import type { CarriageSlot } from '../train/layout'
import type { ShellPlan } from '../train/types'

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
   * in train order, then the platform's (see places/train.ts): a question about a point
   * or a sight line looks only at the rooms it touches, so a longer train costs a step
   * or a marker nothing more.
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

/** What the collision world needs of a room: its shell plan and length, and its furniture's footprints. */
export interface RoomPlan {
  length: number
  shell: Pick<ShellPlan, 'collision' | 'door' | 'endWall'>
  obstacles: readonly Rect[]
  occluders?: readonly Rect[]
}

/** The rooms' extent along x, from the rectangles they hold. */
function extent(room: WorldRoom): void {
  for (const r of [...room.blockers, ...room.floors, ...room.sightBlockers]) {
    room.minX = Math.min(room.minX, r.minX)
    room.maxX = Math.max(room.maxX, r.maxX)
  }
}

/**
 * The world from each room's shell plan (its floor and walls) and furniture, placed by
 * the layout, and the gangways between them: a passage as wide as both rooms' doors,
 * with the bellows either side.
 */
export function buildWorld(slots: readonly CarriageSlot[], plans: readonly RoomPlan[]): World {
  const rooms: WorldRoom[] = slots.map(() => ({
    minX: Infinity,
    maxX: -Infinity,
    blockers: [],
    floors: [],
    sightBlockers: [],
  }))
  slots.forEach((slot, i) => {
    const room = rooms[i]!
    const plan = plans[i]!
    const ends = { prev: i > 0, next: i < slots.length - 1 }
    const { floors, walls } = plan.shell.collision(plan.length, ends)
    for (const f of floors) room.floors.push(offsetRect(f, slot.start))
    for (const w of walls) {
      const placed = offsetRect(w, slot.start)
      room.blockers.push(placed)
      room.sightBlockers.push(placed)
    }
    for (const o of plan.obstacles) room.blockers.push(offsetRect(o, slot.start))
    for (const o of plan.occluders ?? []) room.sightBlockers.push(offsetRect(o, slot.start))
    if (ends.next) {
      const next = slots[i + 1]!
      const a = plan.shell.door
      const b = plans[i + 1]!.shell.door
      const z0 = Math.max(a.z0, b.z0)
      const z1 = Math.min(a.z1, b.z1)
      // The passage: through this door, over the gangway, through the next door. Both
      // rooms hold it, so a visitor in the doorway of either finds it.
      const passage = [rect(slot.end, next.start, z0, z1)]
      const x0 = slot.end + plan.shell.endWall
      const x1 = next.start - plans[i + 1]!.shell.endWall
      const sides = [rect(x0, x1, z0 - GANGWAY.bellows, z0), rect(x0, x1, z1, z1 + GANGWAY.bellows)]
      for (const r of [room, rooms[i + 1]!]) {
        r.floors.push(...passage)
        r.blockers.push(...sides)
      }
    }
  })
  rooms.forEach(extent)
  const all = (pick: (r: WorldRoom) => Rect[]) => [...new Set(rooms.flatMap(pick))]
  return {
    blockers: all((r) => r.blockers),
    floors: all((r) => r.floors),
    sightBlockers: all((r) => r.sightBlockers),
    rooms,
  }
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
export function nearestFree(
  world: World,
  x: number,
  z: number,
  radius: number,
  reach = 0.8,
): { x: number; z: number } | null {
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
