import type { HotspotData } from '../content/schema'
import type { Vec3 } from '../geometry/parts'
import { type World, inSight, nearestFree } from '../player/world'
import type { Pose } from '../player/walking'
import { FACE_ALONG_TRAIN, GANGWAY, VISITOR } from '../train/dimensions'
import type { CarriageSlot } from '../train/layout'
import type { CarriageManifest } from '../train/types'

/**
 * A hotspot placed in the train: its content plus where it is in the world. A panel
 * with markers in other places too (HotspotData's `also`) is one entry per place, all
 * with its id; `home` marks the one in the panel's own place.
 */
export interface Hotspot extends HotspotData {
  /** Its carriage's index in the train; OUTSIDE for one on the platform. */
  carriageIndex: number
  position: Vec3
  home: boolean
}

/** The carriage index of a hotspot outside the train (its `carriage` is the platform's place id). */
export const OUTSIDE = -1

/**
 * Places each hotspot at its carriage's anchor (plus offset), in world coordinates, and
 * once more at each of its `also` places; one whose carriage is `outside.place` at one
 * of `outside.anchors` (world coordinates already: exterior/anchors.ts).
 */
export function resolveHotspots(
  data: readonly HotspotData[],
  carriages: readonly CarriageManifest[],
  slots: readonly CarriageSlot[],
  outside?: { place: string; anchors: Readonly<Record<string, Vec3>> },
): Hotspot[] {
  const out: Hotspot[] = []
  const place = (h: HotspotData, at: Pick<HotspotData, 'carriage' | 'anchor' | 'offset'>, home: boolean) => {
    const [ox, oy, oz] = at.offset ?? [0, 0, 0]
    const here = { carriage: at.carriage, anchor: at.anchor, offset: at.offset, home }
    if (outside && at.carriage === outside.place) {
      const a = outside.anchors[at.anchor]
      if (a) out.push({ ...h, ...here, carriageIndex: OUTSIDE, position: [a[0] + ox, a[1] + oy, a[2] + oz] })
      return a !== undefined
    }
    const i = carriages.findIndex((c) => c.id === at.carriage)
    const anchor = carriages[i]?.anchors[at.anchor]
    if (!anchor) return false
    out.push({
      ...h,
      ...here,
      carriageIndex: i,
      position: [slots[i]!.start + anchor[0] + ox, anchor[1] + oy, anchor[2] + oz],
    })
    return true
  }
  for (const h of data) if (place(h, h, true)) for (const a of h.also ?? []) place(h, a, false)
  return out
}

/**
 * Moves one carriage's hotspots to the anchors a model file carries (its `anchor_*`
 * empties, in the room's frame), in place of the computed anchors of the same name:
 * an artist's room or object puts its hotspots where its things are. Returns how many moved.
 */
export function moveToAnchors(
  hotspots: readonly Hotspot[],
  carriageId: string,
  slots: readonly CarriageSlot[],
  anchors: Readonly<Record<string, Vec3>>,
): number {
  let moved = 0
  for (const h of hotspots) {
    const a = h.carriage === carriageId ? anchors[h.anchor] : undefined
    if (!a) continue
    const [ox, oy, oz] = h.offset ?? [0, 0, 0]
    h.position = [slots[h.carriageIndex]!.start + a[0] + ox, a[1] + oy, a[2] + oz]
    moved++
  }
  return moved
}

/**
 * How far up or down a visitor is turned to face a hotspot. Markers sit at the top of
 * tall things and on the floor beside low ones; within these bounds the marker stays in
 * view while the view stays on the room rather than on the ceiling or the carpet.
 */
export const FACE_PITCH = { min: -0.4, max: 0.1 } as const

/** The yaw and pitch that look from an eye at (x, eye, z) toward a point. */
export function lookAngles(
  x: number,
  z: number,
  target: Vec3,
  eye: number = VISITOR.eyeHeight,
): { yaw: number; pitch: number } {
  const dx = target[0] - x
  const dz = target[2] - z
  const flat = Math.hypot(dx, dz)
  const yaw = flat < 1e-6 ? FACE_ALONG_TRAIN : Math.atan2(-dx, -dz)
  const exact = Math.atan2(target[1] - eye, Math.max(flat, 0.3))
  return { yaw, pitch: Math.max(FACE_PITCH.min, Math.min(FACE_PITCH.max, exact)) }
}

/** Distances along the walkway to try standing at, best first (short of the hotspot, then past it). */
const VIEW_DISTANCES = [2.2, 1.6, 2.9, 1.1, 3.6, 4.5]

/**
 * Where a deep link puts the visitor: on the walkway, a couple of metres from the
 * hotspot, free to stand and with nothing tall in the way, looking at it.
 */
export function viewpointFor(h: Hotspot, slot: CarriageSlot, world: World): Pose {
  const [hx, , hz] = h.position
  const candidates = VIEW_DISTANCES.flatMap((d) => [hx - d, hx + d]).filter(
    (x) => x >= slot.start + 0.5 && x <= slot.end - 0.5,
  )
  for (const x of candidates) {
    const spot = nearestFree(world, x, GANGWAY.walkZ, VISITOR.radius, 0.5)
    if (spot && inSight(world, spot.x, spot.z, hx, hz))
      return { x: spot.x, z: spot.z, ...lookAngles(spot.x, spot.z, h.position) }
  }
  const x = Math.min(slot.end - 0.6, Math.max(slot.start + 0.6, hx))
  return { x, z: GANGWAY.walkZ, ...lookAngles(x, GANGWAY.walkZ, h.position) }
}

/** Along the platform from a hotspot outside, ahead and behind, where to try standing. */
const PLATFORM_DISTANCES = [3.6, 4.6, 2.8, 5.6]

/**
 * Where a deep link to a hotspot outside puts the visitor: on the platform, a couple of
 * metres out from the train and along it from the hotspot (never in front of it, where
 * the marker would sit under the visitor's feet), looking at it with the platform's eyes.
 */
export function viewpointOnPlatform(h: Hotspot, world: World, standZ: number, eye: number): Pose {
  const [hx] = h.position
  for (const d of PLATFORM_DISTANCES)
    for (const x of [hx + d, hx - d]) {
      const spot = nearestFree(world, x, standZ, VISITOR.radius, 0.5)
      if (spot) return { x: spot.x, z: spot.z, ...lookAngles(spot.x, spot.z, h.position, eye) }
    }
  return { x: hx + 3.6, z: standZ, ...lookAngles(hx + 3.6, standZ, h.position, eye) }
}
