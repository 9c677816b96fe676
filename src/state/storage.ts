import { z } from 'zod'
import type { PersistStorage, StorageValue } from 'zustand/middleware'
import { warnOnce } from './warn'

/**
 * Every read and write of localStorage and sessionStorage goes through here. Storage can
 * fail in three ways, and none may stop the exhibit: blocked (a locked-down kiosk
 * profile, a sandboxed iframe: touching it throws), full (writing throws), and holding
 * anything at all (an older build, a hand edit, another app on the same origin). A
 * value that does not pass its schema is replaced by the default, with one warning
 * naming the key. With storage blocked the exhibit runs and only forgets between loads.
 */
export type StorageArea = 'local' | 'session'

/** Once per key and cause, so a blocked kiosk does not warn on every idle phase. */
const warnKey = (key: string, why: string) => warnOnce(`stored "${key}" ${why}`)

function area(which: StorageArea): Storage | null {
  try {
    const s = which === 'local' ? globalThis.localStorage : globalThis.sessionStorage
    // Some browsers hand out the object and throw only when it is used.
    s.getItem('taeyangho-probe')
    return s
  } catch {
    return null
  }
}

function readRaw(which: StorageArea, key: string): string | null {
  try {
    return area(which)?.getItem(key) ?? null
  } catch {
    return null
  }
}

/** The stored value if it passes `schema`, otherwise `fallback` (and the bad value is removed). */
export function readStored<T>(which: StorageArea, key: string, schema: z.ZodType<T>, fallback: T): T {
  const raw = readRaw(which, key)
  if (raw === null) return fallback
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    json = undefined
  }
  const r = schema.safeParse(json)
  if (r.success) return r.data
  warnKey(key, `was reset to its default: ${r.error?.issues[0]?.message ?? 'not JSON'} (${raw.slice(0, 60)})`)
  removeStored(which, key)
  return fallback
}

/** Writes `value` as JSON; blocked or full storage keeps it in memory only (a warning, once). */
export function writeStored(which: StorageArea, key: string, value: unknown): void {
  const s = area(which)
  if (!s) return warnKey(key, 'cannot be kept: storage is blocked, so it lasts until the page closes')
  const json = JSON.stringify(value)
  try {
    if (s.getItem(key) !== json) s.setItem(key, json)
  } catch {
    warnKey(key, 'cannot be kept: storage is full, so it lasts until the page closes')
  }
}

export function removeStored(which: StorageArea, key: string): void {
  try {
    area(which)?.removeItem(key)
  } catch {
    // Blocked: nothing to remove.
  }
}

/**
 * zustand's persist storage on top of the above: what is read back must pass
 * `state` (the partialized store), or the store starts from its defaults. `legacy`
 * turns an older shape into `{ state, version }` before the check.
 */
export function persistStorage<S>(
  which: StorageArea,
  state: z.ZodType<S>,
  legacy: (json: unknown) => unknown = (j) => j,
): PersistStorage<S> {
  const schema = z.preprocess(legacy, z.object({ state, version: z.number().optional() }))
  return {
    getItem: (name) => readStored<StorageValue<S> | null>(which, name, schema as z.ZodType<StorageValue<S>>, null),
    setItem: (name, value) => writeStored(which, name, value),
    removeItem: (name) => removeStored(which, name),
  }
}
