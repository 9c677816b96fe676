import { type Rect, rect } from '../geometry/floorPlan'
import { type Part, box, face, slab } from '../geometry/parts'
import type { WorldRoom } from '../player/world'
import type { CarriageSlot } from '../train/layout'
import { FACE_ALONG_TRAIN, SIDE_DOOR, VISITOR } from '../train/dimensions'
import type { ShellPlan } from '../train/types'
import { RAIL_TOP, outerHalfWidth } from './exterior'

/**
 * The station platform beside the train: all of it our reconstruction (no station,
 * platform or stop is described in the reports). A low platform, as at many Chinese
 * and Korean stations, so the whole side of the train shows, bogies included.
 */
export const PLATFORM_PLAN = {
  /** The side of the train it is on, where the rooms' side doors are (SIDE_DOOR): the left walking forward. */
  side: SIDE_DOOR.side,
  /** Its surface: a step below the carriage floor (y 0), a little above the rails. */
  top: -0.5,
  /** From the carriages' outer side to its edge. */
  gap: 0.3,
  width: 5.5,
  /** Beyond the train's front (room for its locomotives) and its back. */
  ahead: 56,
  behind: 14,
  /** Canopy pillars, apart along the platform and in from its edge. */
  pillarEvery: 12,
  pillarIn: 3.6,
  canopy: 3.3,
  /** A signal at the platform's head, by its edge: where the hotspot on who drives the train in China stands. */
  signal: { in: 9, from: 0.7, height: 3.2 },
  /** The station building along the platform's far side: what the windows on this side look out on. */
  building: { height: 5.2, windowEvery: 4, window: [1.4, 1.8] as const, sill: 1.0 },
} as const

const GROUND = -1.15
const PALETTE = {
  surface: 0x9a958c,
  edge: 0xb8b2a6,
  line: 0xe2bd36,
  pillar: 0x5e6a64,
  canopy: 0xd9d6cf,
  building: 0xd8cdb4,
  windows: 0x4a5a66,
  rail: 0x6d6a66,
  ballast: 0x8a8378,
} as const

/** The platform's extent: along the train from its front (and locomotives) to its back, and across. */
export interface PlatformExtent {
  x0: number
  x1: number
  /** Its edge, next to the train, and its far side (z; the far side is further out). */
  edge: number
  far: number
}

export function platformExtent(
  slots: readonly CarriageSlot[],
  shells: readonly Pick<ShellPlan, 'halfWidth' | 'endWall'>[],
): PlatformExtent {
  const widest = Math.max(...shells.map(outerHalfWidth))
  const edge = PLATFORM_PLAN.side * (widest + PLATFORM_PLAN.gap)
  return {
    x0: (slots[0]?.spanStart ?? 0) - PLATFORM_PLAN.ahead,
    x1: (slots[slots.length - 1]?.spanEnd ?? 0) + PLATFORM_PLAN.behind,
    edge,
    far: edge + PLATFORM_PLAN.side * PLATFORM_PLAN.width,
  }
}

const pillarXs = (e: PlatformExtent) => {
  const xs: number[] = []
  for (let x = e.x0 + PLATFORM_PLAN.pillarEvery / 2; x < e.x1; x += PLATFORM_PLAN.pillarEvery) xs.push(x)
  return xs
}
const pillarZ = (e: PlatformExtent) => e.edge + PLATFORM_PLAN.side * PLATFORM_PLAN.pillarIn

/** The signal's post, on the platform: its foot (x, z) and the lamps' height. */
export function signalAt(e: PlatformExtent): { x: number; z: number; lamps: number } {
  const g = PLATFORM_PLAN.signal
  return { x: e.x0 + g.in, z: e.edge + PLATFORM_PLAN.side * g.from, lamps: PLATFORM_PLAN.top + g.height - 0.45 }
}

/** A colour-light signal: a post, and a dark head with a green and a red lamp facing along the train. */
function signal(e: PlatformExtent): Part[] {
  const { x, z, lamps } = signalAt(e)
  const top = PLATFORM_PLAN.top + PLATFORM_PLAN.signal.height
  return [
    {
      ...box([0.14, top - PLATFORM_PLAN.top, 0.14], [x, (top + PLATFORM_PLAN.top) / 2, z], PALETTE.pillar),
      hide: ['-y'],
    },
    { ...box([0.12, 0.9, 0.4], [x + 0.13, lamps, z], 0x202326), hide: ['-y'] },
    face([0, 0.16, 0.16], [x + 0.2, lamps + 0.2, z], '+x', 0x39d46a, 'glow'),
    face([0, 0.16, 0.16], [x + 0.2, lamps - 0.2, z], '+x', 0x8a2a22, 'gloss'),
  ]
}

