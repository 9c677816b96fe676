import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import kioskJson from '../../src/content/kiosk.json'
import { kioskConfigFrom, parseOverrides } from '../../src/kiosk/config'
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
  const base = { pin: '1', defaultLang: 'en' as const, idleSeconds: 90, countdownSeconds: 15 }
  it('is off without ?kiosk and on with it', () => {
    expect(kioskConfigFrom('', base).enabled).toBe(false)
    expect(kioskConfigFrom('?kiosk', base).enabled).toBe(true)
    expect(kioskConfigFrom('?kiosk=0', base).enabled).toBe(false)
  })
  it('takes ?idle over the operator, and the operator over the file', () => {
    expect(kioskConfigFrom('?kiosk', base, { idleSeconds: 60 }).idleSeconds).toBe(60)
    expect(kioskConfigFrom('?kiosk&idle=5', base, { idleSeconds: 60 }).idleSeconds).toBe(5)
    expect(kioskConfigFrom('?kiosk&idle=abc', base).idleSeconds).toBe(90)
    expect(kioskConfigFrom('?kiosk', base, { defaultLang: 'ko' }).defaultLang).toBe('ko')
    expect(kioskConfigFrom('?kiosk', base, { defaultLang: 'xx' as never }).defaultLang).toBe('en')
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
