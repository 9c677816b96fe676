import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import kioskJson from '../../src/content/kiosk.json'
import { COUNTDOWN_SECONDS, IDLE_SECONDS, kioskConfigFrom, parseOverrides, secondsTyped } from '../../src/kiosk/config'
import { countdownLeft, idleActivity, idleHold, idleStart, idleStep } from '../../src/kiosk/idle'
import { resetVisit } from '../../src/kiosk/reset'
import { OPERATOR_KEY, useKiosk } from '../../src/kiosk/store'
import { FRONT_PLACE } from '../../src/places'
import { useHotspots } from '../../src/hotspots/store'
import { useNavigation } from '../../src/navigation/store'
import { useSettings } from '../../src/state/settings'
import { useTour } from '../../src/tour/store'
import { useUi } from '../../src/state/ui'
import { startRide } from '../../src/journeys/controller'
import { useJourneys } from '../../src/journeys/store'

const cfg = { idleMs: 90_000, countdownMs: 15_000 }

describe('idle timer', () => {
  it('counts down after the idle time, then resets', () => {
    let s = idleStart(0)
    expect(idleStep(s, 89_999, cfg).event).toBeUndefined()
    const c = idleStep(s, 90_000, cfg)
    expect([c.state.phase, c.event]).toEqual(['countdown', 'countdown'])
    s = c.state
    expect(countdownLeft(s, 95_000, cfg)).toBe(10)
    expect(idleStep(s, 104_999, cfg).event).toBeUndefined()
    const r = idleStep(s, 105_000, cfg)
    expect([r.state.phase, r.event]).toEqual(['attract', 'reset'])
  })

  it('goes back to a visit when someone answers the countdown', () => {
    const s = idleStep(idleStart(0), 90_000, cfg).state
    const a = idleActivity(s, 92_000)
    expect([a.state.phase, a.event]).toEqual(['active', 'resume'])
    expect(idleStep(a.state, 92_000 + 89_000, cfg).event).toBeUndefined()
  })

  it('wakes from the attract loop on a touch', () => {
    const s = idleStep(idleStep(idleStart(0), 90_000, cfg).state, 105_000, cfg).state
    expect(idleActivity(s, 200_000).event).toBe('wake')
    expect(idleStep(s, 400_000, cfg).event).toBeUndefined()
  })

  it('stays active while a visitor follows their own tour', () => {
    let s = idleHold(idleStart(0), true, 0)
    s = idleStep(s, 500_000, cfg).state
    expect(s.phase).toBe('active')
    s = idleHold(s, false, 500_000)
    expect(idleStep(s, 589_000, cfg).event).toBeUndefined()
    expect(idleStep(s, 590_000, cfg).event).toBe('countdown')
  })
})

