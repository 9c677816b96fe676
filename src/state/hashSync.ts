import { CARRIAGE_IDS } from '../train/registry'
import { formatHash, parseHash } from './hash'
import { useNavigation } from './navigation'

/**
 * Keeps the URL hash and the current carriage in step: a link chooses where the
 * visitor starts; walking rewrites the hash in place (no history entry per carriage);
 * editing the hash by hand jumps.
 */
export function startHashSync(): () => void {
  const nav = useNavigation.getState()
  const first = parseHash(window.location.hash, CARRIAGE_IDS)
  nav.requestJump(first?.carriageId ?? CARRIAGE_IDS[0]!)
  const write = (id: string) => {
    const next = formatHash({ carriageId: id })
    if (window.location.hash !== next) history.replaceState(history.state, '', next)
  }
  write(useNavigation.getState().currentId)
  const unsubscribe = useNavigation.subscribe((s, prev) => {
    if (s.currentId !== prev.currentId) write(s.currentId)
  })
  const onHashChange = () => {
    const place = parseHash(window.location.hash, CARRIAGE_IDS)
    if (place) useNavigation.getState().requestJump(place.carriageId)
    else write(useNavigation.getState().currentId)
  }
  window.addEventListener('hashchange', onHashChange)
  return () => {
    unsubscribe()
    window.removeEventListener('hashchange', onHashChange)
  }
}
