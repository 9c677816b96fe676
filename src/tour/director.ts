/**
 * The guided tour as a small state machine, free of timers and rendering: the
 * controller feeds it arrivals and elapsed time, the tests drive it directly.
 */
export type TourPhase = 'walking' | 'reading' | 'done'

export interface TourState {
  tourId: string
  stops: readonly string[]
  index: number
  phase: TourPhase
  paused: boolean
  /** Seconds of reading left at this stop. */
  readLeft: number
  /** The attract loop starts over after the last stop; a visitor's tour ends. */
  loop: boolean
}

export function startTour(tourId: string, stops: readonly string[], loop = false, index = 0): TourState {
  if (stops.length === 0) throw new Error(`tour "${tourId}" has no stops`)
  return {
    tourId,
    stops,
    index: Math.max(0, Math.min(index, stops.length - 1)),
    phase: 'walking',
    paused: false,
    readLeft: 0,
    loop,
  }
}

export const currentStop = (s: TourState): string => s.stops[s.index]!

/** Reached the stop: read for `seconds`. */
export function arrive(s: TourState, seconds: number): TourState {
  return s.phase === 'walking' ? { ...s, phase: 'reading', readLeft: seconds } : s
}

export function goTo(s: TourState, index: number): TourState {
  const n = s.stops.length
  if (index >= n) return s.loop ? { ...s, index: 0, phase: 'walking', readLeft: 0 } : { ...s, phase: 'done' }
  return { ...s, index: Math.max(0, index), phase: 'walking', readLeft: 0 }
}

export const next = (s: TourState): TourState => goTo(s, s.index + 1)
export const prev = (s: TourState): TourState => goTo(s, s.loop && s.index === 0 ? s.stops.length - 1 : s.index - 1)
export const pause = (s: TourState): TourState => ({ ...s, paused: true })
export const resume = (s: TourState): TourState => ({ ...s, paused: false })

/** Time passes: reading runs down (unless paused) and then moves on. */
export function tick(s: TourState, dt: number): TourState {
  if (s.paused || s.phase !== 'reading') return s
  const readLeft = s.readLeft - dt
  return readLeft > 0 ? { ...s, readLeft } : next(s)
}

/** Reading time for a panel: a few seconds to turn, then an unhurried reading pace. */
export function readingSeconds(words: number): number {
  return Math.round(Math.max(8, Math.min(26, 5 + words / 4.5)))
}
