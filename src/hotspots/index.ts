import { CONTENT } from '../content'
import { CARRIAGES, SLOTS } from '../carriages/registry'
import { trainWorld } from '../player/trainWorld'
import type { Vec3 } from '../geometry/parts'
import { frame } from '../state/frame'
import { type Hotspot, moveToAnchors, resolveHotspots, viewpointFor } from './model'

/** Every valid hotspot of the train, in content order (which is also the Tab order). */
export const HOTSPOTS: readonly Hotspot[] = resolveHotspots(CONTENT.hotspots, CARRIAGES, SLOTS)

const byId = new Map(HOTSPOTS.map((h) => [h.id, h]))

export const hotspotById = (id: string | null | undefined): Hotspot | undefined => (id ? byId.get(id) : undefined)

export const hotspotsIn = (carriageId: string): Hotspot[] => HOTSPOTS.filter((h) => h.carriage === carriageId)

/** Where to stand to look at a hotspot: asked when the visitor goes there, once the train is built. */
export const viewpointOf = (h: Hotspot) => viewpointFor(h, SLOTS[h.carriageIndex]!, trainWorld())

/** The DOM buttons of the markers, by hotspot id: the scene positions them each frame. */
export const markerElements = new Map<string, HTMLButtonElement>()

/** A model file's anchors for a room, in the room's frame: that room's hotspots of those names move there. */
export function applyFileAnchors(carriageId: string, anchors: Readonly<Record<string, Vec3>>): void {
  if (moveToAnchors(HOTSPOTS, carriageId, SLOTS, anchors) > 0) frame.request()
}
