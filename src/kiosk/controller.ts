import { applyWaitingUpdate } from '../pwa'
import { useKiosk } from './store'
import { useLoading } from '../state/loading'
import { useTour } from '../tour/store'
import { startTourById } from '../tour/controller'
import { countdownLeft, idleActivity, idleHold, idleStart, idleStep } from './idle'
import { freshVisitHere, resetVisit } from './reset'

/** The tour the attract loop plays. */
export const ATTRACT_TOUR = 'highlights'

/**
 * Kiosk mode (`?kiosk`): touch-first, no context menu, fullscreen on the first touch,
 * and the idle cycle: countdown, full reset, attract loop, and a fresh visit on the
 * next touch. A pending new version is applied at the reset, between two visitors.
 */
export function startKiosk(): () => void {
  if (!useKiosk.getState().config.enabled) return () => undefined
  const root = document.documentElement
  root.classList.add('kiosk')
  const viewport = document.querySelector('meta[name=viewport]')
  viewport?.setAttribute(
    'content',
    'width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no, viewport-fit=cover',
  )

  const timing = () => {
    const c = useKiosk.getState().config
    return { idleMs: c.idleSeconds * 1000, countdownMs: c.countdownSeconds * 1000 }
  }
  let state = idleStart(performance.now())
  let askedFullscreen = false

  const onActivity = (e: Event) => {
    if (e.type === 'pointerdown' && !askedFullscreen && !document.fullscreenElement) {
      askedFullscreen = true
      root.requestFullscreen?.().catch(() => undefined)
    }
    const r = idleActivity(state, performance.now())
    state = r.state
    if (r.event === 'wake') freshVisitHere()
    if (r.event) useKiosk.getState().setPhase('active')
  }
  const noMenu = (e: Event) => e.preventDefault()
  // Holding the stick or dragging to look is someone at the kiosk, however long it lasts.
  const onDrag = (e: PointerEvent) => e.buttons !== 0 && onActivity(e)

  const timer = setInterval(() => {
    const now = performance.now()
    // Idle time counts from when the train is on screen, not from the page load.
    if (useLoading.getState().stage !== 'ready') {
      state = idleActivity(state, now).state
      return
    }
    const tour = useTour.getState().tour
    // A visitor's running tour holds the idle timer; a paused one (panel closed, walked
    // away) does not, or an abandoned kiosk would never reset.
    const held = !!tour && !tour.loop && !tour.paused
    if (held !== state.held) state = idleHold(state, held, now)
    const r = idleStep(state, now, timing())
    state = r.state
    if (state.phase === 'countdown') useKiosk.getState().setPhase('countdown', countdownLeft(state, now, timing()))
    if (r.event === 'reset') {
      if (applyWaitingUpdate()) return
      resetVisit(useKiosk.getState().config.defaultLang)
      useKiosk.getState().setPhase('attract')
      startTourById(ATTRACT_TOUR, true)
    }
  }, 250)

  const events = ['pointerdown', 'keydown', 'wheel'] as const
  events.forEach((t) => window.addEventListener(t, onActivity, { capture: true, passive: true }))
  window.addEventListener('contextmenu', noMenu)
  window.addEventListener('pointermove', onDrag, { capture: true, passive: true })
  return () => {
    window.removeEventListener('pointermove', onDrag, { capture: true })
    clearInterval(timer)
    events.forEach((t) => window.removeEventListener(t, onActivity, { capture: true }))
    window.removeEventListener('contextmenu', noMenu)
    root.classList.remove('kiosk')
  }
}
