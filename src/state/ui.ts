import { create } from 'zustand'

/** Which overlays of the HUD are open: a fresh visit closes them all. */
interface UiState {
  helpOpen: boolean
  tourMenuOpen: boolean
  operatorOpen: boolean
  /** The map of the whole train (ui/TrainMap.tsx). */
  mapOpen: boolean
  set: (patch: Partial<Omit<UiState, 'set'>>) => void
}

export const useUi = create<UiState>()((set) => ({
  helpOpen: false,
  tourMenuOpen: false,
  operatorOpen: false,
  mapOpen: false,
  set: (patch) => set(patch),
}))
