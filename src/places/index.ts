import { CARRIAGES, CARRIAGE_IDS, SLOTS } from '../carriages/registry'
import { type PlatformExtent, platformExtent } from '../exterior/platform'
import { outsideAnchors } from '../exterior/anchors'
import type { Vec3 } from '../geometry/parts'

/**
 * A place is where the visitor can be: a carriage of the train, or the platform beside
 * it. Navigation, the hash and the renderer address places; a carriage's place id is
 * its carriage id.
 */
export type PlaceKind = 'carriage' | 'platform'

export const PLATFORM = 'platform'

/** Where the platform lies beside this train (the same as buildTrain's: from the same manifests). */
export const PLATFORM_AT: PlatformExtent = platformExtent(
  SLOTS,
  CARRIAGES.map((c) => c.shell),
)

/** Named points outside the train (world coordinates) that the platform's hotspots stand at. */
export const PLATFORM_ANCHORS: Readonly<Record<string, Vec3>> = outsideAnchors({
  slots: SLOTS,
  rooms: CARRIAGES,
  platform: PLATFORM_AT,
})

/** Every place, the train's carriages first (front to back), then the platform. */
export const PLACE_IDS: readonly string[] = [...CARRIAGE_IDS, PLATFORM]

/** Where a visitor with no (or an unknown) place lands: the front of the train. */
export const FRONT_PLACE: string = CARRIAGE_IDS[0]!

export const isPlace = (id: string): boolean => PLACE_IDS.includes(id)

export const placeKind = (id: string): PlaceKind | null =>
  id === PLATFORM ? 'platform' : CARRIAGE_IDS.includes(id) ? 'carriage' : null

/**
 * Starts fetching every room's furniture chunk now, alongside the 3D view's own chunk
 * rather than after it: the view asks for the same modules when it builds the train,
 * and gets them from the module cache. A failure is the view's to report.
 */
export function prefetchRooms(): void {
  for (const m of CARRIAGES) m.load().catch(() => undefined)
}
