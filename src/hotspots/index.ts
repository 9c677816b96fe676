import { CONTENT } from '../content'
import { TRAIN_WORLD } from '../player/trainWorld'
import { CARRIAGES, SLOTS } from '../train/registry'
import { type Hotspot, resolveHotspots, viewpointFor } from './model'

/** Every valid hotspot of the train, in content order (which is also the Tab order). */
export const HOTSPOTS: readonly Hotspot[] = resolveHotspots(CONTENT.hotspots, CARRIAGES, SLOTS)

const byId = new Map(HOTSPOTS.map((h) => [h.id, h]))

export const hotspotById = (id: string | null | undefined): Hotspot | undefined => (id ? byId.get(id) : undefined)

export const hotspotsIn = (carriageId: string): Hotspot[] => HOTSPOTS.filter((h) => h.carriage === carriageId)

export const viewpointOf = (h: Hotspot) => viewpointFor(h, SLOTS[h.carriageIndex]!, TRAIN_WORLD)

/** The DOM buttons of the markers, by hotspot id: the scene positions them each frame. */
export const markerElements = new Map<string, HTMLButtonElement>()
