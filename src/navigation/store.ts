import { create } from 'zustand'
import { subscribeWithSelector } from 'zustand/middleware'
import { FRONT_PLACE, isPlace } from '../places'
import type { Pose } from '../player/walking'

/** A request to go somewhere; `seq` is bumped each time, so the same place can be asked for twice. */
export interface Jump {
  placeId: string
  seq: number
  /**
   * Where to stand; without it, the place's own spawn point. A function when the pose
   * can only be found once the train is built (a hotspot's viewpoint must keep clear
   * of furniture, which comes with the 3D view): the rig calls it when it carries the
   * jump out.
   */
  pose?: Pose | (() => Pose)
}

/**
 * Where the visitor is, as a place id (see places/): a carriage id, or PLATFORM. Read
 * it with `useNavigation((s) => s.placeId)` in components, `getState().placeId` elsewhere.
 */
interface NavigationState {
  placeId: string
  jump: Jump | null
  /** The rig reports the carriage the visitor has walked into. */
  setPlace: (placeId: string) => void
  /** Go to a place (unknown ids are ignored): the rig carries it out. */
  requestJump: (placeId: string, pose?: Jump['pose']) => void
}

export const useNavigation = create<NavigationState>()(
  subscribeWithSelector((set, get) => ({
    placeId: FRONT_PLACE,
    jump: null,
    setPlace: (placeId) => {
      if (get().placeId !== placeId && isPlace(placeId)) set({ placeId })
    },
    requestJump: (placeId, pose) => {
      if (!isPlace(placeId)) return
      set({ placeId, jump: { placeId, seq: (get().jump?.seq ?? 0) + 1, pose } })
    },
  })),
)
