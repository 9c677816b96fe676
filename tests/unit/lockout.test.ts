import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  FIRST_LOCK_MS,
  MAX_LOCK_MS,
  NO_TRIES,
  PIN_TRIES_KEY,
  type PinTries,
  afterWrong,
  loadTries,
  lockLeft,
  lockMs,
  saveTries,
} from '../../src/kiosk/lockout'

const T0 = 1_800_000_000_000
const S = 1000

/** `n` wrong tries, each made as soon as the pad takes one; returns the state and the clock. */
function wrongTries(n: number, s: PinTries = NO_TRIES, now = T0): { s: PinTries; now: number } {
  for (let i = 0; i < n; i++) {
    now += lockLeft(s, now)
    s = afterWrong(s, now)
  }
  return { s, now }
}

describe('the PIN pad’s lock', () => {
  it('gives five free tries, then locks for 30 s', () => {
    const four = wrongTries(4)
    expect(four.s.wrong).toBe(4)
    expect(lockLeft(four.s, four.now)).toBe(0)
    const five = wrongTries(1, four.s, four.now)
    expect(lockLeft(five.s, five.now)).toBe(30 * S)
    expect(lockLeft(five.s, five.now + 29_999)).toBe(1)
    expect(lockLeft(five.s, five.now + 30 * S)).toBe(0)
  })

  it('takes no try while locked', () => {
    const { s, now } = wrongTries(5)
    expect(afterWrong(s, now + 10 * S)).toBe(s)
  })

  it('doubles with each wrong try after a lock, up to an hour', () => {
    const locks: number[] = []
    let s = NO_TRIES
    let now = T0
    for (let i = 0; i < 16; i++) {
      now += lockLeft(s, now)
      s = afterWrong(s, now)
      locks.push(lockLeft(s, now) / S)
    }
    expect(locks).toEqual([0, 0, 0, 0, 30, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600, 3600, 3600])
    expect(lockMs(5)).toBe(FIRST_LOCK_MS)
    expect(lockMs(1000)).toBe(MAX_LOCK_MS)
  })

  it('never waits longer than the lock itself when the clock is set back', () => {
    const { s, now } = wrongTries(5)
    expect(lockLeft(s, now - 86_400 * S)).toBe(30 * S)
    expect(lockLeft({ wrong: 5, lockedUntil: Number.MAX_SAFE_INTEGER }, now)).toBe(30 * S)
    expect(lockLeft({ wrong: 2, lockedUntil: now + 60 * S }, now)).toBe(0)
  })
})

describe('the tries, as kept on the kiosk', () => {
  function storage(stored?: string) {
    const items = new Map<string, string>()
    if (stored !== undefined) items.set(PIN_TRIES_KEY, stored)
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
      removeItem: (k: string) => void items.delete(k),
    })
    return items
  }
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.restoreAllMocks()
  })

  it('outlast a reload', () => {
    const items = storage()
    expect(loadTries()).toEqual(NO_TRIES)
    const { s } = wrongTries(6)
    saveTries(s)
    expect(JSON.parse(items.get(PIN_TRIES_KEY)!)).toEqual(s)
    expect(loadTries()).toEqual(s)
  })

  it('start from none when what is stored is not tries', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    for (const junk of ['{', 'null', '"5"', '{"wrong":-1,"lockedUntil":0}', '{"wrong":"5","lockedUntil":0}']) {
      storage(junk)
      expect(loadTries(), junk).toEqual(NO_TRIES)
    }
  })
})
