import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useHotspots } from '../../src/hotspots/store'
import { startHashSync } from '../../src/navigation/hashSync'
import { useNavigation } from '../../src/navigation/store'
import { FRONT_PLACE, PLATFORM } from '../../src/places'
import { hotspotById } from '../../src/hotspots'
import { setTrainWorld } from '../../src/player/trainWorld'
import type { Pose } from '../../src/player/walking'
import { inSight, isFree } from '../../src/player/world'
import { VISITOR } from '../../src/train/dimensions'
import { world } from './fixtures/shipped'

describe('navigation store', () => {
  beforeEach(() => useNavigation.setState({ placeId: 'office', jump: null }))

  it('records the carriage the visitor walks into', () => {
    useNavigation.getState().setPlace('restaurant')
    expect(useNavigation.getState().placeId).toBe('restaurant')
  })

  it('turns a jump into a new request each time, even to the same carriage', () => {
    const { requestJump } = useNavigation.getState()
    requestJump('cars-2')
    const first = useNavigation.getState().jump
    requestJump('cars-2')
    const second = useNavigation.getState().jump
    expect(first?.placeId).toBe('cars-2')
    expect(second?.seq).toBe((first?.seq ?? 0) + 1)
    expect(useNavigation.getState().placeId).toBe('cars-2')
  })

  it('jumps to the platform, a place that is no carriage', () => {
    useNavigation.getState().requestJump(PLATFORM)
    expect(useNavigation.getState()).toMatchObject({ placeId: PLATFORM, jump: { placeId: PLATFORM } })
  })

  it('ignores a jump to, or a report of, a place that does not exist', () => {
    useNavigation.getState().requestJump('ballroom')
    useNavigation.getState().setPlace('ballroom')
    expect(useNavigation.getState().jump).toBeNull()
    expect(useNavigation.getState().placeId).toBe('office')
  })
})

describe('links: the hash and the place', () => {
  let hash = ''
  const listeners = new Map<string, () => void>()
  let stop = () => undefined as void

  /** Opens the app at `h`, as a visitor following a link would. */
  const open = (h: string) => {
    hash = h
    stop = startHashSync()
  }
  /** The visitor edits the address bar. */
  const edit = (h: string) => {
    hash = h
    listeners.get('hashchange')?.()
  }

  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined) // no sessionStorage in Node: persist says so
    vi.stubGlobal('window', {
      location: {
        get hash() {
          return hash
        },
      },
      addEventListener: (type: string, fn: () => void) => listeners.set(type, fn),
      removeEventListener: (type: string) => listeners.delete(type),
    })
    vi.stubGlobal('history', { state: null, replaceState: (_s: unknown, _t: string, url: string) => void (hash = url) })
    useNavigation.setState({ placeId: FRONT_PLACE, jump: null })
    useHotspots.setState({ openId: null, aboutOpen: false, visited: [] })
  })
  afterEach(() => {
    stop()
    vi.unstubAllGlobals()
    vi.restoreAllMocks()
  })

  it('#/platform goes to the platform and stays there', () => {
    open('#/platform')
    expect(useNavigation.getState()).toMatchObject({ placeId: PLATFORM, jump: { placeId: PLATFORM } })
    expect(hash).toBe('#/platform')
  })

  it.each(['#/nowhere', '#/%E0%A4%A', '#/office/a/b', '', '#/'])(
    '%s lands at the front of the train, and the hash says so',
    (h) => {
      open(h)
      expect(useNavigation.getState()).toMatchObject({ placeId: FRONT_PLACE, jump: { placeId: FRONT_PLACE } })
      expect(hash).toBe(`#/${FRONT_PLACE}`)
    },
  )

  it('a carriage link goes to its entrance, with nothing open', () => {
    open('#/meeting')
    expect(useNavigation.getState().jump).toMatchObject({ placeId: 'meeting', pose: undefined })
    expect(useHotspots.getState().openId).toBeNull()
    expect(hash).toBe('#/meeting')
  })

  it('a hotspot link stands the visitor at its viewpoint with its panel open', () => {
    open('#/meeting/meeting-couches')
    const jump = useNavigation.getState().jump
    expect(jump?.placeId).toBe('meeting')
    // The viewpoint is found when the rig carries the jump out, once the train is built.
    expect(typeof jump?.pose).toBe('function')
    setTrainWorld(world)
    const h = hotspotById('meeting-couches')!
    const pose = (jump!.pose as () => Pose)()
    expect(isFree(world, pose.x, pose.z, VISITOR.radius)).toBe(true)
    expect(inSight(world, pose.x, pose.z, h.position[0], h.position[2])).toBe(true)
    expect(useHotspots.getState().openId).toBe('meeting-couches')
    expect(hash).toBe('#/meeting/meeting-couches')
  })

  it('a hotspot under the wrong carriage, or an unknown one, opens the carriage only', () => {
    open('#/office/meeting-couches')
    expect(useNavigation.getState().placeId).toBe('office')
    expect(useHotspots.getState().openId).toBeNull()
    expect(hash).toBe('#/office')
    edit('#/comms/no-such-thing')
    expect(useNavigation.getState().placeId).toBe('comms')
    expect(hash).toBe('#/comms')
  })

  it('follows walking and hand-edited hashes: the platform goes there, nowhere is written back', () => {
    open('#/office')
    useNavigation.getState().setPlace('comms')
    expect(hash).toBe('#/comms')
    edit('#/platform')
    expect(useNavigation.getState().placeId).toBe(PLATFORM)
    edit('#/nowhere')
    expect(useNavigation.getState().placeId).toBe(PLATFORM)
    expect(hash).toBe('#/platform')
  })
})

describe('rendering quality', () => {
  it('pins the pixel ratio with ?dpr= and otherwise adapts within bounds', async () => {
    const { qualityFrom, dprForFactor, DPR } = await import('../../src/scene/quality')
    expect(qualityFrom('?dpr=1', 2)).toEqual({ dpr: 1, adaptive: false })
    expect(qualityFrom('', 3)).toEqual({ dpr: DPR.max, adaptive: true })
    expect(qualityFrom('?dpr=abc', 1)).toEqual({ dpr: 1, adaptive: true })
    expect(qualityFrom('?dpr=0.00001', 1)).toEqual({ dpr: DPR.min, adaptive: false })
    expect(qualityFrom('?dpr=40', 1)).toEqual({ dpr: DPR.max, adaptive: false })
    expect(dprForFactor(0, 1.5)).toBe(DPR.min)
    expect(dprForFactor(1, 1.5)).toBe(1.5)
    expect(dprForFactor(0.5, 1)).toBeCloseTo(0.8)
  })
})
