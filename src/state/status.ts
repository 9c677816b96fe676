import { create } from 'zustand'

/** The health of the 3D view: a lost GPU context, and how often the canvas was rebuilt. */
interface StatusStore {
  contextLost: boolean
  /** Bumped to remount the canvas with a fresh context when a lost one does not come back. */
  generation: number
  remount: () => void
}

export const useStatus = create<StatusStore>()((set, get) => ({
  contextLost: false,
  generation: 0,
  remount: () => set({ generation: get().generation + 1, contextLost: false }),
}))
