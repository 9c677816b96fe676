import { z } from 'zod'
import { isLang } from '../content/i18n'
import { LANGS, type Lang } from '../content/schema'
import { warnOnce } from '../state/warn'
import { type PinHash, PinHashSchema } from './pin'

export interface KioskConfig {
  /** `?kiosk` in the URL: touch-first UI, idle reset, attract loop, operator menu. */
  enabled: boolean
  /** The operator PIN's hash; null when kiosk.json's is malformed: then the menu cannot be opened. */
  pin: PinHash | null
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

/**
 * kiosk.json as read: an install's settings file from before `publicUrl` has none. The
 * file is hand-edited, so kioskConfigFrom checks every field rather than trusting its type.
 */
export type KioskSettings = Omit<
  KioskConfig,
  'enabled' | 'pin' | 'dwellSeconds' | 'tourSpeed' | 'publicUrl' | 'rideSound'
> & {
  pin: unknown
  publicUrl?: string
  rideSound?: boolean
}

/** What an operator may change from the menu; kept in localStorage on that kiosk. */
export type OperatorOverrides = Partial<Pick<KioskConfig, 'defaultLang' | 'idleSeconds' | 'publicUrl' | 'rideSound'>>

interface Bounds {
  min: number
  max: number
  /** When kiosk.json's own figure is not a number. */
  fallback: number
}

/**
 * Idle time and countdown, wherever they come from (the menu, `?idle=`, stored, kiosk.json):
 * under 10 s a visitor reading a panel is taken for gone; under 5 s nobody can answer
 * "Are you still there?" in time.
 */
export const IDLE_SECONDS: Bounds = { min: 10, max: 3600, fallback: 90 }
export const COUNTDOWN_SECONDS: Bounds = { min: 5, max: 120, fallback: 15 }

const clamp = (n: number, b: Pick<Bounds, 'min' | 'max'>) => Math.min(b.max, Math.max(b.min, n))

/** A figure from a file or storage: brought within bounds; anything not a finite number is not one. */
function within(value: unknown, b: Bounds): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? clamp(value, b) : undefined
}

/** What the operator typed, as whole seconds within bounds; null (refused, nothing saved) otherwise. */
export function secondsTyped(text: string, b: Pick<Bounds, 'min' | 'max'>): number | null {
  if (!/^\d{1,9}$/.test(text.trim())) return null
  const n = Number(text.trim())
  return n >= b.min && n <= b.max ? n : null
}

/** kiosk.json's pin entry, or null (and one warning) when it is not a hash this build can check. */
function pinFrom(raw: unknown): PinHash | null {
  const r = PinHashSchema.safeParse(raw)
  if (r.success) return r.data
  const why = r.error.issues.map((i) => `${i.path.join('.') || 'pin'}: ${i.message}`).join('; ')
  warnOnce(
    `the operator menu cannot be opened: "pin" in kiosk.json is not a PBKDF2 hash (${why}). Run npm run set-pin.`,
  )
  return null
}

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
    .transform((n) => clamp(n, IDLE_SECONDS))
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

/** A URL parameter brought within bounds; null when it is absent or not a number. */
function fromUrl(value: string | null, b: Pick<Bounds, 'min' | 'max'>): number | null {
  if (value === null || value.trim() === '') return null
  const n = Number(value)
  return Number.isFinite(n) ? clamp(n, b) : null
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
    pin: pinFrom(base.pin),
    defaultLang: isLang(overrides.defaultLang) ? overrides.defaultLang : base.defaultLang,
    idleSeconds:
      fromUrl(q.get('idle'), IDLE_SECONDS) ??
      within(overrides.idleSeconds, IDLE_SECONDS) ??
      within(base.idleSeconds, IDLE_SECONDS) ??
      IDLE_SECONDS.fallback,
    countdownSeconds:
      fromUrl(q.get('countdown'), COUNTDOWN_SECONDS) ??
      within(base.countdownSeconds, COUNTDOWN_SECONDS) ??
      COUNTDOWN_SECONDS.fallback,
    dwellSeconds: fromUrl(q.get('dwell'), { min: 0.5, max: 120 }),
    tourSpeed: fromUrl(q.get('tourSpeed'), { min: 1, max: 4 }) ?? 1,
    publicUrl:
      (enabled ? parsePublicUrl(q.get('publicUrl')) : null) ??
      parsePublicUrl(overrides.publicUrl) ??
      parsePublicUrl(base.publicUrl) ??
      '',
    rideSound: overrides.rideSound ?? base.rideSound ?? false,
  }
}
