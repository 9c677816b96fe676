import { hotspotAt, viewpointOf } from '../hotspots'
import { useHotspots } from '../hotspots/store'
import { FRONT_PLACE, PLACE_IDS } from '../places'
import { pauseTourForManualMove } from '../tour/controller'
import { journeyById } from '../journeys'
import { useJourneys } from '../journeys/store'
import { type HashPlace, formatHash, formatJourneyHash, parseHash, parseJourneyHash } from './hash'
import { useNavigation } from './store'

/** Goes where a link says: a place's entrance, or facing a hotspot with its panel open. */
function goTo(place: HashPlace | null): void {
  pauseTourForManualMove()
  const nav = useNavigation.getState()
  const hotspots = useHotspots.getState()
  const h = place ? hotspotAt(place.hotspotId, place.placeId) : undefined
  if (place && h) {
    nav.requestJump(h.carriage, () => viewpointOf(h))
    hotspots.open(h.id)
    return
  }
  hotspots.close()
  nav.requestJump(place?.placeId ?? FRONT_PLACE)
}

/** Opens the journey map at a journey (an unknown one opens the map alone, and the hash is rewritten). */
function openJourneys(id: string): void {
  useJourneys.setState({ mapOpen: true, selectedId: journeyById(id)?.id ?? null })
}

/** The hash for where the visitor is now: the journey map if open, else the place, plus the open hotspot if it is there. */
function currentHash(): string {
  const journeys = useJourneys.getState()
  if (journeys.mapOpen) return formatJourneyHash(journeys.selectedId)
  const placeId = useNavigation.getState().placeId
  const open = hotspotAt(useHotspots.getState().openId, placeId)
  return formatHash({ placeId, hotspotId: open?.id })
}

/**
 * Keeps the URL hash and the visitor's place in step. A link chooses where the
 * visitor starts; walking and opening panels rewrite the hash in place (no history
 * entry each time); editing the hash by hand goes there (or, if it names no place,
 * is written back to where the visitor is).
 */
export function startHashSync(): () => void {
  const journey = parseJourneyHash(window.location.hash)
  if (journey !== null) {
    goTo(null)
    openJourneys(journey)
  } else goTo(parseHash(window.location.hash, PLACE_IDS))
  const write = () => {
    const next = currentHash()
    if (window.location.hash !== next) history.replaceState(history.state, '', next)
  }
  write()
  const offNav = useNavigation.subscribe((s) => s.placeId, write)
  const offHotspots = useHotspots.subscribe((s) => s.openId, write)
  const offJourneys = useJourneys.subscribe((s) => `${s.mapOpen}:${s.selectedId}`, write)
  const onHashChange = () => {
    if (window.location.hash === currentHash()) return
    const journey = parseJourneyHash(window.location.hash)
    if (journey !== null) return openJourneys(journey)
    // Read before closing the map: closing rewrites the hash to where the visitor is.
    const place = parseHash(window.location.hash, PLACE_IDS)
    if (useJourneys.getState().mapOpen) useJourneys.setState({ mapOpen: false })
    if (place) goTo(place)
    // Always written back: a hash naming an unknown hotspot in this same room changes
    // no store, so nothing else would take the bad name out of the URL.
    write()
  }
  window.addEventListener('hashchange', onHashChange)
  return () => {
    offNav()
    offHotspots()
    offJourneys()
    window.removeEventListener('hashchange', onHashChange)
  }
}
