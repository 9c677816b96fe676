import { useHotspots } from '../hotspots/store'
import { useNavigation } from '../navigation/store'
import { useSettings } from '../state/settings'
import { useTour } from '../tour/store'
import { useUi } from '../state/ui'
import { DEFAULT_LOCOMOTIVE, useExterior } from '../exterior/store'
import { FRONT_PLACE } from '../places'
import { stopRide } from '../journeys/controller'
import { useJourneys } from '../journeys/store'
import type { Lang } from '../content/schema'
import { useKiosk } from './store'

/**
 * A fresh visit: every panel and menu closed, nothing discovered, the kiosk's
 * language, no tour, back at the front of the train. Each store is named here, so a
 * new store with visitor state must be added here too (the reset test checks them).
 */
export function resetVisit(defaultLang: Lang): void {
  freshVisitHere()
  useSettings.getState().setLang(defaultLang)
  useNavigation.getState().requestJump(FRONT_PLACE)
}

/** The visitor who ends the attract loop starts where they stand, with nothing open. */
export function freshVisitHere(): void {
  useTour.getState().stop()
  useHotspots.setState({ openId: null, aboutOpen: false, visited: [] })
  useUi.setState({ helpOpen: false, tourMenuOpen: false, operatorOpen: false, mapOpen: false })
  useKiosk.getState().setQrOpen(false)
  // The ride first: it puts back the locomotive it replaced, which the reset then sets anyway.
  stopRide()
  useJourneys.setState({ mapOpen: false, selectedId: null, comfort: false, sound: false })
  useExterior.setState({ locomotive: DEFAULT_LOCOMOTIVE })
}
