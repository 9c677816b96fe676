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
  /**
   * The exhibit's address on the internet, which a visitor's phone can open (the kiosk
   * itself serves on 127.0.0.1): the QR code's links start with it. '' shows no QR button.
   */
  publicUrl: string
  /** Rail sound while a journey is ridden: the operator's choice (off unless chosen). */
  rideSound: boolean
}

/** The URL parameters a kiosk reads: a link for a visitor's phone carries none of them. */
export const KIOSK_PARAMS = ['kiosk', 'idle', 'countdown', 'dwell', 'tourSpeed', 'publicUrl'] as const

/** kiosk.json as read: an install's settings file from before `publicUrl` has none. */
export type KioskSettings = Omit<KioskConfig, 'enabled' | 'dwellSeconds' | 'tourSpeed' | 'publicUrl' | 'rideSound'> & {
  publicUrl?: string
  rideSound?: boolean
}

/** What an operator may change from the menu; kept in localStorage on that kiosk. */
export type OperatorOverrides = Partial<Pick<KioskConfig, 'defaultLang' | 'idleSeconds' | 'publicUrl' | 'rideSound'>>

/** The idle time an operator may set: as the menu offers it, and as `?idle=` at most. */
export const IDLE_SECONDS = { min: 10, max: 3600 } as const

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i

/** Zod runs the refinement even after the URL check failed, so the URL may not parse. */
function loopback(url: string): boolean {
  try {
    return LOOPBACK.test(new URL(url).hostname)
  } catch {
    return true
  }
}

/** An http(s) address a phone could open, trimmed: the kiosk's own loopback address is not one. */
const PublicUrlSchema = z
  .string()
  .trim()
  .pipe(z.url({ protocol: /^https?$/ }))
  .refine((u) => !loopback(u), 'a phone cannot open a loopback address')

/** A public address as given (kiosk.json, the operator, `?publicUrl=`), or null if a phone could not use it. */
export function parsePublicUrl(value: unknown): string | null {
  const r = PublicUrlSchema.safeParse(value)
  return r.success ? r.data : null
}

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
  // '' takes the operator's address away again (kiosk.json's applies).
  publicUrl: z
    .union([z.string().trim().pipe(z.literal('')), PublicUrlSchema])
    .optional()
    .catch(undefined),
  rideSound: z.boolean().optional().catch(undefined),
})

/** What can be trusted of stored overrides (anything at all, from a kiosk's localStorage). */
export function parseOverrides(raw: unknown): OperatorOverrides {
  const r = OverridesSchema.safeParse(raw)
  if (!r.success) return {}
  const out: OperatorOverrides = {}
  if (r.data.defaultLang !== undefined) out.defaultLang = r.data.defaultLang
  if (r.data.idleSeconds !== undefined) out.idleSeconds = r.data.idleSeconds
  if (r.data.publicUrl !== undefined) out.publicUrl = r.data.publicUrl
  if (r.data.rideSound !== undefined) out.rideSound = r.data.rideSound
  return out
}

function positive(value: string | null, min: number, max: number): number | null {
  if (value === null || value.trim() === '') return null
  const n = Number(value)
  return Number.isFinite(n) ? Math.max(min, Math.min(max, n)) : null
}

/**
 * URL parameters win over the operator's choices, which win over kiosk.json. `?publicUrl=`
 * counts only beside `?kiosk` (for installs and tests): on the web it is nobody's setting.
 */
export function kioskConfigFrom(search: string, base: KioskSettings, overrides: OperatorOverrides = {}): KioskConfig {
  const q = new URLSearchParams(search)
  const enabled = q.has('kiosk') && q.get('kiosk') !== '0' && q.get('kiosk') !== 'false'
  return {
    enabled,
    pin: base.pin,
    defaultLang: isLang(overrides.defaultLang) ? overrides.defaultLang : base.defaultLang,
    idleSeconds: positive(q.get('idle'), 1, 3600) ?? overrides.idleSeconds ?? base.idleSeconds,
    countdownSeconds: positive(q.get('countdown'), 1, 120) ?? base.countdownSeconds,
    dwellSeconds: positive(q.get('dwell'), 0.5, 120),
    tourSpeed: positive(q.get('tourSpeed'), 1, 4) ?? 1,
    publicUrl:
      (enabled ? parsePublicUrl(q.get('publicUrl')) : null) ??
      parsePublicUrl(overrides.publicUrl) ??
      parsePublicUrl(base.publicUrl) ??
      '',
    rideSound: overrides.rideSound ?? base.rideSound ?? false,
  }
}
