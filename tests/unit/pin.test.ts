import { describe, expect, it } from 'vitest'
import kioskJson from '../../src/content/kiosk.json'
import {
  PIN_ITERATIONS,
  PinHashSchema,
  derivePin,
  fromBase64,
  isPinFormat,
  sameBytes,
  toBase64,
  verifyPin,
} from '../../src/kiosk/pin'
import { hashPin, pinArgument, withPin } from '../../scripts/set-pin'

/** The PIN a fresh install ships with (README, "The operator PIN"). */
const DEFAULT_PIN = '246810'
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex')

describe('the operator PIN', () => {
  it('ships as a salted PBKDF2 hash of the documented default, never as the PIN', async () => {
    const pin = PinHashSchema.parse(kioskJson.pin)
    expect(pin.iterations).toBeGreaterThanOrEqual(600_000)
    expect(fromBase64(pin.salt)).toHaveLength(16)
    expect(fromBase64(pin.hash)).toHaveLength(32)
    expect(JSON.stringify(kioskJson)).not.toContain(DEFAULT_PIN)
    expect(await verifyPin(DEFAULT_PIN, pin)).toBe(true)
    expect(await verifyPin('246811', pin)).toBe(false)
  })

  it('derives with WebCrypto what PBKDF2-HMAC-SHA-256 is known to give (RFC 7914, section 11)', async () => {
    const derived = await derivePin('passwd', new TextEncoder().encode('salt'), 1)
    expect(hex(derived)).toBe('55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc')
  })

  it('set-pin (node’s pbkdf2) writes what the browser’s check (WebCrypto) accepts', async () => {
    const salt = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex')
    const written = hashPin('135790', salt)
    expect(PinHashSchema.safeParse(written).success).toBe(true)
    expect(written).toMatchObject({ algorithm: 'PBKDF2-SHA-256', iterations: PIN_ITERATIONS, salt: toBase64(salt) })
    // The same bytes both ways, derived here with WebCrypto.
    expect(toBase64(await derivePin('135790', salt, PIN_ITERATIONS))).toBe(written.hash)
    expect(await verifyPin('135790', written)).toBe(true)
    expect(await verifyPin('135791', written)).toBe(false)
    expect(await verifyPin('1357900', written)).toBe(false)
  })

  it('salts each hash afresh', () => {
    const a = hashPin('123456', undefined, PIN_ITERATIONS)
    const b = hashPin('123456', undefined, PIN_ITERATIONS)
    expect(a.salt).not.toBe(b.salt)
    expect(a.hash).not.toBe(b.hash)
  })

  it('is 6 to 12 digits, nothing else', () => {
    for (const ok of ['123456', '000000', '123456789012']) expect(isPinFormat(ok), ok).toBe(true)
    for (const no of ['', '12345', '1234567890123', '12345a', ' 123456', '123 456', '１２３４５６', '٠١٢٣٤٥'])
      expect(isPinFormat(no), no).toBe(false)
    expect(() => hashPin('12345')).toThrow(/6 to 12 digits/)
    expect(() => hashPin('12345x')).toThrow(/6 to 12 digits/)
  })

  it('compares every byte, equal or not', () => {
    const a = Uint8Array.of(1, 2, 3, 4)
    expect(sameBytes(a, Uint8Array.of(1, 2, 3, 4))).toBe(true)
    expect(sameBytes(a, Uint8Array.of(1, 2, 3, 5))).toBe(false)
    expect(sameBytes(a, Uint8Array.of(0, 2, 3, 4))).toBe(false)
    expect(sameBytes(a, Uint8Array.of(1, 2, 3))).toBe(false)
    expect(sameBytes(a, Uint8Array.of(1, 2, 3, 4, 0))).toBe(false)
  })
})

describe('npm run set-pin', () => {
  it('replaces the pin and keeps kiosk.json’s other fields, in its own form', async () => {
    const { readFileSync } = await import('node:fs')
    const text = readFileSync('src/content/kiosk.json', 'utf8')
    // What the shipped file holds is what the script writes: 2 spaces, a newline at the end.
    expect(withPin(text, kioskJson.pin as never)).toBe(text)
    const pin = hashPin('987654')
    const out = withPin(text, pin)
    expect(out.endsWith('}\n')).toBe(true)
    expect(out).toContain('\n  "defaultLang": ')
    expect(JSON.parse(out)).toEqual({ ...JSON.parse(text), pin })
    expect(withPin('{"pin":"2468","idleSeconds":60}', pin)).toBe(
      JSON.stringify({ pin, idleSeconds: 60 }, null, 2) + '\n',
    )
  })

  it('takes the PIN from --pin for scripts', () => {
    expect(pinArgument(['--pin', '123456'])).toBe('123456')
    expect(pinArgument(['--pin=654321'])).toBe('654321')
    expect(pinArgument(['--pin'])).toBe('')
    expect(pinArgument([])).toBeUndefined()
  })
})
