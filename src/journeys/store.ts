import { create } from 'zustand'
import { subscribeWithSelector } from 'zustand/middleware'

/** The journey map and the ride: what the visitor chose, and where the ride stands. */
interface JourneyState {
  mapOpen: boolean
  /** The journey shown in the map's detail (and in `#/journey/<id>`). */
  selectedId: string | null
  /** The journey being ridden, or null: the train stands still. */
  rideId: string | null
  /** The leg the ride is on (changes at borders). */
  leg: number
  arrived: boolean
  /** Slower countryside and no sway, whatever the system asks. */
  comfort: boolean
  /** Rail sound while riding (off by default on the web). */
  sound: boolean
  set: (patch: Partial<Omit<JourneyState, 'set'>>) => void
}

export const useJourneys = create<JourneyState>()(
  subscribeWithSelector((set) => ({
    mapOpen: false,
    selectedId: null,
    rideId: null,
    leg: 0,
    arrived: false,
    comfort: false,
    sound: false,
    set: (patch) => set(patch),
  })),
)
