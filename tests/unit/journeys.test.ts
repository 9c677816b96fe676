import { describe, expect, it } from 'vitest'
import raw from '../../src/content/journeys.json'
import { CONTENT } from '../../src/content'
import { LANGS } from '../../src/content/schema'
import { missingTranslations } from '../../src/content/validate'
import { HOTSPOTS } from '../../src/hotspots'
import { JOURNEYS, JOURNEY_CONTENT, routeFor } from '../../src/journeys'
import { RIDE_SECONDS, clockText, passingSpeed, rideAt, rideable } from '../../src/journeys/ride'
import { validateJourneys } from '../../src/journeys/validate'
import { formatJourneyHash, parseJourneyHash } from '../../src/navigation/hash'

const ctx = { facts: Object.keys(CONTENT.facts), hotspots: HOTSPOTS.map((h) => h.id), en: CONTENT.dictionaries.en }
const clone = () => JSON.parse(JSON.stringify(raw)) as typeof raw & { journeys: Record<string, unknown>[] }

describe('journeys.json', () => {
  it('is valid as shipped, with every reported journey', () => {
    expect(JOURNEY_CONTENT.issues).toEqual([])
    expect(JOURNEYS.map((j) => j.year)).toEqual([2001, 2019, 2020, 2022, 2023, 2024, 2025])
  })

  it('has every text in every language', () => {
    const missing = missingTranslations(CONTENT.dictionaries).filter((m) =>
      /^(journey|place|country|ui\.journeys|ui\.ride)[.]/.test(m.key),
    )
    expect(missing).toEqual([])
  })

  // The panel shows the general line (an approximate route, or no place) and then the
  // journey's own, and under a journey not ridden here, why: the visitor must not read
  // the same words twice.
  it.each(LANGS.map((l) => [l]))(
    'tells each journey’s own reconstruction without repeating the lines around it (%s)',
    (lang) => {
      const d = CONTENT.dictionaries[lang]
      const pieces = (s: string) => {
        if (lang === 'en') {
          const w = s.toLowerCase().match(/[a-z0-9’']+/g) ?? []
          return w.slice(3).map((_, i) => w.slice(i, i + 4).join(' '))
        }
        const c = s.replace(/[\s\p{P}]/gu, '')
        return [...c.slice(9)].map((_, i) => c.slice(i, i + 10))
      }
      const repeated = JOURNEYS.flatMap((j) => {
        const around = [routeFor(j) ? 'ui.journeys.approximate' : 'ui.journeys.noPlace']
        if (!rideable(j)) around.push('ui.journeys.noRide')
        const before = around.flatMap((k) => pieces(d[k] ?? ''))
        const own = new Set(pieces(d[`journey.${j.id}.reconstructed`] ?? ''))
        return before.filter((p) => own.has(p)).map((p) => `${j.id}: "${p}"`)
      })
      expect(repeated).toEqual([])
    },
  )

  it('names the file, entry and field of a bad journey, and keeps the others', () => {
    const bad = clone()
    bad.journeys[1]!.facts = ['H99']
    const links = bad.journeys[2]!.hotspots
    bad.journeys[2]!.hotspots = ['no-such-hotspot', ...links]
    ;(bad.journeys[3] as { legs?: unknown }).legs = [{ to: 'atlantis', network: 'dprk' }]
    const r = validateJourneys(bad, ctx)
    // A bad link to a panel costs only the link; the journey stays with its other links.
    expect(r.journeys.length).toBe(raw.journeys.length - 2)
    expect(r.journeys.find((j) => j.id === bad.journeys[2]!.id)?.hotspots).toEqual(links)
    const said = r.issues.map((i) => `${i.file}: ${i.entry}: ${i.field}: ${i.message}`)
    expect(said).toContain('src/content/journeys.json: hanoi-2019: facts.0: no fact "H99" in facts.json')
    expect(said.some((s) => s.includes('typhoon-2020: hotspots.0: no valid hotspot "no-such-hotspot"'))).toBe(true)
    expect(said.some((s) => s.includes('corn-2022') && s.includes('either "start" and "legs"'))).toBe(true)
  })

  it('refuses a journey with no English text, and a locomotive for Kim Jong Il’s train', () => {
    const bad = clone()
    bad.journeys[0]!.id = 'untold-2001'
    ;(bad.journeys[0]!.legs as { locomotive?: string }[])[0]!.locomotive = 'home'
    const r = validateJourneys(bad, ctx)
    const fields = r.issues.filter((i) => i.entry === 'untold-2001').map((i) => i.field)
    expect(fields).toEqual(expect.arrayContaining(['title', 'body', 'reconstructed', 'legs']))
  })

  it('says where it is broken when the file is not an object of lists', () => {
    const r = validateJourneys({ places: [], journeys: {} }, ctx)
    expect(r.journeys).toEqual([])
    expect(r.issues.map((i) => i.field)).toEqual(expect.arrayContaining(['networks', 'places', 'journeys']))
  })
})

describe('a ride', () => {
  const beijing = JOURNEYS.find((j) => j.id === 'beijing-2025')!
  const route = routeFor(beijing)!

  it('follows its legs: North Korea to the border, then China to Beijing', () => {
    expect(route.totalKm).toBeGreaterThan(900)
    expect(route.totalKm).toBeLessThan(1500)
    expect(rideAt(beijing, route, 0.05)).toMatchObject({ leg: 0, network: 'dprk' })
    const border = route.legKm[1]! / route.totalKm
    expect(rideAt(beijing, route, border + 0.01)).toMatchObject({ leg: 1, network: 'china' })
    expect(rideAt(beijing, route, 1).km).toBeCloseTo(route.totalKm)
  })

  it('keeps the reported clock: 20 hours for 2025, none where the reports give none', () => {
    expect(rideAt(beijing, route, 0.5).hours).toBe(10)
    const corn = JOURNEYS.find((j) => j.id === 'corn-2022')!
    expect(routeFor(corn)).toBeNull()
    expect(rideAt(corn, null, 0.5)).toMatchObject({ hours: null, km: null, network: 'dprk' })
    expect(clockText(7.34)).toEqual({ h: 7, min: 20 })
    expect(RIDE_SECONDS).toBeGreaterThan(30)
  })

  it('passes the windows at the network’s reported speed, slower in comfort', () => {
    expect(passingSpeed({ topKmh: 45 }, false)).toBeCloseTo(12.5)
    expect(passingSpeed({ topKmh: 80 }, true)).toBeLessThan(passingSpeed({ topKmh: 80 }, false))
  })

  it('is only Kim Jong Un’s', () => {
    expect(JOURNEYS.filter(rideable).map((j) => j.year)).toEqual([2019, 2020, 2022, 2023, 2024, 2025])
  })
})

describe('journey links', () => {
  it('reads #/journey/<id> and #/journeys', () => {
    expect(parseJourneyHash('#/journey/beijing-2025')).toBe('beijing-2025')
    expect(parseJourneyHash('#/journeys')).toBe('')
    expect(parseJourneyHash('#/journey/Bad Id!')).toBe('')
    expect(parseJourneyHash('#/office')).toBeNull()
    expect(formatJourneyHash('hanoi-2019')).toBe('#/journey/hanoi-2019')
  })
})

describe('the journey map’s countries', () => {
  it('are exactly what `npm run geo` makes of world-atlas, with every country the map names', async () => {
    const world = (await import('world-atlas/countries-50m.json')).default as never
    const { subsetTopology, JOURNEY_BOX } = await import('../../src/geo/subset')
    const shipped = (await import('../../src/geo/region-50m.json')).default
    const made = subsetTopology(world, JOURNEY_BOX)
    expect(JSON.stringify(made)).toBe(JSON.stringify(shipped))
    const ids = made.objects.countries.geometries.map((g) => String(g.id))
    for (const id of ['156', '643', '408', '410', '496', '392', '704']) expect(ids).toContain(id)
    expect(ids).not.toContain('032') // Argentina: nowhere near the map
  })
})
