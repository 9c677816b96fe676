import { CONTENT } from '../content'
import { CARRIAGES, SLOTS } from '../carriages/registry'
import { trainWorld } from '../player/trainWorld'
import type { Vec3 } from '../geometry/parts'
import { frame } from '../state/frame'
import { PLATFORM, PLATFORM_AT, PLATFORM_ANCHORS } from '../places'
import { PLATFORM_PLAN, eyeAt } from '../exterior/platform'
import { type Hotspot, OUTSIDE, moveToAnchors, resolveHotspots, viewpointFor, viewpointOnPlatform } from './model'

/** Every valid hotspot of the train and the platform, in content order (which is also the Tab order). */
export const HOTSPOTS: readonly Hotspot[] = resolveHotspots(CONTENT.hotspots, CARRIAGES, SLOTS, {
  place: PLATFORM,
  anchors: PLATFORM_ANCHORS,
})

const byId = new Map(HOTSPOTS.filter((h) => h.home).map((h) => [h.id, h]))

/** A hotspot at its home: where its panel's place is, and where a tour goes to it. */
export const hotspotById = (id: string | null | undefined): Hotspot | undefined => (id ? byId.get(id) : undefined)

/** A hotspot's marker in one place: its home, or another place it is also marked in. */
export const hotspotAt = (id: string | null | undefined, placeId: string): Hotspot | undefined =>
  id ? HOTSPOTS.find((h) => h.id === id && h.carriage === placeId) : undefined

/**
 * Where a tour stops for a hotspot: its marker inside the train, where it has one (a
 * tour walks the train), else its home.
 */
export const hotspotOnTour = (id: string | null | undefined): Hotspot | undefined =>
  (id ? HOTSPOTS.find((h) => h.id === id && h.carriageIndex >= 0) : undefined) ?? hotspotById(id)

/** How many panels there are (a panel marked in two places counts once). */
export const PANEL_COUNT = byId.size

export const hotspotsIn = (carriageId: string): Hotspot[] => HOTSPOTS.filter((h) => h.carriage === carriageId)

/** Where the platform's hotspots are looked at from: 3 m out from its edge (where #/platform puts the visitor). */
const PLATFORM_STAND = PLATFORM_AT.edge + PLATFORM_PLAN.side * 3

/** Where to stand to look at a hotspot: asked when the visitor goes there, once the train is built. */
export const viewpointOf = (h: Hotspot) =>
  h.carriageIndex === OUTSIDE
    ? viewpointOnPlatform(h, trainWorld(), PLATFORM_STAND, eyeAt(PLATFORM_AT, PLATFORM_STAND))
    : viewpointFor(h, SLOTS[h.carriageIndex]!, trainWorld())

/** The DOM buttons of the markers, by hotspot id: the scene positions them each frame. */
export const markerElements = new Map<string, HTMLButtonElement>()

/** A model file's anchors for a room, in the room's frame: that room's hotspots of those names move there. */
export function applyFileAnchors(carriageId: string, anchors: Readonly<Record<string, Vec3>>): void {
  if (moveToAnchors(HOTSPOTS, carriageId, SLOTS, anchors) > 0) frame.request()
}
