import type { z } from 'zod'
import {
  BODY_WORDS,
  type Dictionary,
  DictionarySchema,
  type Fact,
  FactSchema,
  type HotspotData,
  type Tour,
  TourSchema,
  HotspotSchema,
  LANGS,
  type Lang,
  type Source,
  SourceSchema,
  wordCount,
} from './schema'

/** One problem in a content file, precise enough for a curator to fix it. */
export interface ContentIssue {
  file: string
  entry?: string
  field?: string
  message: string
}

export function formatIssue(i: ContentIssue): string {
  return [i.file, i.entry && `entry "${i.entry}"`, i.field && `field "${i.field}"`, i.message]
    .filter(Boolean)
    .join(': ')
}

/** The content files as loaded, before any checking. */
export interface RawContent {
  sources: unknown
  facts: unknown
  tours: unknown
  hotspots: unknown
  /** Per language, per file name (ui.json, hotspots.json): a flat key → text object. */
  dictionaries: Record<Lang, Record<string, unknown>>
}

/** What the train offers content to attach to. */
export interface ContentContext {
  carriages: readonly { id: string; anchors: readonly string[] }[]
}

export interface Content {
  sources: Record<string, Source>
  facts: Record<string, Fact>
  /** Fact id → the one hotspot that tells it in full. A fact missing here has no home yet. */
  homes: Map<string, string>
  hotspots: HotspotData[]
  tours: Tour[]
  dictionaries: Record<Lang, Dictionary>
  issues: ContentIssue[]
}

/** The texts every hotspot has, per language: `hotspot.<id>.<part>`. */
export const HOTSPOT_TEXTS = ['title', 'body', 'how', 'reconstructed'] as const

const FILES = {
  sources: 'src/content/sources.json',
  facts: 'src/content/facts.json',
  tours: 'src/content/tours.json',
  hotspots: 'src/content/hotspots.json',
  dict: (lang: string, file: string) => `src/content/i18n/${lang}/${file}`,
}

function zodIssues(file: string, entry: string | undefined, error: z.ZodError): ContentIssue[] {
  return error.issues.map((e) => ({
    file,
    entry,
    field: e.path.map(String).join('.') || undefined,
    message: e.message,
  }))
}

function entryName(raw: unknown, index: number): string {
  const id = (raw as { id?: unknown } | null)?.id
  return typeof id === 'string' && id ? id : `#${index + 1}`
}

/**
 * Parses each entry of a content file that must be an array, reporting the file, the
 * entry and the field of whatever does not fit; `check` adds the cross-checks and says
 * (by returning no problems) whether the entry is kept.
 */
function eachEntry<T>(
  file: string,
  raw: unknown,
  schema: z.ZodType<T>,
  issues: ContentIssue[],
  check: (item: T, entry: string, problems: ContentIssue[]) => void,
): T[] {
  if (!Array.isArray(raw)) {
    issues.push({ file, message: 'must be an array' })
    return []
  }
  const kept: T[] = []
  raw.forEach((value, index) => {
    const entry = entryName(value, index)
    const r = schema.safeParse(value)
    if (!r.success) return void issues.push(...zodIssues(file, entry, r.error))
    const problems: ContentIssue[] = []
    check(r.data, entry, problems)
    issues.push(...problems)
    if (problems.length === 0) kept.push(r.data)
  })
  return kept
}

/**
 * The same for a file, or a `field` of one, that is an object of id → entry (sources,
 * facts, the journeys' places).
 */
export function eachRecord<T>(
  file: string,
  raw: unknown,
  schema: z.ZodType<T>,
  issues: ContentIssue[],
  field?: string,
): Record<string, T> {
  const kept: Record<string, T> = {}
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    issues.push({ file, field, message: 'must be an object of id → entry' })
    return kept
  }
  for (const [id, value] of Object.entries(raw)) {
    const r = schema.safeParse(value)
    if (r.success) kept[id] = r.data
    else issues.push(...zodIssues(file, id, r.error))
  }
  return kept
}

/**
 * Checks every content file and keeps what is valid. Nothing throws: a bad entry is
 * left out and reported, so the rest of the train still works (the tests fail on any
 * issue; the app warns in the console).
 */
