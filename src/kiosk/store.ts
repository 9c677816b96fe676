import { create } from 'zustand'
import { z } from 'zod'
import { persist } from 'zustand/middleware'
import { persistStorage } from '../state/storage'
import kioskJson from '../content/kiosk.json'
import type { Lang } from '../content/schema'
import { type KioskConfig, type OperatorOverrides, kioskConfigFrom, parseOverrides } from './config'
import type { IdlePhase } from './idle'

/** Where a kiosk keeps its operator's settings (the key kiosks in the field already use). */
export const OPERATOR_KEY = 'taeyangho-operator'

const base = { ...kioskJson, defaultLang: kioskJson.defaultLang as Lang }
const configWith = (overrides: OperatorOverrides): KioskConfig =>
  kioskConfigFrom(typeof window === 'undefined' ? '' : window.location.search, base, overrides)

/** Before persist, the overrides were stored bare (`{"idleSeconds":60}`): read that as version 0. */
const legacy = (value: unknown): unknown =>
  typeof value === 'object' && value !== null && !('state' in value)
    ? { state: { overrides: value }, version: 0 }
    : value

/** Each stored field is checked on its own (parseOverrides): one bad field costs only itself. */
const PersistedSchema = z.object({ overrides: z.unknown().transform(parseOverrides) })

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
      storage: persistStorage<Persisted>('local', PersistedSchema, legacy),
      partialize: (s) => ({ overrides: s.overrides }),
      // Version 0 held the same fields, bare: merge checks them, whatever the version.
      migrate: (stored) => stored as Persisted,
      // What was stored has passed PersistedSchema: the config follows from it.
      merge: (stored, current) => {
        const overrides = (stored as Persisted | undefined)?.overrides ?? {}
        return { ...current, overrides, config: configWith(overrides) }
      },
    },
  ),
)
