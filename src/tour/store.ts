import { create } from 'zustand'
import { subscribeWithSelector } from 'zustand/middleware'
import { type TourState, arrive, next, pause, prev, resume, startTour, tick } from './director'

interface TourStore {
  tour: TourState | null
  start: (tourId: string, stops: readonly string[], loop?: boolean) => void
  stop: () => void
  pause: () => void
  resume: () => void
  next: () => void
  prev: () => void
  arrive: (seconds: number) => void
  tick: (dt: number) => void
}

const update = (fn: (t: TourState) => TourState) => (s: TourStore) => (s.tour ? { tour: fn(s.tour) } : s)

/** The running guided tour, if any; the tour controller acts on its changes. */
export const useTour = create<TourStore>()(
  subscribeWithSelector((set) => ({
    tour: null,
    start: (tourId, stops, loop = false) => set({ tour: startTour(tourId, stops, loop) }),
    stop: () => set({ tour: null }),
    pause: () => set(update(pause)),
    resume: () => set(update(resume)),
    next: () => set(update(next)),
    prev: () => set(update(prev)),
    arrive: (seconds) => set(update((t) => arrive(t, seconds))),
    tick: (dt) => set(update((t) => tick(t, dt))),
  })),
)
