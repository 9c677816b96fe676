/** The visitor's place as a URL hash: `#/<place-id>` or `#/<carriage-id>/<hotspot-id>`. */
export interface HashPlace {
  placeId: string
  hotspotId?: string
}

const SEGMENT = /^[a-z0-9][a-z0-9-]*$/

/**
 * Reads a hash. Returns null for anything that is not a known place, so a stale or
 * mistyped link lands the visitor at the front of the train instead of nowhere.
 * Whether the hotspot is in that place is the caller's business (it knows the hotspots).
 */
export function parseHash(hash: string, knownPlaces: readonly string[]): HashPlace | null {
  const path = hash.replace(/^#/, '').replace(/^\/+/, '').replace(/\/+$/, '')
  if (!path) return null
  const [placeId, hotspotId, ...rest] = path.split('/').map((s) => safeDecode(s).toLowerCase())
  if (!placeId || rest.length > 0 || !SEGMENT.test(placeId)) return null
  if (!knownPlaces.includes(placeId)) return null
  if (hotspotId !== undefined && !SEGMENT.test(hotspotId)) return { placeId }
  return hotspotId ? { placeId, hotspotId } : { placeId }
}

/**
 * `#/journey/<id>` (or `#/journeys`): the journey map, with that journey chosen. Returns
 * the id ('' for the map alone), or null for any other hash. Whether the id is a known
 * journey is the caller's business.
 */
export function parseJourneyHash(hash: string): string | null {
  const m = /^#?\/*(journeys?)(?:\/([^/]*))?\/*$/i.exec(hash)
  if (!m) return null
  const id = safeDecode(m[2] ?? '').toLowerCase()
  return SEGMENT.test(id) ? id : ''
}

export const formatJourneyHash = (id: string | null): string => (id ? `#/journey/${id}` : '#/journeys')

export function formatHash(place: HashPlace): string {
  return place.hotspotId ? `#/${place.placeId}/${place.hotspotId}` : `#/${place.placeId}`
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return ''
  }
}
