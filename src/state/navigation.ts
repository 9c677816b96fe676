import { create } from 'zustand'
import type { Pose } from '../player/walking'
import { CARRIAGE_IDS } from '../train/registry'

/** Which carriage the visitor is in, and requests to jump somewhere. */
interface NavigationState {
  currentId: string
  /** Bumped on every jump request so the same carriage can be asked for twice. */
  jump: { id: string; seq: number; pose?: Pose } | null
  setCurrent: (id: string) => void
  /** Go to a carriage: to its spawn point, or to `pose` (a hotspot's viewpoint). */
  requestJump: (id: string, pose?: Pose) => void
}

export const useNavigation = create<NavigationState>()((set, get) => ({
  currentId: CARRIAGE_IDS[0]!,
  jump: null,
  setCurrent: (id) => {
    if (get().currentId !== id) set({ currentId: id })
  },
  requestJump: (id, pose) => {
    if (!CARRIAGE_IDS.includes(id)) return
    set({ currentId: id, jump: { id, seq: (get().jump?.seq ?? 0) + 1, pose } })
  },
}))
