import { create } from 'zustand'
import { z } from 'zod'
import { persist, subscribeWithSelector } from 'zustand/middleware'
import { persistStorage } from '../state/storage'

interface HotspotState {
  /** The hotspot whose panel is open, if any. */
  openId: string | null
  /** Hotspots opened this visit, in the order first opened. */
  visited: string[]
  /** The About panel, which is not a hotspot. */
  aboutOpen: boolean
  /** Opens a panel; `record` false keeps it out of the visitor's discoveries (the attract loop). */
  open: (id: string, record?: boolean) => void
  close: () => void
  setAbout: (open: boolean) => void
  clearVisited: () => void
}

/** Open panel and discovered hotspots; visited survives a reload within the session. */
export const useHotspots = create<HotspotState>()(
  subscribeWithSelector(
    persist(
      (set, get) => ({
        openId: null,
        visited: [],
        aboutOpen: false,
        open: (id, record = true) =>
          set({
            openId: id,
            aboutOpen: false,
            visited: !record || get().visited.includes(id) ? get().visited : [...get().visited, id],
          }),
        close: () => set({ openId: null }),
        setAbout: (aboutOpen) => set({ aboutOpen, openId: aboutOpen ? null : get().openId }),
        clearVisited: () => set({ visited: [] }),
      }),
      {
        name: 'taeyangho-visited',
        storage: persistStorage('session', z.object({ visited: z.array(z.string()) })),
        partialize: (s) => ({ visited: s.visited }),
      },
    ),
  ),
)
