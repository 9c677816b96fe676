import { create } from 'zustand'
import type { LocomotiveChoice } from './locomotives'

/** Which locomotive heads the train at the platform: the reported DF11Z pair unless the visitor switches. */
interface ExteriorState {
  locomotive: LocomotiveChoice
  setLocomotive: (choice: LocomotiveChoice) => void
}

export const DEFAULT_LOCOMOTIVE: LocomotiveChoice = 'df11z'

export const useExterior = create<ExteriorState>()((set) => ({
  locomotive: DEFAULT_LOCOMOTIVE,
  setLocomotive: (locomotive) => set({ locomotive }),
}))
