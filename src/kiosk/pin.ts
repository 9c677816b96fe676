import { z } from 'zod'

/**
 * The operator PIN, kept only as a salted PBKDF2 hash: kiosk.json is bundled into the
 * JS every web visitor downloads, so a PIN in plain text there would be public.
 * `npm run set-pin` (scripts/set-pin.ts) writes the hash with node's own PBKDF2; this
 * checks it with WebCrypto, which is async and does not block the main thread.
 */
export const PIN_ALGORITHM = 'PBKDF2-SHA-256'
/** OWASP's figure for PBKDF2-SHA-256 (2023); a check takes a few hundred ms on a kiosk PC. */
export const PIN_ITERATIONS = 600_000
export const PIN_SALT_BYTES = 16
export const PIN_HASH_BYTES = 32
/** What the pad accepts and set-pin writes. */
export const PIN_DIGITS = { min: 6, max: 12 } as const

export const isPinFormat = (pin: string): boolean => new RegExp(`^\\d{${PIN_DIGITS.min},${PIN_DIGITS.max}}$`).test(pin)

export function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0))
}

export function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
}

/** Zod runs the refinement even after the base64 check failed, so atob may throw. */
function byteLength(text: string): number {
  try {
    return fromBase64(text).length
  } catch {
    return -1
  }
}

const bytesOf = (n: number) => z.base64().refine((s) => byteLength(s) === n, `must be ${n} bytes, base64-encoded`)

export const PinHashSchema = z.object({
  algorithm: z.literal(PIN_ALGORITHM),
  // The upper bound stops a hand-edited figure from making every check take minutes.
  iterations: z
    .int()
    .min(PIN_ITERATIONS)
    .max(100 * PIN_ITERATIONS),
  salt: bytesOf(PIN_SALT_BYTES),
  hash: bytesOf(PIN_HASH_BYTES),
})
export type PinHash = z.infer<typeof PinHashSchema>

/** PBKDF2-SHA-256 of the PIN's UTF-8 bytes (digits only, so the same as ASCII). */
export async function derivePin(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const subtle = globalThis.crypto.subtle
  const key = await subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits'])
  const bits = await subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    PIN_HASH_BYTES * 8,
  )
  return new Uint8Array(bits)
}

/** Looks at every byte whatever the first difference, so the time taken says nothing about where. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0)
  return diff === 0
}

export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  if (!isPinFormat(pin)) return false
  const derived = await derivePin(pin, fromBase64(stored.salt), stored.iterations)
  return sameBytes(derived, fromBase64(stored.hash))
}

/** WebCrypto's subtle exists only in a secure context (https, or the kiosk's own 127.0.0.1). */
export const canCheckPin = (): boolean => typeof globalThis.crypto?.subtle?.deriveBits === 'function'
