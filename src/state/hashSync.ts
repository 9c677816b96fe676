import { hotspotById, viewpointOf } from '../hotspots'
import { pauseTourForManualMove } from '../tour/controller'
import { CARRIAGE_IDS } from '../train/registry'
import { type HashPlace, formatHash, parseHash } from './hash'
import { useHotspots } from './hotspots'
import { useNavigation } from './navigation'

/** Goes where a link says: a carriage's entrance, or facing a hotspot with its panel open. */
function goTo(place: HashPlace | null): void {
  pauseTourForManualMove()
  const nav = useNavigation.getState()
  const hotspots = useHotspots.getState()
  const h = hotspotById(place?.hotspotId)
  if (place && h && h.carriage === place.carriageId) {
    nav.requestJump(h.carriage, viewpointOf(h))
    hotspots.open(h.id)
    return
  }
  hotspots.close()
  nav.requestJump(place?.carriageId ?? CARRIAGE_IDS[0]!)
}

/** The hash for where the visitor is now: the carriage, plus the open hotspot if it is there. */
function currentHash(): string {
  const carriageId = useNavigation.getState().currentId
  const open = hotspotById(useHotspots.getState().openId)
  return formatHash({ carriageId, hotspotId: open?.carriage === carriageId ? open.id : undefined })
}

/**
 * Keeps the URL hash and the visitor's place in step. A link chooses where the
 * visitor starts; walking and opening panels rewrite the hash in place (no history
 * entry each time); editing the hash by hand goes there.
 */
export function startHashSync(): () => void {
  goTo(parseHash(window.location.hash, CARRIAGE_IDS))
  const write = () => {
    const next = currentHash()
    if (window.location.hash !== next) history.replaceState(history.state, '', next)
  }
  write()
  const offNav = useNavigation.subscribe((s, prev) => s.currentId !== prev.currentId && write())
  const offHotspots = useHotspots.subscribe((s, prev) => s.openId !== prev.openId && write())
  const onHashChange = () => {
    if (window.location.hash === currentHash()) return
    const place = parseHash(window.location.hash, CARRIAGE_IDS)
    if (place) goTo(place)
    else write()
  }
  window.addEventListener('hashchange', onHashChange)
  return () => {
    offNav()
    offHotspots()
    window.removeEventListener('hashchange', onHashChange)
  }
}
