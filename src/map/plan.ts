import type { Rect } from '../geometry/floorPlan'
import type { World } from '../player/world'
import type { CarriageSlot } from '../train/layout'
import type { CarriageManifest } from '../train/types'

/** A rectangle of a room's plan, metres, x from the room's entry wall, z across (0 on the centre line). */
export interface PlanRect {
  x0: number
  x1: number
  z0: number
  z1: number
}

/** One room of the map: its outline, windows and furniture from above, and its hotspots. */
export interface RoomPlan {
  id: string
  nameKey: string
  /** Its place in the train, from 0 at the front. */
  index: number
  /** Interior length and width, metres. */
  length: number
  width: number
  /** Window openings in its side walls, from its entry wall (x0..x1), on the left (-1) or right (+1). */
  windows: { x0: number; x1: number; side: 1 | -1 }[]
  /** Footprints of what stands in it (the collision world's furniture), clipped to the room. */
  furniture: PlanRect[]
  /** Its hotspots, where they stand in the plan. */
  hotspots: { id: string; x: number; z: number }[]
}

/** What the map needs of a hotspot: where it is (world x and z) and which room holds it. */
export interface PlacedHotspot {
  id: string
  carriage: string
  position: readonly [number, number, number]
}

const clip = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v))

/**
 * The map of the whole train, generated from what draws and walks it: the manifests
 * (length, shell plan and its windows), the layout's slots, the collision world's
 * furniture and the hotspots' positions. Nothing in it is drawn by hand, so a room
 * added to the registry, or a curator's moved hotspot, shows on the map as it is.
 */
export function trainPlan(
  carriages: readonly CarriageManifest[],
  slots: readonly CarriageSlot[],
  world: World,
  hotspots: readonly PlacedHotspot[],
): RoomPlan[] {
  return carriages.map((c, i) => {
    const slot = slots[i]!
    const hw = c.shell.halfWidth
    const inside = (r: Rect) => r.maxX > slot.start && r.minX < slot.end && r.maxZ > -hw && r.minZ < hw
    // The world's walls are thick boxes outside the interior; what stands inside it is furniture.
    const furniture = (world.rooms[i]?.blockers ?? []).filter(inside).map((r) => ({
      x0: clip(r.minX, slot.start, slot.end) - slot.start,
      x1: clip(r.maxX, slot.start, slot.end) - slot.start,
      z0: clip(r.minZ, -hw, hw),
      z1: clip(r.maxZ, -hw, hw),
    }))
    const windows = c.shell.windows(c.length).map((w) => ({ x0: w.x0, x1: w.x1, side: w.z > 0 ? 1 : -1 }) as const)
    return {
      id: c.id,
      nameKey: c.nameKey,
      index: i,
      length: c.length,
      width: 2 * hw,
      windows,
      furniture: furniture.filter((r) => r.x1 - r.x0 > 0.01 && r.z1 - r.z0 > 0.01),
      hotspots: hotspots
        .filter((h) => h.carriage === c.id)
        .map((h) => ({ id: h.id, x: h.position[0] - slot.start, z: clip(h.position[2], -hw, hw) })),
    }
  })
}

/** Where a visitor at world (x, z) stands on the map: a room and a point in its plan, or null outside every room. */
export function planPoint(
  slots: readonly CarriageSlot[],
  x: number,
  z: number,
): { index: number; x: number; z: number } | null {
  const i = slots.findIndex((s) => x >= s.spanStart && x < s.spanEnd)
  if (i < 0) return null
  const s = slots[i]!
  return { index: i, x: clip(x, s.start, s.end) - s.start, z }
}
