/**
 * `npm run set-pin`: asks for this install's operator PIN (6 to 12 digits) and writes
 * its salted PBKDF2 hash into src/content/kiosk.json, keeping the file's other fields.
 * `npm run set-pin -- --pin 123456` for scripts. Then rebuild: the hash is bundled.
 * Node's own pbkdf2 makes the hash; the browser checks it with WebCrypto (the unit
 * tests hold the two to the same bytes).
 */
import { pbkdf2Sync, randomBytes } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { stdin, stdout } from 'node:process'
import { createInterface } from 'node:readline'
import { pathToFileURL } from 'node:url'
import {
  PIN_ALGORITHM,
  PIN_DIGITS,
  PIN_HASH_BYTES,
  PIN_ITERATIONS,
  PIN_SALT_BYTES,
  type PinHash,
  isPinFormat,
} from '../src/kiosk/pin'

export const KIOSK_JSON = 'src/content/kiosk.json'

export function hashPin(pin: string, salt: Buffer = randomBytes(PIN_SALT_BYTES), iterations = PIN_ITERATIONS): PinHash {
  if (!isPinFormat(pin)) throw new Error(`a PIN is ${PIN_DIGITS.min} to ${PIN_DIGITS.max} digits, nothing else`)
  const hash = pbkdf2Sync(Buffer.from(pin, 'utf8'), salt, iterations, PIN_HASH_BYTES, 'sha256')
  return { algorithm: PIN_ALGORITHM, iterations, salt: salt.toString('base64'), hash: hash.toString('base64') }
}

/** kiosk.json's text with `pin` replaced, in the file's own form (2 spaces, a newline at the end). */
export function withPin(json: string, pin: PinHash): string {
  const settings = JSON.parse(json) as Record<string, unknown>
  return JSON.stringify({ ...settings, pin }, null, 2) + '\n'
}

/** `--pin 123456` or `--pin=123456`. */
export function pinArgument(argv: readonly string[]): string | undefined {
  const i = argv.findIndex((a) => a === '--pin' || a.startsWith('--pin='))
  if (i < 0) return undefined
  const a = argv[i]!
  return a.startsWith('--pin=') ? a.slice('--pin='.length) : (argv[i + 1] ?? '')
}

/** Piped input (`printf '123456\n123456\n' | npm run set-pin`): read once, handed out a line at a time. */
let piped: Promise<string[]> | undefined

async function pipedLine(): Promise<string> {
  piped ??= (async () => {
    const lines: string[] = []
    for await (const line of createInterface({ input: stdin })) lines.push(line.trim())
    return lines
  })()
  return (await piped).shift() ?? ''
}

/** Reads a line without showing it on a terminal (a bystander may be watching the screen). */
async function askHidden(prompt: string): Promise<string> {
  if (!stdin.isTTY) return pipedLine()
  stdout.write(prompt)
  stdin.setRawMode(true)
  stdin.resume()
  stdin.setEncoding('utf8')
  return new Promise((resolve) => {
    let text = ''
    const onData = (chunk: string) => {
      for (const c of chunk) {
        if (c === '\u0003') process.exit(130) // Ctrl-C
        if (c === '\r' || c === '\n') {
          stdin.setRawMode(false)
          stdin.pause()
          stdin.off('data', onData)
          stdout.write('\n')
          return resolve(text)
        }
        if (c === '\u007f' || c === '\b') text = text.slice(0, -1)
        else text += c
      }
    }
    stdin.on('data', onData)
  })
}

async function main(): Promise<void> {
  let pin = pinArgument(process.argv.slice(2))
  if (pin === undefined) {
    pin = await askHidden(`Operator PIN (${PIN_DIGITS.min} to ${PIN_DIGITS.max} digits): `)
    if (isPinFormat(pin) && (await askHidden('The same PIN again: ')) !== pin) {
      console.error('The two PINs differ: nothing written.')
      process.exit(1)
    }
  }
  if (!isPinFormat(pin)) {
    console.error(`Refused: a PIN is ${PIN_DIGITS.min} to ${PIN_DIGITS.max} digits and nothing else. Nothing written.`)
    process.exit(1)
  }
  writeFileSync(KIOSK_JSON, withPin(readFileSync(KIOSK_JSON, 'utf8'), hashPin(pin)))
  console.log(`${KIOSK_JSON}: the PIN's hash is written (PBKDF2-SHA-256, ${PIN_ITERATIONS} iterations). Rebuild.`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main()
