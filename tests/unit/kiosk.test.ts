import { beforeEach, describe, expect, it } from 'vitest'
import { kioskConfigFrom } from '../../src/kiosk/config'
import { countdownLeft, idleActivity, idleHold, idleStart, idleStep } from '../../src/kiosk/idle'
import { resetVisit } from '../../src/kiosk/reset'
import { useHotspots } from '../../src/state/hotspots'
import { useNavigation } from '../../src/state/navigation'
import { useSettings } from '../../src/state/settings'
import { useTour } from '../../src/state/tour'
import { useUi } from '../../src/state/ui'

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

describe('reset', () => {
  beforeEach(() => {
    useTour.getState().start('full', ['office-map', 'meeting-couches'], false)
    useHotspots.setState({ openId: 'meeting-couches', aboutOpen: true, visited: ['office-map', 'meeting-couches'] })
    useUi.setState({ helpOpen: true, tourMenuOpen: true, operatorOpen: true })
    useSettings.getState().setLang('zh')
    useNavigation.getState().requestJump('cars-2')
  })

  it('clears every store a visitor can change', () => {
    resetVisit('ko')
    expect(useTour.getState().tour).toBeNull()
    expect(useHotspots.getState()).toMatchObject({ openId: null, aboutOpen: false, visited: [] })
    expect(useUi.getState()).toMatchObject({ helpOpen: false, tourMenuOpen: false, operatorOpen: false })
    expect(useSettings.getState().lang).toBe('ko')
    expect(useNavigation.getState().currentId).toBe('office')
    expect(useNavigation.getState().jump?.id).toBe('office')
  })
})