describe('kiosk settings', () => {
  const base = { pin: kioskJson.pin, defaultLang: 'en' as const, idleSeconds: 90, countdownSeconds: 15 }
  afterEach(() => vi.restoreAllMocks())

  it('is off without ?kiosk and on with it', () => {
    expect(kioskConfigFrom('', base).enabled).toBe(false)
    expect(kioskConfigFrom('?kiosk', base).enabled).toBe(true)
    expect(kioskConfigFrom('?kiosk=0', base).enabled).toBe(false)
  })
  it('takes ?idle over the operator, and the operator over the file', () => {
    expect(kioskConfigFrom('?kiosk', base, { idleSeconds: 60 }).idleSeconds).toBe(60)
    expect(kioskConfigFrom('?kiosk&idle=25', base, { idleSeconds: 60 }).idleSeconds).toBe(25)
    expect(kioskConfigFrom('?kiosk&idle=abc', base).idleSeconds).toBe(90)
    expect(kioskConfigFrom('?kiosk', base, { defaultLang: 'ko' }).defaultLang).toBe('ko')
    expect(kioskConfigFrom('?kiosk', base, { defaultLang: 'xx' as never }).defaultLang).toBe('en')
  })
  it('holds the shipped defaults within the bounds', () => {
    expect(kioskJson.idleSeconds).toBeGreaterThanOrEqual(IDLE_SECONDS.min)
    expect(kioskJson.idleSeconds).toBeLessThanOrEqual(IDLE_SECONDS.max)
    expect(kioskJson.countdownSeconds).toBeGreaterThanOrEqual(COUNTDOWN_SECONDS.min)
    expect(kioskJson.countdownSeconds).toBeLessThanOrEqual(COUNTDOWN_SECONDS.max)
  })
  it('brings ?idle= within 10 s to an hour, and ignores one that is not a number', () => {
    const idle = (q: string) => kioskConfigFrom(`?kiosk&${q}`, base, { idleSeconds: 60 }).idleSeconds
    expect(idle('idle=1')).toBe(10)
    expect(idle('idle=0')).toBe(10)
    expect(idle('idle=-30')).toBe(10)
    expect(idle('idle=9.5')).toBe(10)
    expect(idle('idle=3601')).toBe(3600)
    expect(idle('idle=99999999')).toBe(3600)
    expect(idle('idle=1e9')).toBe(3600)
    for (const junk of ['idle=abc', 'idle=', 'idle=%20', 'idle=Infinity', 'idle=NaN', 'idle=10s', 'idle=0x'])
      expect(idle(junk), junk).toBe(60)
  })
  it('brings ?countdown= within 5 to 120 s, and ignores one that is not a number', () => {
    const countdown = (q: string) => kioskConfigFrom(`?kiosk&${q}`, base).countdownSeconds
    expect(countdown('countdown=1')).toBe(5)
    expect(countdown('countdown=-1')).toBe(5)
    expect(countdown('countdown=121')).toBe(120)
    expect(countdown('countdown=99999999')).toBe(120)
    expect(countdown('countdown=30')).toBe(30)
    for (const junk of ['countdown=soon', 'countdown=', 'countdown=-Infinity']) expect(countdown(junk), junk).toBe(15)
    // The browser tests' fast cycle now runs at the bounds.
    expect(kioskConfigFrom('?kiosk&idle=1&countdown=1', base)).toMatchObject({ idleSeconds: 10, countdownSeconds: 5 })
  })
  it('brings kiosk.json’s own figures within the bounds, and falls back where they are not numbers', () => {
    expect(kioskConfigFrom('?kiosk', { ...base, idleSeconds: 2, countdownSeconds: 1 })).toMatchObject({
      idleSeconds: 10,
      countdownSeconds: 5,
    })
    expect(kioskConfigFrom('?kiosk', { ...base, idleSeconds: 1e9, countdownSeconds: 1e9 })).toMatchObject({
      idleSeconds: 3600,
      countdownSeconds: 120,
    })
    const strings = { ...base, idleSeconds: '60' as never, countdownSeconds: '10' as never }
    expect(kioskConfigFrom('?kiosk', strings)).toMatchObject({
      idleSeconds: IDLE_SECONDS.fallback,
      countdownSeconds: COUNTDOWN_SECONDS.fallback,
    })
    // An operator's figure slipped past the stored check (a caller's bug) still cannot carry a string.
    expect(kioskConfigFrom('?kiosk', base, { idleSeconds: '60' as never }).idleSeconds).toBe(90)
    expect(kioskConfigFrom('?kiosk', base, { idleSeconds: 5 }).idleSeconds).toBe(10)
  })
  it('takes from the operator’s field only whole seconds within the bounds', () => {
    expect(secondsTyped('10', IDLE_SECONDS)).toBe(10)
    expect(secondsTyped(' 600 ', IDLE_SECONDS)).toBe(600)
    expect(secondsTyped('3600', IDLE_SECONDS)).toBe(3600)
    for (const refused of ['99999999', '3601', '9', '0', '-60', '', '  ', 'abc', '12.5', '1e3', '60s', '0x20'])
      expect(secondsTyped(refused, IDLE_SECONDS), refused).toBeNull()
  })
  it('opens no operator menu on a malformed pin entry, and says so, without throwing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const good = kioskJson.pin
    expect(kioskConfigFrom('?kiosk', base).pin).toEqual(good)
    for (const pin of [
      '2468',
      null,
      undefined,
      { ...good, algorithm: 'PBKDF2-SHA-1' },
      { ...good, iterations: 1000 },
      { ...good, iterations: '600000' },
      { ...good, salt: 'AAAAAAAAAAA=' },
      { ...good, hash: 'not base64!' },
      { algorithm: good.algorithm, iterations: good.iterations, salt: good.salt },
    ]) {
      expect(() => kioskConfigFrom('?kiosk', { ...base, pin }), JSON.stringify(pin)).not.toThrow()
      expect(kioskConfigFrom('?kiosk', { ...base, pin }).pin, JSON.stringify(pin)).toBeNull()
    }
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('the operator menu cannot be opened'))
  })
})