export function validateContent(raw: RawContent, ctx: ContentContext): Content {
  const issues: ContentIssue[] = []
  const sources: Record<string, Source> = eachRecord(FILES.sources, raw.sources, SourceSchema, issues)
  const facts: Record<string, Fact> = eachRecord(FILES.facts, raw.facts, FactSchema, issues)

  const dictionaries = {} as Record<Lang, Dictionary>
  for (const lang of LANGS) {
    dictionaries[lang] = {}
    for (const [file, value] of Object.entries(raw.dictionaries[lang] ?? {})) {
      const r = DictionarySchema.safeParse(value)
      if (r.success) Object.assign(dictionaries[lang], r.data)
      else issues.push(...zodIssues(FILES.dict(lang, file), undefined, r.error))
    }
  }

  const seen = new Set<string>()
  /** Fact id → the hotspot that tells it in full. */
  const homes = new Map<string, string>()
  const hotspots: HotspotData[] = eachEntry(
    FILES.hotspots,
    raw.hotspots,
    HotspotSchema,
    issues,
    (h, entry, problems) => {
      const bad = (field: string, message: string) => problems.push({ file: FILES.hotspots, entry, field, message })
      if (seen.has(h.id)) bad('id', `"${h.id}" is used by an earlier hotspot`)
      const where = (field: string, at: { carriage: string; anchor: string }) => {
        const carriage = ctx.carriages.find((c) => c.id === at.carriage)
        if (!carriage)
          bad(
            `${field}carriage`,
            `unknown carriage "${at.carriage}" (known: ${ctx.carriages.map((c) => c.id).join(', ')})`,
          )
        else if (!carriage.anchors.includes(at.anchor))
          bad(
            `${field}anchor`,
            `carriage "${at.carriage}" has no anchor "${at.anchor}" (it has: ${carriage.anchors.join(', ')})`,
          )
      }
      where('', h)
      h.also?.forEach((a, i) => where(`also.${i}.`, a))
      h.sources.forEach(
        (s, i) =>
          sources[s] === undefined &&
          bad(`sources.${i}`, `unknown source id "${s}" (known: ${Object.keys(sources).join(', ')})`),
      )
      const mentions = h.mentions ?? []
      h.facts.forEach((f, i) => facts[f] === undefined && bad(`facts.${i}`, `unknown fact "${f}" (see FACTS.md)`))
      mentions.forEach((f, i) => facts[f] === undefined && bad(`mentions.${i}`, `unknown fact "${f}" (see FACTS.md)`))
      // Every fact is told in full in one panel, its home; any other panel only mentions it.
      h.facts.forEach(
        (f, i) =>
          homes.has(f) &&
          bad(`facts.${i}`, `fact ${f} is already told in full by "${homes.get(f)}"; list it under "mentions" here`),
      )
      mentions.forEach((f, i) => h.facts.includes(f) && bad(`mentions.${i}`, `fact ${f} is also in "facts"`))
      const ids = [...h.facts, ...mentions]
      const cited = ids.map((f) => facts[f])
      if (cited.every((f) => f !== undefined)) {
        // A panel cites exactly the reports its facts come from, and every kind of evidence behind them.
        const should = [...new Set(cited.flatMap((f) => f.sources))].sort()
        if (should.join() !== [...h.sources].sort().join())
          bad('sources', `must be exactly the sources of facts ${ids.join(', ')}: ${should.join(', ')}`)
        const kinds = [...new Set(cited.map((f) => f.evidence))]
        const missing = kinds.filter((k) => !h.evidence.includes(k))
        if (missing.length)
          bad('evidence', `must include ${missing.join(', ')} (the evidence of facts ${ids.join(', ')})`)
      }
      const en = dictionaries.en
      for (const part of HOTSPOT_TEXTS) {
        if (!en[`hotspot.${h.id}.${part}`])
          problems.push({
            file: FILES.dict('en', 'hotspots.json'),
            entry: `hotspot.${h.id}.${part}`,
            message: 'missing English text',
          })
      }
      const body = en[`hotspot.${h.id}.body`]
      const n = body ? wordCount(body) : BODY_WORDS.min
      if (n < BODY_WORDS.min || n > BODY_WORDS.max) {
        problems.push({
          file: FILES.dict('en', 'hotspots.json'),
          entry: `hotspot.${h.id}.body`,
          message: `has ${n} words; a panel needs ${BODY_WORDS.min} to ${BODY_WORDS.max}`,
        })
      }
      if (problems.length > 0) return
      seen.add(h.id)
      for (const f of h.facts) homes.set(f, h.id)
    },
  )

  const tourIds = new Set<string>()
  const tours: Tour[] = eachEntry(FILES.tours, raw.tours, TourSchema, issues, (tour, entry, problems) => {
    if (tourIds.has(tour.id))
      problems.push({ file: FILES.tours, entry, field: 'id', message: `"${tour.id}" is used by an earlier tour` })
    tourIds.add(tour.id)
    // A stop whose panel is not shown costs only that stop (reported all the same): the
    // tour, and the kiosk's attract loop that plays it, go on with the others.
    tour.stops.forEach(
      (stop, i) =>
        !seen.has(stop) &&
        issues.push({ file: FILES.tours, entry, field: `stops.${i}`, message: `no valid hotspot "${stop}"` }),
    )
    tour.stops = tour.stops.filter((stop) => seen.has(stop))
    if (tour.stops.length === 0)
      problems.push({ file: FILES.tours, entry, field: 'stops', message: 'no stop is left that can be shown' })
    if (!dictionaries.en[`tour.${tour.id}.name`])
      problems.push({
        file: FILES.dict('en', 'ui.json'),
        entry: `tour.${tour.id}.name`,
        message: 'missing English text',
      })
  })
  return { sources, facts, homes, hotspots, tours, dictionaries, issues }
}

/** Keys English has that another language lacks: each shows in English until translated. */
export function missingTranslations(dictionaries: Record<Lang, Dictionary>): { lang: Lang; key: string }[] {
  const out: { lang: Lang; key: string }[] = []
  for (const lang of LANGS) {
    if (lang === 'en') continue
    for (const key of Object.keys(dictionaries.en)) if (!dictionaries[lang][key]) out.push({ lang, key })
  }
  return out
}
