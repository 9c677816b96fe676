import { beforeEach, describe, expect, it } from 'vitest'
import { useNavigation } from '../../src/state/navigation'

describe('navigation store', () => {
  beforeEach(() => useNavigation.setState({ currentId: 'office', jump: null }))

  it('records the current carriage', () => {
    useNavigation.getState().setCurrent('restaurant')
    expect(useNavigation.getState().currentId).toBe('restaurant')
  })

  it('turns a jump into a new request each time, even to the same carriage', () => {
    const { requestJump } = useNavigation.getState()
    requestJump('cars-2')
    const first = useNavigation.getState().jump
    requestJump('cars-2')
    const second = useNavigation.getState().jump
    expect(first?.id).toBe('cars-2')
    expect(second?.seq).toBe((first?.seq ?? 0) + 1)
    expect(useNavigation.getState().currentId).toBe('cars-2')
  })

  it('ignores a jump to a carriage that does not exist', () => {
    useNavigation.getState().requestJump('ballroom')
    expect(useNavigation.getState().jump).toBeNull()
    expect(useNavigation.getState().currentId).toBe('office')
  })
})

describe('rendering quality', () => {
  it('pins the pixel ratio with ?dpr= and otherwise adapts within bounds', async () => {
    const { qualityFrom, dprForFactor, DPR } = await import('../../src/scene/quality')
    expect(qualityFrom('?dpr=1', 2)).toEqual({ dpr: 1, adaptive: false })
    expect(qualityFrom('', 3)).toEqual({ dpr: DPR.max, adaptive: true })
    expect(qualityFrom('?dpr=abc', 1)).toEqual({ dpr: 1, adaptive: true })
    expect(dprForFactor(0, 1.5)).toBe(DPR.min)
    expect(dprForFactor(1, 1.5)).toBe(1.5)
    expect(dprForFactor(0.5, 1)).toBeCloseTo(0.8)
  })
})