describe('operator settings, as stored on the kiosk', () => {
  /** A kiosk's localStorage holding `stored` under the operator key (a string, as the browser keeps it). */
  function storage(stored: string | null, fail = false) {
    const items = new Map<string, string>()
    if (stored !== null) items.set(OPERATOR_KEY, stored)
    const blocked = () => {
      if (fail) throw new DOMException('The operation is insecure.', 'SecurityError')
    }
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => (blocked(), items.get(k) ?? null),
      setItem: (k: string, v: string) => (blocked(), void items.set(k, v)),
      removeItem: (k: string) => (blocked(), void items.delete(k)),
    })
    return items
  }
  /** Reads the stored settings again, as a page load does. */
  async function load(stored: string | null, fail = false) {
    useKiosk.setState(useKiosk.getInitialState()) // before the new storage: setting the store writes to it
    const items = storage(stored, fail)
    await useKiosk.persist.rehydrate()
    return items
  }
  const config = () => useKiosk.getState().config
  afterEach(() => vi.unstubAllGlobals())

  it('keeps only what is valid of a stored entry, field by field', () => {
    expect(parseOverrides({ defaultLang: 'ko', idleSeconds: 60 })).toEqual({ defaultLang: 'ko', idleSeconds: 60 })
    expect(parseOverrides({ defaultLang: 'xx', idleSeconds: 60, pin: '0000' })).toEqual({ idleSeconds: 60 })
    expect(parseOverrides({ defaultLang: 'zh', idleSeconds: 'soon' })).toEqual({ defaultLang: 'zh' })
    expect(parseOverrides({ idleSeconds: 99_999 })).toEqual({ idleSeconds: 3600 })
    expect(parseOverrides({ idleSeconds: 3 })).toEqual({ idleSeconds: 10 })
    expect(parseOverrides({ idleSeconds: -100 })).toEqual({ idleSeconds: 10 })
    expect(parseOverrides({ idleSeconds: '60' })).toEqual({})
    expect(parseOverrides({ idleSeconds: null, defaultLang: 'ko' })).toEqual({ defaultLang: 'ko' })
    for (const junk of [null, undefined, 'ko', 42, [], [1, 2]]) expect(parseOverrides(junk), String(junk)).toEqual({})
    expect(parseOverrides({ rideSound: true })).toEqual({ rideSound: true })
    expect(parseOverrides({ rideSound: 'loud' })).toEqual({})
  })

  it('plays rail sound on rides only where the operator chose it', () => {
    expect(kioskConfigFrom('?kiosk', { ...kioskJson, defaultLang: 'en' }).rideSound).toBe(false)
    expect(kioskConfigFrom('?kiosk', { ...kioskJson, defaultLang: 'en' }, { rideSound: true }).rideSound).toBe(true)
  })

  it('reads the settings kiosks stored before persist (bare), and stores them in the new form', async () => {
    const items = await load('{"defaultLang":"ko","idleSeconds":60}')
    expect(config()).toMatchObject({ defaultLang: 'ko', idleSeconds: 60 })
    expect(JSON.parse(items.get(OPERATOR_KEY)!)).toEqual({
      state: { overrides: { defaultLang: 'ko', idleSeconds: 60 } },
      version: 1,
    })
  })

  it('keeps the valid fields of a partly broken entry and drops the rest', async () => {
    await load(JSON.stringify({ state: { overrides: { defaultLang: 'fr', idleSeconds: 45 } }, version: 1 }))
    expect(config()).toMatchObject({ defaultLang: kioskJson.defaultLang, idleSeconds: 45 })
    await load(JSON.stringify({ state: { overrides: { defaultLang: 'zh' } }, version: 1 }))
    expect(config()).toMatchObject({ defaultLang: 'zh', idleSeconds: kioskJson.idleSeconds })
  })

  it('brings a stored idle time within the bounds, and drops a stored string', async () => {
    await load(JSON.stringify({ state: { overrides: { idleSeconds: 2 } }, version: 1 }))
    expect(config().idleSeconds).toBe(IDLE_SECONDS.min)
    await load(JSON.stringify({ state: { overrides: { idleSeconds: 99_999_999 } }, version: 1 }))
    expect(config().idleSeconds).toBe(IDLE_SECONDS.max)
    await load('{"idleSeconds":1}')
    expect(config().idleSeconds).toBe(IDLE_SECONDS.min)
    for (const stored of ['{"idleSeconds":"60"}', '{"state":{"overrides":{"idleSeconds":"9999"}},"version":1}']) {
      await load(stored)
      expect(config().idleSeconds, stored).toBe(kioskJson.idleSeconds)
      expect(typeof config().idleSeconds, stored).toBe('number')
    }
    // Out of range handed to the store directly: stored within the bounds.
    const items = await load(null)
    useKiosk.getState().setOverrides({ idleSeconds: 99_999_999 })
    expect(JSON.parse(items.get(OPERATOR_KEY)!).state.overrides.idleSeconds).toBe(3600)
  })

  it('starts from kiosk.json when the entry is corrupt, of the wrong shape, or from another version', async () => {
    for (const stored of [
      '{"state":',
      'null',
      '"ko"',
      '[]',
      '{"state":null,"version":1}',
      '{"state":{"overrides":"ko"},"version":1}',
      '{"state":{"overrides":{"defaultLang":3}},"version":7}',
    ]) {
      await expect(load(stored), stored).resolves.toBeDefined()
      expect(config(), stored).toMatchObject({ defaultLang: kioskJson.defaultLang, idleSeconds: kioskJson.idleSeconds })
    }
  })

  it('stores the overrides only, and still works where storage is blocked', async () => {
    const items = await load(null)
    useKiosk.getState().setOverrides({ idleSeconds: 30 })
    useKiosk.getState().setPhase('countdown', 5)
    expect(JSON.parse(items.get(OPERATOR_KEY)!)).toEqual({ state: { overrides: { idleSeconds: 30 } }, version: 1 })
    await load('{"idleSeconds":60}', true)
    expect(config().idleSeconds).toBe(kioskJson.idleSeconds)
    expect(() => useKiosk.getState().setOverrides({ defaultLang: 'zh' })).not.toThrow()
    expect(config().defaultLang).toBe('zh')
  })
})

