import type { HotspotData } from '../content/schema'
import type { Vec3 } from '../geometry/parts'
import { type World, inSight, nearestFree } from '../player/world'
import type { Pose } from '../player/walking'
import { FACE_ALONG_TRAIN, GANGWAY, VISITOR } from '../train/dimensions'
import type { CarriageSlot } from '../train/layout'
import type { CarriageManifest } from '../train/types'

/** A hotspot placed in the train: its content plus where it is in the world. */
export interface Hotspot extends HotspotData {
  carriageIndex: number
  position: Vec3
}

/** Places each hotspot at its carriage's anchor (plus offset), in world coordinates. */
export function resolveHotspots(
  data: readonly HotspotData[],
  carriages: readonly CarriageManifest[],
  slots: readonly CarriageSlot[],
): Hotspot[] {
  const out: Hotspot[] = []
  for (const h of data) {
    const i = carriages.findIndex((c) => c.id === h.carriage)
    const anchor = carriages[i]?.anchors[h.anchor]
    if (!anchor) continue
    const [ox, oy, oz] = h.offset ?? [0, 0, 0]
    out.push({ ...h, carriageIndex: i, position: [slots[i]!.start + anchor[0] + ox, anchor[1] + oy, anchor[2] + oz] })
  }
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

/** The yaw and pitch that look from an eye at (x, eyeY, z) toward a point. */
export function lookAngles(x: number, z: number, target: Vec3): { yaw: number; pitch: number } {
  const dx = target[0] - x
  const dz = target[2] - z
  const flat = Math.hypot(dx, dz)
  const yaw = flat < 1e-6 ? FACE_ALONG_TRAIN : Math.atan2(-dx, -dz)
  const exact = Math.atan2(target[1] - VISITOR.eyeHeight, Math.max(flat, 0.3))
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
