import { z } from 'zod'
import { readStored, writeStored } from '../state/storage'

/**
 * Wrong PIN tries and the lock they earn: five free tries, then 30 s, doubling with
 * each wrong try after a lock, up to an hour. At an hour a try from the twelfth on,
 * going through the million 6-digit PINs at the pad would take a century. Pure but
 * for the last two functions: the caller passes the wall clock (Date.now, so a lock
 * outlasts a reload, where performance.now starts again).
 */
export const FREE_TRIES = 5
export const FIRST_LOCK_MS = 30_000
export const MAX_LOCK_MS = 60 * 60_000

export interface PinTries {
  /** Wrong tries since the last right one. */
  wrong: number
  /** Wall-clock ms until which the pad refuses input (0: never locked). */
  lockedUntil: number
}

export const NO_TRIES: PinTries = { wrong: 0, lockedUntil: 0 }

/** How long a lock lasts that the `wrong`-th wrong try brings (0: none yet). */
export function lockMs(wrong: number): number {
  if (wrong < FREE_TRIES) return 0
  return Math.min(MAX_LOCK_MS, FIRST_LOCK_MS * 2 ** Math.min(wrong - FREE_TRIES, 20))
}

/**
 * Ms left on the lock. Never more than the lock's own length: a clock set back (a
 * kiosk PC finding the right time) must not lock the pad for a day.
 */
export function lockLeft(s: PinTries, now: number): number {
  return Math.max(0, Math.min(s.lockedUntil - now, lockMs(s.wrong)))
}

/** One more wrong try; a try made while locked is not one (the pad takes none then). */
export function afterWrong(s: PinTries, now: number): PinTries {
  if (lockLeft(s, now) > 0) return s
  const wrong = s.wrong + 1
  const lock = lockMs(wrong)
  return { wrong, lockedUntil: lock > 0 ? now + lock : 0 }
}

/** Where the tries are kept, so that a reload does not give five fresh ones. */
export const PIN_TRIES_KEY = 'taeyangho-pin-tries'

const PinTriesSchema = z.object({
  wrong: z.int().min(0).max(1000),
  lockedUntil: z.number().min(0),
})

export const loadTries = (): PinTries => readStored('local', PIN_TRIES_KEY, PinTriesSchema, NO_TRIES)
export const saveTries = (s: PinTries): void => writeStored('local', PIN_TRIES_KEY, s)
