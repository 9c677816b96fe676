import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CONTENT, CONTENT_CONTEXT, RAW_CONTENT } from '../../src/content'
import { BODY_WORDS, LANGS, wordCount } from '../../src/content/schema'
import { type RawContent, formatIssue, missingTranslations, validateContent } from '../../src/content/validate'
import { CARRIAGE_IDS } from '../../src/train/registry'

/** The shipped content with one hotspot replaced (or removed, with `undefined`). */
function withHotspot(index: number, change: (h: Record<string, unknown>) => Record<string, unknown> | undefined): RawContent {
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

  it('has at least 20 hotspots, and at least 4 in every carriage', () => {
    expect(CONTENT.hotspots.length).toBeGreaterThanOrEqual(20)
    for (const id of CARRIAGE_IDS) expect(CONTENT.hotspots.filter((h) => h.carriage === id).length, id).toBeGreaterThanOrEqual(4)
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
    expect(m).toContainEqual(expect.stringMatching(/^src\/content\/hotspots\.json: entry "office-map": field "sources": /))
  })

  it('rejects an unknown source id', () => {
    const m = messages(withHotspot(0, (h) => ({ ...h, sources: ['IND', 'BBC'] })))
    expect(m).toContainEqual(expect.stringContaining('field "sources.1": unknown source id "BBC"'))
  })

  it('rejects a hotspot in an unknown carriage', () => {
    const m = messages(withHotspot(1, (h) => ({ ...h, carriage: 'bedroom' })))
    expect(m).toContainEqual(expect.stringContaining('entry "office-phones": field "carriage": unknown carriage "bedroom"'))
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
    expect(messages(withHotspot(0, (h) => ({ ...h, facts: ['C99'] })))).toContainEqual(expect.stringContaining('unknown fact "C99"'))
    const hotspots = [...(RAW_CONTENT.hotspots as unknown[]), (RAW_CONTENT.hotspots as unknown[])[0]]
    expect(messages({ ...RAW_CONTENT, hotspots })).toContainEqual(expect.stringContaining('field "id": "office-map" is used by an earlier hotspot'))
  })

  it('names the text file when a panel text is missing or too long', () => {
    const en = { ...RAW_CONTENT.dictionaries.en, 'hotspots.json': { ...(RAW_CONTENT.dictionaries.en['hotspots.json'] as object) } } as Record<string, Record<string, string>>
    delete en['hotspots.json']!['hotspot.office-map.how']
    en['hotspots.json']!['hotspot.office-phones.body'] = 'word '.repeat(130)
    const m = messages({ ...RAW_CONTENT, dictionaries: { ...RAW_CONTENT.dictionaries, en } })
    expect(m).toContainEqual('src/content/i18n/en/hotspots.json: entry "hotspot.office-map.how": missing English text')
    expect(m).toContainEqual(expect.stringContaining('entry "hotspot.office-phones.body": has 130 words'))
  })

  it('leaves out only the bad entry and keeps the rest', () => {
    const result = validateContent(withHotspot(0, (h) => ({ ...h, carriage: 'bedroom' })), CONTENT_CONTEXT)
    expect(result.hotspots.map((h) => h.id)).not.toContain('office-map')
    expect(result.hotspots.length).toBe(CONTENT.hotspots.length - 1)
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

  it('lists the facts no hotspot presents yet', () => {
    const used = new Set(CONTENT.hotspots.flatMap((h) => h.facts))
    const unused = Object.keys(RAW_CONTENT.facts as object).filter((f) => !used.has(f))
    console.log(`facts on no hotspot: ${unused.length ? unused.join(', ') : 'none'}`)
    expect(unused.length).toBeLessThan(Object.keys(RAW_CONTENT.facts as object).length)
  })
})
