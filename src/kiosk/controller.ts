import { applyWaitingUpdate, checkForUpdate, updateWaiting } from '../pwa'
import type { KioskConfig } from './config'
import { useKiosk } from './store'
import { useLoading } from '../state/loading'
import { useTour } from '../tour/store'
import { startTourById } from '../tour/controller'
import { countdownLeft, idleActivity, idleHold, idleStart, idleStep } from './idle'
import { freshVisitHere, resetVisit } from './reset'
import { z } from 'zod'
import { readStored, removeStored, writeStored } from '../state/storage'

/** The tour the attract loop plays. */
export const ATTRACT_TOUR = 'highlights'

/** How often an open kiosk asks for a new version (and at every reset). */
export const UPDATE_CHECK_MS = 15 * 60_000

declare global {
  interface Window {
    /**
     * For tests and the soak: `pass(s)` counts s seconds of nobody touching at once,
     * so a test drives the idle clock instead of racing it; `config()` is what the
     * kiosk runs with; `ready()` whether the idle clock runs yet (the train is on screen).
     */
    __KIOSK__?: { pass: (seconds: number) => void; config: () => KioskConfig; ready: () => boolean }
  }
}

/** The page a kiosk opens after an update: its own parameters, the front of the train. */
const freshUrl = () => location.pathname + location.search

/**
 * Set just before an update reloads the page, which happens only with nobody there: the
 * new version opens straight into the attract loop, not in a visitor's "someone is
 * here" state that would wait out the idle time and the countdown first.
 */
const REOPEN_KEY = 'taeyangho-reopen-attract'

/** Applies a waiting version, if any, reopening into the attract loop; false if none waits. */
function updateNow(): boolean {
  if (!updateWaiting()) return false
  writeStored('session', REOPEN_KEY, true)
  return applyWaitingUpdate(freshUrl())
}

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
  let reopenInAttract = readStored('session', REOPEN_KEY, z.literal(true), false)
  removeStored('session', REOPEN_KEY)
  let askedFullscreen = false
  let lastCheck = performance.now()

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

  const attract = () => {
    resetVisit(useKiosk.getState().config.defaultLang)
    useKiosk.getState().setPhase('attract')
    startTourById(ATTRACT_TOUR, true)
  }

  const tick = () => {
    const now = performance.now()
    if (now - lastCheck > UPDATE_CHECK_MS) {
      lastCheck = now
      checkForUpdate()
    }
    // Idle time counts from when the train is on screen, not from the page load.
    if (useLoading.getState().stage !== 'ready') {
      state = idleActivity(state, now).state
      return
    }
    if (reopenInAttract) {
      reopenInAttract = false
      state = { ...state, phase: 'attract' }
      attract()
    }
    // Nobody is here during the attract loop: a new version may take over now.
    if (state.phase === 'attract') updateNow()
    const tour = useTour.getState().tour
    // A visitor's running tour holds the idle timer; a paused one (panel closed, walked
    // away) does not, or an abandoned kiosk would never reset.
    const held = !!tour && !tour.loop && !tour.paused
    if (held !== state.held) state = idleHold(state, held, now)
    const r = idleStep(state, now, timing())
    state = r.state
    if (state.phase === 'countdown') useKiosk.getState().setPhase('countdown', countdownLeft(state, now, timing()))
    if (r.event === 'reset') {
      // The reset always happens, update or not: a reload that fails to come must not
      // leave the last visitor's state on screen under a countdown stuck at 1 s.
      attract()
      if (!updateNow()) {
        lastCheck = now
        checkForUpdate()
      }
    }
  }
  const timer = setInterval(tick, 250)
  window.__KIOSK__ = {
    pass: (seconds) => {
      state = { ...state, lastActivity: state.lastActivity - seconds * 1000 }
      tick()
    },
    config: () => useKiosk.getState().config,
    ready: () => useLoading.getState().stage === 'ready',
  }

  const events = ['pointerdown', 'keydown', 'wheel'] as const
  events.forEach((t) => window.addEventListener(t, onActivity, { capture: true, passive: true }))
  window.addEventListener('contextmenu', noMenu)
  window.addEventListener('pointermove', onDrag, { capture: true, passive: true })
  return () => {
    window.removeEventListener('pointermove', onDrag, { capture: true })
    clearInterval(timer)
    delete window.__KIOSK__
    events.forEach((t) => window.removeEventListener(t, onActivity, { capture: true }))
    window.removeEventListener('contextmenu', noMenu)
    root.classList.remove('kiosk')
  }
}
