import { z } from 'zod'
import { isLang } from '../content/i18n'
import { LANGS, type Lang } from '../content/schema'

export interface KioskConfig {
  /** `?kiosk` in the URL: touch-first UI, idle reset, attract loop, operator menu. */
  enabled: boolean
  pin: string
  defaultLang: Lang
  idleSeconds: number
  countdownSeconds: number
  /** Fixed reading time per tour stop, seconds; null reads at the text's own pace. */
  dwellSeconds: number | null
  /** How much faster than walking pace a tour moves (1 to 4); for soak tests and demos. */
  tourSpeed: number
}

/** What an operator may change from the menu; kept in localStorage on that kiosk. */
export type OperatorOverrides = Partial<Pick<KioskConfig, 'defaultLang' | 'idleSeconds'>>

/** The idle time an operator may set: as the menu offers it, and as `?idle=` at most. */
export const IDLE_SECONDS = { min: 10, max: 3600 } as const

/**
 * Overrides as stored: each field is checked on its own, so one bad or outdated field
 * is dropped and the others kept; an idle time out of range is brought within it.
 */
const OverridesSchema = z.object({
  defaultLang: z.enum(LANGS).optional().catch(undefined),
  idleSeconds: z
    .number()
    .transform((n) => Math.min(IDLE_SECONDS.max, Math.max(IDLE_SECONDS.min, n)))
    .optional()
    .catch(undefined),
})

/** What can be trusted of stored overrides (anything at all, from a kiosk's localStorage). */
export function parseOverrides(raw: unknown): OperatorOverrides {
  const r = OverridesSchema.safeParse(raw)
  if (!r.success) return {}
  const out: OperatorOverrides = {}
  if (r.data.defaultLang !== undefined) out.defaultLang = r.data.defaultLang
  if (r.data.idleSeconds !== undefined) out.idleSeconds = r.data.idleSeconds
  return out
}

function positive(value: string | null, min: number, max: number): number | null {
  if (value === null || value.trim() === '') return null
  const n = Number(value)
  return Number.isFinite(n) ? Math.max(min, Math.min(max, n)) : null
}

/** URL parameters win over the operator's choices, which win over kiosk.json. */
export function kioskConfigFrom(
  search: string,
  base: Omit<KioskConfig, 'enabled' | 'dwellSeconds' | 'tourSpeed'>,
  overrides: OperatorOverrides = {},
): KioskConfig {
  const q = new URLSearchParams(search)
  return {
    enabled: q.has('kiosk') && q.get('kiosk') !== '0' && q.get('kiosk') !== 'false',
    pin: base.pin,
    defaultLang: isLang(overrides.defaultLang) ? overrides.defaultLang : base.defaultLang,
    idleSeconds: positive(q.get('idle'), 1, 3600) ?? overrides.idleSeconds ?? base.idleSeconds,
    countdownSeconds: positive(q.get('countdown'), 1, 120) ?? base.countdownSeconds,
    dwellSeconds: positive(q.get('dwell'), 0.5, 120),
    tourSpeed: positive(q.get('tourSpeed'), 1, 4) ?? 1,
  }
}
