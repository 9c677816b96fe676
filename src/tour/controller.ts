import { CONTENT } from '../content'
import { panelWords } from '../content/schema'
import { hotspotOnTour, viewpointOf } from '../hotspots'
import { useHotspots } from '../hotspots/store'
import { cancelRoute, followRoute, pose } from '../player/visitor'
import { frame, prefersReducedMotion } from '../state/frame'
import { VISITOR } from '../train/dimensions'
import { currentStop, readingSeconds } from './director'
import { routeBetween } from './route'
import { useTour } from './store'

export const tourStops = (id: string): readonly string[] => CONTENT.tours.find((t) => t.id === id)?.stops ?? []

export function startTourById(id: string, loop = false): void {
  const stops = tourStops(id)
  if (stops.length > 0) useTour.getState().start(id, stops, loop)
}

/**
 * How a tour is paced: a fixed reading time per stop (null: the text's own pace) and
 * how much faster than walking it moves. The caller says (the kiosk's settings), so the
 * tour knows nothing of the kiosk that runs it.
 */
export interface TourPace {
  dwellSeconds: number | null
  tourSpeed: number
}

const secondsFor = (id: string, pace: TourPace): number =>
  pace.dwellSeconds ?? readingSeconds(panelWords(CONTENT.dictionaries.en, id))

/**
 * Carries out the tour store's decisions: walks to each stop along the walkway, opens
 * its panel (the rig turns to face it), and times the reading. Closing the panel or
 * walking by hand pauses the tour; the reading clock is a timer, not frames, so a tour
 * standing still while you read costs no rendering.
 */
export function startTourController(pace: () => TourPace): () => void {
  let walkingTo: string | null = null
  const offTour = useTour.subscribe(
    (s) => s.tour,
    (t, prev) => {
      if (!t) {
        if (prev) {
          cancelRoute()
          walkingTo = null
          useHotspots.getState().close()
        }
        return
      }
      if (t.phase === 'done') return useTour.getState().stop()
      if (t.paused) {
        if (!prev?.paused) {
          cancelRoute()
          walkingTo = null
        }
        return
      }
      // Resumed while reading (the visitor had closed the panel): show the stop again.
      if (t.phase === 'reading') {
        if (prev?.paused && useHotspots.getState().openId !== currentStop(t))
          useHotspots.getState().open(currentStop(t), !t.loop)
        return
      }
      const key = `${t.tourId}:${t.index}`
      if (walkingTo === key) return
      walkingTo = key
      const h = hotspotOnTour(currentStop(t))
      if (!h) return useTour.getState().next()
      useHotspots.getState().close()
      const arrived = () => {
        walkingTo = null
        useHotspots.getState().open(h.id, !t.loop)
        useTour.getState().arrive(secondsFor(h.id, pace()))
      }
      // Asked for less motion: a cut from stop to stop (the rig reports the new room
      // from the pose, as it does after a walk), never a glide through the train.
      if (prefersReducedMotion()) {
        cancelRoute()
        Object.assign(pose, viewpointOf(h))
        frame.request()
        return arrived()
      }
      followRoute(routeBetween(pose, viewpointOf(h)), VISITOR.walkSpeed * pace().tourSpeed, arrived)
      frame.request()
    },
  )
  // A visitor who closes the panel mid-tour wants to look around: hold the tour.
  const offPanels = useHotspots.subscribe(
    (s) => s.openId,
    (openId, prevOpenId) => {
      const t = useTour.getState().tour
      if (prevOpenId && !openId && t?.phase === 'reading' && !t.paused && !t.loop) useTour.getState().pause()
    },
  )
  const timer = setInterval(() => {
    const t = useTour.getState().tour
    if (t?.phase === 'reading' && !t.paused) useTour.getState().tick(0.25)
  }, 250)
  return () => {
    offTour()
    offPanels()
    clearInterval(timer)
    cancelRoute()
  }
}

/** Walking by hand during a visitor's tour pauses it. */
export function pauseTourForManualMove(): void {
  const t = useTour.getState().tour
  if (t && !t.paused && !t.loop) useTour.getState().pause()
}
