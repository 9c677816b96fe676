/** The visitor's place as a URL hash: `#/<carriage-id>` or `#/<carriage-id>/<hotspot-id>`. */
export interface HashPlace {
  carriageId: string
  hotspotId?: string
}

const SEGMENT = /^[a-z0-9][a-z0-9-]*$/

/**
 * Reads a hash. Returns null for anything that is not a known carriage, so a stale or
 * mistyped link lands the visitor at the start of the train instead of nowhere.
 */
export function parseHash(hash: string, knownIds: readonly string[]): HashPlace | null {
  const path = hash.replace(/^#/, '').replace(/^\/+/, '').replace(/\/+$/, '')
  if (!path) return null
  const [carriageId, hotspotId, ...rest] = path.split('/').map((s) => safeDecode(s).toLowerCase())
  if (!carriageId || rest.length > 0 || !SEGMENT.test(carriageId)) return null
  if (!knownIds.includes(carriageId)) return null
  if (hotspotId !== undefined && !SEGMENT.test(hotspotId)) return { carriageId }
  return hotspotId ? { carriageId, hotspotId } : { carriageId }
}

export function formatHash(place: HashPlace): string {
  return place.hotspotId ? `#/${place.carriageId}/${place.hotspotId}` : `#/${place.carriageId}`
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return ''
  }
}