describe('reset', () => {
  beforeEach(() => {
    useTour.getState().start('full', ['office-map', 'meeting-couches'], false)
    useHotspots.setState({ openId: 'meeting-couches', aboutOpen: true, visited: ['office-map', 'meeting-couches'] })
    useUi.setState({ helpOpen: true, tourMenuOpen: true, operatorOpen: true })
    useSettings.getState().setLang('zh')
    useNavigation.getState().requestJump('platform')
  })

  it('clears every store a visitor can change', () => {
    useJourneys.setState({ mapOpen: true, selectedId: 'beijing-2025', sound: true, comfort: true })
    startRide('beijing-2025')
    expect(useJourneys.getState().rideId).toBe('beijing-2025')
    resetVisit('ko')
    // The ride ends with its sound, and the journey map closes.
    expect(useJourneys.getState()).toMatchObject({ rideId: null, mapOpen: false, selectedId: null, sound: false })
    expect(useTour.getState().tour).toBeNull()
    expect(useHotspots.getState()).toMatchObject({ openId: null, aboutOpen: false, visited: [] })
    expect(useUi.getState()).toMatchObject({ helpOpen: false, tourMenuOpen: false, operatorOpen: false })
    expect(useSettings.getState().lang).toBe('ko')
    expect(useNavigation.getState().placeId).toBe(FRONT_PLACE)
    expect(useNavigation.getState().jump?.placeId).toBe(FRONT_PLACE)
  })
})
