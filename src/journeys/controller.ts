import { useExterior } from '../exterior/store'
import type { LocomotiveChoice } from '../exterior/locomotives'
import { frame, prefersReducedMotion } from '../state/frame'
import { JOURNEY_CONTENT, journeyById, routeFor } from '.'
import { motion } from './motion'
import { RIDE_SECONDS, type RideAt, passingSpeed, rideAt, rideable } from './ride'
import { startRailSound } from './sound'
import { useJourneys } from './store'

let startedAt = 0
let timer: ReturnType<typeof setInterval> | undefined
let before: LocomotiveChoice | null = null
let silence: (() => void) | null = null

/** Where the ride stands now, or null with the train still. */
export function rideNow(now = performance.now()): RideAt | null {
  const { rideId, arrived } = useJourneys.getState()
  const j = journeyById(rideId)
  if (!j) return null
  const route = routeFor(j)
  // With no reported place there is no end: the ride goes on until the visitor stops it.
  const p = arrived ? 1 : route ? (now - startedAt) / (RIDE_SECONDS * 1000) : 0
  return rideAt(j, route, p)
}

function applyLeg(leg: number): void {
  const j = journeyById(useJourneys.getState().rideId)
  const l = j?.legs?.[leg]
  const network = l?.network ?? j?.inside ?? 'dprk'
  const calm = useJourneys.getState().comfort || prefersReducedMotion()
  motion.speed = passingSpeed(JOURNEY_CONTENT.networks[network], calm)
  motion.sway = !calm
  if (l?.locomotive) useExterior.getState().setLocomotive(l.locomotive)
  useJourneys.setState({ leg })
}

function tick(): void {
  const at = rideNow()
  if (!at) return
  if (at.leg !== useJourneys.getState().leg) applyLeg(at.leg)
  if (at.totalKm !== null && at.progress >= 1) {
    // Arrived: the train stands still again (no frames), the panel says where it is.
    motion.active = false
    useJourneys.setState({ arrived: true })
    stopTimer()
  }
}

function stopTimer(): void {
  if (timer !== undefined) clearInterval(timer)
  timer = undefined
}

function syncSound(): void {
  const { rideId, arrived, sound } = useJourneys.getState()
  const want = rideId !== null && !arrived && sound
  if (want && !silence) silence = startRailSound()
  if (!want && silence) {
    silence()
    silence = null
  }
}

/** Sets the train moving on a journey (Kim Jong Un's only). */
export function startRide(id: string): void {
  const j = journeyById(id)
  if (!j || !rideable(j)) return
  stopRide()
  before = useExterior.getState().locomotive
  startedAt = performance.now()
  Object.assign(motion, { active: true, offset: 0, t: 0 })
  useJourneys.setState({ rideId: id, arrived: false, leg: -1, mapOpen: false })
  applyLeg(0)
  timer = setInterval(tick, 200)
  syncSound()
  frame.request()
}

/** Back to today's still train: its locomotive as before, no sound, no frames drawn. */
export function stopRide(): void {
  stopTimer()
  const was = useJourneys.getState().rideId !== null
  motion.active = false
  useJourneys.setState({ rideId: null, arrived: false, leg: 0 })
  if (was && before) useExterior.getState().setLocomotive(before)
  before = null
  syncSound()
  if (was) frame.request()
}

/**
 * Sound and comfort follow their switches. `outside` tells when the visitor has stepped
 * out onto the platform: that ends the ride (the train stops for them).
 */
export function startRideController(outside: (then: () => void) => () => void): () => void {
  const offNav = outside(() => {
    if (useJourneys.getState().rideId) stopRide()
  })
  const offSound = useJourneys.subscribe((s) => [s.sound, s.rideId, s.arrived] as const, syncSound, {
    equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2],
  })
  const offComfort = useJourneys.subscribe(
    (s) => s.comfort,
    () => {
      if (useJourneys.getState().rideId) applyLeg(useJourneys.getState().leg)
    },
  )
  return () => {
    offNav()
    offSound()
    offComfort()
    stopRide()
  }
}
