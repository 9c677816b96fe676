import { create } from 'zustand'
import kioskJson from '../content/kiosk.json'
import type { Lang } from '../content/schema'
import { type KioskConfig, type OperatorOverrides, kioskConfigFrom } from '../kiosk/config'
import type { IdlePhase } from '../kiosk/idle'

const STORAGE_KEY = 'taeyangho-operator'

function storedOverrides(): OperatorOverrides {
  try {
    return JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as OperatorOverrides
  } catch {
    return {}
  }
}

const base = { ...kioskJson, defaultLang: kioskJson.defaultLang as Lang }

interface KioskStore {
  config: KioskConfig
  phase: IdlePhase
  /** Seconds left on "Are you still there?". */
  countdown: number
  setPhase: (phase: IdlePhase, countdown?: number) => void
  /** The operator's changes, remembered on this machine. */
  setOverrides: (o: OperatorOverrides) => void
}

export const useKiosk = create<KioskStore>()((set) => ({
  config: kioskConfigFrom(typeof window === 'undefined' ? '' : window.location.search, base, typeof localStorage === 'undefined' ? {} : storedOverrides()),
  phase: 'active',
  countdown: 0,
  setPhase: (phase, countdown = 0) => set({ phase, countdown }),
  setOverrides: (o) => {
    const merged = { ...storedOverrides(), ...o }
    localStorage.setItem(STORAGE_KEY, JSON.stringify(merged))
    set({ config: kioskConfigFrom(window.location.search, base, merged) })
  },
}))
