import { create } from 'zustand'

/** Which overlays of the HUD are open: a fresh visit closes them all. */
interface UiState {
  helpOpen: boolean
  tourMenuOpen: boolean
  operatorOpen: boolean
  set: (patch: Partial<Omit<UiState, 'set'>>) => void
}

export const useUi = create<UiState>()((set) => ({
  helpOpen: false,
  tourMenuOpen: false,
  operatorOpen: false,
  set: (patch) => set(patch),
}))
