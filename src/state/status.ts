import { create } from 'zustand'

/** The health of the 3D view: a lost GPU context, and how often the canvas was rebuilt. */
interface StatusStore {
  contextLost: boolean
  /** The browser gave the canvas no WebGL 2 context (blocked, disabled or too old a GPU). */
  noWebGL: boolean
  /** Bumped to remount the canvas with a fresh context when a lost one does not come back. */
  generation: number
  remount: () => void
}

export const useStatus = create<StatusStore>()((set, get) => ({
  contextLost: false,
  noWebGL: false,
  generation: 0,
  remount: () => set({ generation: get().generation + 1, contextLost: false }),
}))
