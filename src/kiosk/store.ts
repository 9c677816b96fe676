import { create } from 'zustand'
import { type StateStorage, createJSONStorage, persist } from 'zustand/middleware'
import kioskJson from '../content/kiosk.json'
import type { Lang } from '../content/schema'
import { type KioskConfig, type OperatorOverrides, kioskConfigFrom, parseOverrides } from './config'
import type { IdlePhase } from './idle'

/** Where a kiosk keeps its operator's settings (the key kiosks in the field already use). */
export const OPERATOR_KEY = 'taeyangho-operator'

const base = { ...kioskJson, defaultLang: kioskJson.defaultLang as Lang }
const configWith = (overrides: OperatorOverrides): KioskConfig =>
  kioskConfigFrom(typeof window === 'undefined' ? '' : window.location.search, base, overrides)

/**
 * localStorage, where it can be used. Blocked storage throws when touched (a private
 * window, a locked-down kiosk browser), a full one when written: the operator's settings
 * then last until the page closes, and the page never breaks for it. A value already
 * stored is not written again (persist writes on every change of the store, idle
 * phases included).
 */
const operatorStorage: StateStorage = {
  getItem: (name) => {
    try {
      return localStorage.getItem(name)
    } catch {
      return null
    }
  },
  setItem: (name, value) => {
    try {
      if (localStorage.getItem(name) !== value) localStorage.setItem(name, value)
    } catch {
      // Blocked or full: kept in memory only.
    }
  },
  removeItem: (name) => {
    try {
      localStorage.removeItem(name)
    } catch {
      // Blocked: nothing to remove.
    }
  },
}

/** Before persist, the overrides were stored bare (`{"idleSeconds":60}`): read that as version 0. */
const legacy = (key: string, value: unknown): unknown =>
  key === '' && typeof value === 'object' && value !== null && !('state' in value)
    ? { state: { overrides: value }, version: 0 }
    : value

interface Persisted {
  overrides: OperatorOverrides
}

interface KioskStore extends Persisted {
  /** kiosk.json, then the operator's overrides, then the URL (see kioskConfigFrom). */
  config: KioskConfig
  phase: IdlePhase
  /** Seconds left on "Are you still there?". */
  countdown: number
  /** "Continue on your phone": the QR code of this visit is showing (a reset closes it). */
  qrOpen: boolean
  setPhase: (phase: IdlePhase, countdown?: number) => void
  setQrOpen: (open: boolean) => void
  /** The operator's changes, remembered on this machine (invalid ones are ignored). */
  setOverrides: (o: OperatorOverrides) => void
}

export const useKiosk = create<KioskStore>()(
  persist(
    (set, get) => ({
      overrides: {},
      config: configWith({}),
      phase: 'active',
      countdown: 0,
      qrOpen: false,
      setPhase: (phase, countdown = 0) => set({ phase, countdown }),
      setQrOpen: (qrOpen) => set({ qrOpen }),
      setOverrides: (o) => {
        const overrides = { ...get().overrides, ...parseOverrides(o) }
        set({ overrides, config: configWith(overrides) })
      },
    }),
    {
      name: OPERATOR_KEY,
      version: 1,
      storage: createJSONStorage<Persisted>(() => operatorStorage, { reviver: legacy }),
      partialize: (s) => ({ overrides: s.overrides }),
      // Version 0 held the same fields, bare: merge checks them, whatever the version.
      migrate: (stored) => stored as Persisted,
      // What was stored is anything at all (an older build, a hand edit): keep only valid fields.
      merge: (stored, current) => {
        const overrides = parseOverrides((stored as Partial<Persisted> | undefined)?.overrides)
        return { ...current, overrides, config: configWith(overrides) }
      },
    },
  ),
)
