import { describe, expect, it } from 'vitest'
import { formatHash, parseHash } from '../../src/navigation/hash'
import { PLACE_IDS, PLATFORM } from '../../src/places'

const ids = ['office', 'meeting', 'cars-1', 'platform']

describe('URL hash', () => {
  it('reads a carriage', () => {
    expect(parseHash('#/office', ids)).toEqual({ placeId: 'office' })
    expect(parseHash('#/cars-1', ids)).toEqual({ placeId: 'cars-1' })
  })

  it('reads a carriage and a hotspot', () => {
    expect(parseHash('#/meeting/pink-couches', ids)).toEqual({ placeId: 'meeting', hotspotId: 'pink-couches' })
  })

  it('reads the platform, a reserved place of the shipped train', () => {
    expect(parseHash('#/platform', PLACE_IDS)).toEqual({ placeId: PLATFORM })
    expect(parseHash('#/Platform/', PLACE_IDS)).toEqual({ placeId: PLATFORM })
    // Every carriage of the shipped train is a place too, under its own id.
    expect(parseHash('#/office', PLACE_IDS)).toEqual({ placeId: 'office' })
  })

  it('forgives a missing slash, a trailing slash and capitals', () => {
    expect(parseHash('#office', ids)).toEqual({ placeId: 'office' })
    expect(parseHash('#/office/', ids)).toEqual({ placeId: 'office' })
    expect(parseHash('#/Office', ids)).toEqual({ placeId: 'office' })
  })

  it('rejects what is not a known place', () => {
    for (const h of [
      '',
      '#',
      '#/',
      '#/ballroom',
      '#/nowhere',
      '#/office/a/b',
      '#/%E0%A4%A',
      '#/../office',
      '#/<script>',
      '#/platform-2',
    ]) {
      expect(parseHash(h, ids), h).toBeNull()
    }
    expect(parseHash('#/platform', ['office']), 'a train that lists no platform').toBeNull()
  })

  it('drops a malformed hotspot but keeps the place', () => {
    expect(parseHash('#/office/<b>', ids)).toEqual({ placeId: 'office' })
    expect(parseHash('#/platform/%ZZ', ids)).toEqual({ placeId: 'platform' })
  })

  it('writes what it reads', () => {
    for (const place of [
      { placeId: 'office' },
      { placeId: 'meeting', hotspotId: 'pink-couches' },
      { placeId: 'platform' },
    ]) {
      expect(parseHash(formatHash(place), ids)).toEqual(place)
    }
    expect(formatHash({ placeId: 'office' })).toBe('#/office')
    expect(formatHash({ placeId: PLATFORM })).toBe('#/platform')
  })
})
