import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { PLATFORM } from '../../src/places'
import { CONTENT, CONTENT_CONTEXT, RAW_CONTENT } from '../../src/content'
import GLOSSARY from '../../src/content/glossary.json'
import { BODY_WORDS, LANGS, wordCount } from '../../src/content/schema'
import { MAX_OVERLAP, commonWords, overlap } from '../../src/content/similarity'
import { type RawContent, formatIssue, missingTranslations, validateContent } from '../../src/content/validate'
import { CARRIAGE_IDS } from '../../src/carriages/registry'

/** The shipped content with one hotspot replaced (or removed, with `undefined`). */
function withHotspot(
  index: number,
  change: (h: Record<string, unknown>) => Record<string, unknown> | undefined,
): RawContent {
  const hotspots = structuredClone(RAW_CONTENT.hotspots) as Record<string, unknown>[]
  const changed = change(hotspots[index]!)
  if (changed) hotspots[index] = changed
  else hotspots.splice(index, 1)
  return { ...RAW_CONTENT, hotspots }
}

const messages = (raw: RawContent) => validateContent(raw, CONTENT_CONTEXT).issues.map(formatIssue)

describe('shipped content', () => {
  it('passes validation with no issue at all', () => {
    expect(CONTENT.issues.map(formatIssue)).toEqual([])
  })

  /** The markers of a place: its own hotspots, and those homed elsewhere that are marked here too. */
  const markedIn = (id: string) =>
    CONTENT.hotspots.flatMap((h) => [h, ...(h.also ?? [])].filter((at) => at.carriage === id).map((at) => at.anchor))

  it('has at least 3 hotspots in every room, each on an anchor of its own', () => {
    for (const id of CARRIAGE_IDS) {
      const anchors = markedIn(id)
      expect(anchors.length, id).toBeGreaterThanOrEqual(3)
      expect(new Set(anchors).size, `${id}: two hotspots share an anchor`).toBe(anchors.length)
    }
  })

  it('has at least 6 hotspots outside, on the platform, each on an object of its own', () => {
    const anchors = markedIn(PLATFORM)
    expect(anchors.length).toBeGreaterThanOrEqual(6)
    expect(new Set(anchors).size).toBe(anchors.length)
    // They are the homes of what the reports say of the outside: the livery, the armour, the locomotives, the borders.
    const homed = CONTENT.hotspots.filter((h) => h.carriage === PLATFORM).flatMap((h) => h.facts)
    expect(homed.sort()).toEqual(['L1', 'L2', 'L3', 'L4', 'L5', 'T6', 'T7'])
  })

  it('gives every fact in facts.json one home hotspot that tells it in full (lists them)', () => {
    const facts = Object.keys(CONTENT.facts)
    console.log(facts.map((f) => `${f} → ${CONTENT.homes.get(f) ?? 'NONE'}`).join('\n'))
    expect(
      facts.filter((f) => !CONTENT.homes.has(f)),
      'facts with no home',
    ).toEqual([])
  })

  it(`has no two panels whose bodies share most of their words (over ${MAX_OVERLAP * 100}%)`, () => {
    const bodies = CONTENT.hotspots.map((h) => [h.id, CONTENT.dictionaries.en[`hotspot.${h.id}.body`] ?? ''] as const)
    const common = commonWords(bodies.map(([, b]) => b))
    const twins: string[] = []
    bodies.forEach(([a, ta], i) =>
      bodies.slice(i + 1).forEach(([b, tb]) => overlap(ta, tb, common) > MAX_OVERLAP && twins.push(`${a} ~ ${b}`)),
    )
    expect(twins).toEqual([])
  })

  it('gives every hotspot a reconstructed line of its own, apart from the body', () => {
    const lines = CONTENT.hotspots.map((h) => CONTENT.dictionaries.en[`hotspot.${h.id}.reconstructed`] ?? '')
    for (const [i, line] of lines.entries()) expect(line.length, CONTENT.hotspots[i]!.id).toBeGreaterThan(10)
  })

  it.each(LANGS.map((l) => [l]))('uses none of the terms the %s glossary bans, in any panel or the UI', (lang) => {
    const found: string[] = []
    for (const { pattern, use } of GLOSSARY[lang].banned) {
      const re = new RegExp(pattern, lang === 'en' ? 'iu' : 'u')
      for (const [key, text] of Object.entries(CONTENT.dictionaries[lang]))
        if (re.test(text)) found.push(`${key}: /${pattern}/ (use ${use})`)
    }
    expect(found).toEqual([])
  })

  it('cites at least one known source on every hotspot', () => {
    for (const h of CONTENT.hotspots) {
      expect(h.sources.length, h.id).toBeGreaterThan(0)
      for (const s of h.sources) expect(CONTENT.sources[s], `${h.id} cites ${s}`).toBeDefined()
    }
  })

  it(`keeps every English panel text between ${BODY_WORDS.min} and ${BODY_WORDS.max} words`, () => {
    for (const h of CONTENT.hotspots) {
      const n = wordCount(CONTENT.dictionaries.en[`hotspot.${h.id}.body`] ?? '')
      expect(n, h.id).toBeGreaterThanOrEqual(BODY_WORDS.min)
      expect(n, h.id).toBeLessThanOrEqual(BODY_WORDS.max)
    }
  })

  it('translates every key into Korean and Chinese (lists any missing)', () => {
    const missing = missingTranslations(CONTENT.dictionaries).map((m) => `${m.lang}: ${m.key}`)
    expect(missing).toEqual([])
  })

  it('has no key in a translation that English lacks (a typo would never show)', () => {
    for (const lang of LANGS) {
      const extra = Object.keys(CONTENT.dictionaries[lang]).filter((k) => CONTENT.dictionaries.en[k] === undefined)
      expect(extra, lang).toEqual([])
    }
  })
})

