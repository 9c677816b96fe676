import { describe, expect, it } from 'vitest'
import { formatHash, parseHash } from '../../src/state/hash'

const ids = ['office', 'meeting', 'cars-1']

describe('URL hash', () => {
  it('reads a carriage', () => {
    expect(parseHash('#/office', ids)).toEqual({ carriageId: 'office' })
    expect(parseHash('#/cars-1', ids)).toEqual({ carriageId: 'cars-1' })
  })

  it('reads a carriage and a hotspot', () => {
    expect(parseHash('#/meeting/pink-couches', ids)).toEqual({ carriageId: 'meeting', hotspotId: 'pink-couches' })
  })

  it('forgives a missing slash, a trailing slash and capitals', () => {
    expect(parseHash('#office', ids)).toEqual({ carriageId: 'office' })
    expect(parseHash('#/office/', ids)).toEqual({ carriageId: 'office' })
    expect(parseHash('#/Office', ids)).toEqual({ carriageId: 'office' })
  })

  it('rejects what is not a known carriage', () => {
    for (const h of ['', '#', '#/', '#/ballroom', '#/office/a/b', '#/%E0%A4%A', '#/../office', '#/<script>']) {
      expect(parseHash(h, ids), h).toBeNull()
    }
  })

  it('drops a malformed hotspot but keeps the carriage', () => {
    expect(parseHash('#/office/<b>', ids)).toEqual({ carriageId: 'office' })
  })

  it('writes what it reads', () => {
    for (const place of [{ carriageId: 'office' }, { carriageId: 'meeting', hotspotId: 'pink-couches' }]) {
      expect(parseHash(formatHash(place), ids)).toEqual(place)
    }
    expect(formatHash({ carriageId: 'office' })).toBe('#/office')
  })
})