/** What is drawn: the platform, its edge line, the canopy and its pillars, and the rails. */
export function platformParts(e: PlatformExtent): Part[] {
  const len = e.x1 - e.x0
  const mid = (e.x0 + e.x1) / 2
  const z0 = Math.min(e.edge, e.far)
  const z1 = Math.max(e.edge, e.far)
  const cz = (z0 + z1) / 2
  const toTrain = PLATFORM_PLAN.side < 0 ? '+z' : '-z'
  const parts: Part[] = [
    face([len, 0, z1 - z0], [mid, PLATFORM_PLAN.top, cz], '+y', PALETTE.surface),
    face([len, PLATFORM_PLAN.top - GROUND, 0], [mid, (PLATFORM_PLAN.top + GROUND) / 2, e.edge], toTrain, PALETTE.edge),
    face([len, 0, 0.12], [mid, PLATFORM_PLAN.top + 0.002, e.edge + PLATFORM_PLAN.side * 0.55], '+y', PALETTE.line),
    face([len, 0, 4.2], [mid, PLATFORM_PLAN.top + PLATFORM_PLAN.canopy, pillarZ(e)], '-y', PALETTE.canopy),
  ]
  // The station building's front, facing the train, with a row of windows.
  const b = PLATFORM_PLAN.building
  const front = e.far + PLATFORM_PLAN.side * 0.05
  parts.push(face([len, b.height, 0], [mid, PLATFORM_PLAN.top + b.height / 2, front], toTrain, PALETTE.building))
  for (let x = e.x0 + b.windowEvery / 2; x < e.x1; x += b.windowEvery)
    parts.push(
      face(
        [b.window[0], b.window[1], 0],
        [x, PLATFORM_PLAN.top + b.sill + b.window[1] / 2, front - PLATFORM_PLAN.side * 0.02],
        toTrain,
        PALETTE.windows,
        'gloss',
      ),
    )
  for (const x of pillarXs(e))
    parts.push({
      ...box(
        [0.24, PLATFORM_PLAN.canopy, 0.24],
        [x, PLATFORM_PLAN.top + PLATFORM_PLAN.canopy / 2, pillarZ(e)],
        PALETTE.pillar,
      ),
      hide: ['-y', '+y'],
    })
  parts.push(...signal(e))
  // Ballast under the train: from inside the floor hides it, from the platform it shows between the wheels.
  parts.push(face([len, 0, 3.6], [mid, GROUND + 0.25, 0], '+y', PALETTE.ballast))
  for (const z of [-0.7175, 0.7175])
    parts.push({
      ...slab(e.x0, e.x1, RAIL_TOP - 0.15, RAIL_TOP, z - 0.035, z + 0.035, PALETTE.rail, 'gloss'),
      hide: ['-y', '-x', '+x'],
    })
  return parts
}

/**
 * The platform in the collision world: its floor, the step from each side door (x0..x1
 * in world coordinates, from the body's outer side `outer` across) to its edge, and the
 * pillars the visitor walks round.
 */
export function platformWorld(
  e: PlatformExtent,
  doors: readonly { x0: number; x1: number; side: number; outer: number }[],
): WorldRoom {
  const z0 = Math.min(e.edge, e.far)
  const z1 = Math.max(e.edge, e.far)
  const floors: Rect[] = [rect(e.x0, e.x1, z0, z1)]
  for (const d of doors) {
    const body = d.side * d.outer
    floors.push(rect(d.x0, d.x1, Math.min(body, e.edge), Math.max(body, e.edge)))
  }
  const blockers = pillarXs(e).map((x) => rect(x - 0.12, x + 0.12, pillarZ(e) - 0.12, pillarZ(e) + 0.12))
  const post = signalAt(e)
  blockers.push(rect(post.x - 0.1, post.x + 0.35, post.z - 0.22, post.z + 0.22))
  return { minX: e.x0, maxX: e.x1, floors, blockers, sightBlockers: [] }
}

/**
 * Whether a point of the floor plan is out on the platform: past the carriages' outer
 * side, on the platform's side, the step from a side door included (from there the
 * train is seen from outside; inside the wall's thickness it is still the room).
 */
export const onPlatform = (e: PlatformExtent, z: number): boolean =>
  (z - (e.edge - PLATFORM_PLAN.side * PLATFORM_PLAN.gap)) * PLATFORM_PLAN.side >= 0

/**
 * The floor's height under a point at z across: the carriage floor (0) inside, the
 * platform's top beyond its edge, and between, over the step from a side door, a slope
 * from one to the other, so the eyes go down as the visitor steps out, not at a jump.
 */
export function floorAt(e: PlatformExtent, z: number): number {
  const body = e.edge - PLATFORM_PLAN.side * PLATFORM_PLAN.gap
  const t = Math.min(1, Math.max(0, ((z - body) * PLATFORM_PLAN.side) / PLATFORM_PLAN.gap))
  return t * PLATFORM_PLAN.top
}

/** The visitor's eyes over a point at z across: the floor there (floorAt) and the eye height above it. */
export const eyeAt = (e: PlatformExtent, z: number): number => floorAt(e, z) + VISITOR.eyeHeight

/** Where `#/platform` puts the visitor: at the platform's head, ahead of the locomotives, looking along the train. */
export function platformSpawn(e: PlatformExtent): { x: number; z: number; yaw: number } {
  // Turned a little toward the track, so the locomotives and the carriages behind them read at once.
  return { x: e.x0 + 4, z: e.edge + PLATFORM_PLAN.side * 3.0, yaw: FACE_ALONG_TRAIN + PLATFORM_PLAN.side * 0.3 }
}