describe('a broken content file', () => {
  it('names the file, entry and field of a missing field', () => {
    const m = messages(withHotspot(0, ({ sources: _drop, ...rest }) => rest))
    expect(m).toContainEqual(
      expect.stringMatching(/^src\/content\/hotspots\.json: entry "office-map": field "sources": /),
    )
  })

  it('rejects an unknown source id', () => {
    const m = messages(withHotspot(0, (h) => ({ ...h, sources: ['IND', 'BBC'] })))
    expect(m).toContainEqual(expect.stringContaining('field "sources.1": unknown source id "BBC"'))
  })

  it('rejects a hotspot in an unknown carriage', () => {
    const m = messages(withHotspot(1, (h) => ({ ...h, carriage: 'piano-car' })))
    expect(m).toContainEqual(
      expect.stringContaining('entry "office-laptop": field "carriage": unknown carriage "piano-car"'),
    )
  })

  it('rejects an anchor its carriage does not have', () => {
    const m = messages(withHotspot(1, (h) => ({ ...h, anchor: 'piano' })))
    expect(m).toContainEqual(expect.stringContaining('field "anchor": carriage "office" has no anchor "piano"'))
  })

  it('rejects sources that do not match the facts cited', () => {
    const m = messages(withHotspot(0, (h) => ({ ...h, sources: ['ZEE'] })))
    expect(m).toContainEqual(expect.stringContaining('field "sources": must be exactly the sources of facts C2: IND'))
  })

  it('rejects a fact id that FACTS.md does not have, and a duplicate id', () => {
    expect(messages(withHotspot(0, (h) => ({ ...h, facts: ['C99'] })))).toContainEqual(
      expect.stringContaining('unknown fact "C99"'),
    )
    const hotspots = [...(RAW_CONTENT.hotspots as unknown[]), (RAW_CONTENT.hotspots as unknown[])[0]]
    expect(messages({ ...RAW_CONTENT, hotspots })).toContainEqual(
      expect.stringContaining('field "id": "office-map" is used by an earlier hotspot'),
    )
  })

  it('names the text file when a panel text is missing or too long', () => {
    const en = {
      ...RAW_CONTENT.dictionaries.en,
      'hotspots.json': { ...(RAW_CONTENT.dictionaries.en['hotspots.json'] as object) },
    } as Record<string, Record<string, string>>
    delete en['hotspots.json']!['hotspot.office-map.how']
    en['hotspots.json']!['hotspot.office-laptop.body'] = 'word '.repeat(130)
    const m = messages({ ...RAW_CONTENT, dictionaries: { ...RAW_CONTENT.dictionaries, en } })
    expect(m).toContainEqual('src/content/i18n/en/hotspots.json: entry "hotspot.office-map.how": missing English text')
    expect(m).toContainEqual(expect.stringContaining('entry "hotspot.office-laptop.body": has 130 words'))
  })

  it('rejects a second home for a fact, and accepts it as a mention', () => {
    const second = withHotspot(1, (h) => ({ ...h, facts: ['C2'], sources: ['IND'] }))
    expect(messages(second)).toContainEqual(
      expect.stringContaining(
        'entry "office-laptop": field "facts.0": fact C2 is already told in full by "office-map"',
      ),
    )
    const mention = withHotspot(1, (h) => ({ ...h, mentions: ['C2'], sources: ['IND', 'ZEE'] }))
    expect(messages(mention)).toEqual([])
  })

  it('counts mentioned facts in the sources a panel must cite', () => {
    const m = messages(withHotspot(1, (h) => ({ ...h, mentions: ['C2'] })))
    expect(m).toContainEqual(
      expect.stringContaining('field "sources": must be exactly the sources of facts C3, C2: IND, ZEE'),
    )
  })

  it('flags two near-identical panels, as the old wine and lobster panels were', () => {
    const wine =
      'The train has a restaurant carriage. In his 2002 memoir, Orient Express, Konstantin Pulikovsky recalled that on Kim Jong Il’s 2001 trip, Bordeaux and Beaujolais wines were flown in from Paris, along with live lobsters. The bottles on this shelf are our reconstruction: their labels, their number and the way wine was kept on board are not recorded in the reporting.'
    const lobster =
      'Konstantin Pulikovsky recalled in his 2002 memoir, Orient Express, that live lobsters were flown in from Paris for Kim Jong Il’s 2001 trip, as were Bordeaux and Beaujolais wines. The train has a restaurant carriage, and this counter is part of our reconstruction of it; the reporting does not describe how the kitchen was fitted out or how meals were served.'
    const common = commonWords(CONTENT.hotspots.map((h) => CONTENT.dictionaries.en[`hotspot.${h.id}.body`] ?? ''))
    expect(overlap(wine, lobster, common)).toBeGreaterThan(MAX_OVERLAP)
  })

  it('names the text file when a reconstructed line is missing', () => {
    const en = {
      ...RAW_CONTENT.dictionaries.en,
      'hotspots.json': { ...(RAW_CONTENT.dictionaries.en['hotspots.json'] as object) },
    } as Record<string, Record<string, string>>
    delete en['hotspots.json']!['hotspot.office-map.reconstructed']
    expect(messages({ ...RAW_CONTENT, dictionaries: { ...RAW_CONTENT.dictionaries, en } })).toContainEqual(
      'src/content/i18n/en/hotspots.json: entry "hotspot.office-map.reconstructed": missing English text',
    )
  })

  it('leaves out only the bad entry and keeps the rest', () => {
    const result = validateContent(
      withHotspot(0, (h) => ({ ...h, carriage: 'piano-car' })),
      CONTENT_CONTEXT,
    )
    expect(result.hotspots.map((h) => h.id)).not.toContain('office-map')
    expect(result.hotspots.length).toBe(CONTENT.hotspots.length - 1)
  })

  it('keeps every tour with its other stops when one stop is broken, and names the stop', () => {
    const result = validateContent(
      withHotspot(0, (h) => ({ ...h, carriage: 'piano-car' })),
      CONTENT_CONTEXT,
    )
    expect(result.tours.map((t) => t.id)).toEqual(CONTENT.tours.map((t) => t.id))
    for (const tour of result.tours) {
      const shipped = CONTENT.tours.find((t) => t.id === tour.id)!.stops
      expect(tour.stops).toEqual(shipped.filter((s) => s !== 'office-map'))
      if (shipped.includes('office-map'))
        expect(result.issues.map(formatIssue)).toContainEqual(
          expect.stringContaining(
            `src/content/tours.json: entry "${tour.id}": field "stops.${shipped.indexOf('office-map')}"`,
          ),
        )
    }
  })

  it('reports a dictionary that is not text', () => {
    const ko = { ...RAW_CONTENT.dictionaries.ko, 'ui.json': { 'ui.close': 42 } }
    const m = messages({ ...RAW_CONTENT, dictionaries: { ...RAW_CONTENT.dictionaries, ko } })
    expect(m).toContainEqual(expect.stringMatching(/^src\/content\/i18n\/ko\/ui\.json: field "ui\.close": /))
  })
})

/** FACTS.md lives beside the repository (../shared); CI always has it, a bare clone may not. */
const FACTS_MD = new URL('../../../shared/content/FACTS.md', import.meta.url)

describe.runIf(existsSync(FACTS_MD))('facts.json against FACTS.md', () => {
  it('carries every fact with the same sources and evidence', () => {
    const fromMd: Record<string, { sources: string[]; evidence: string }> = {}
    for (const line of readFileSync(FACTS_MD, 'utf8').split('\n')) {
      const m = /^\|\s*([TCLH]\d+)\s*\|.*\|\s*([A-Z, ]+?)\s*\|\s*([a-z-]+)\s*\|\s*$/.exec(line)
      if (m) fromMd[m[1]!] = { sources: m[2]!.split(',').map((s) => s.trim()), evidence: m[3]! }
    }
    expect(RAW_CONTENT.facts).toEqual(fromMd)
  })

  it('has the 36 rows FACTS.md lists', () => {
    expect(Object.keys(RAW_CONTENT.facts as object)).toHaveLength(36)
  })
})
