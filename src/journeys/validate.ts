import type { z } from 'zod'
import { type ContentIssue, eachRecord } from '../content/validate'
import type { Dictionary } from '../content/schema'
import {
  type GeoPlace,
  type Journey,
  JourneySchema,
  type Network,
  type NetworkData,
  NetworkSchema,
  PlaceSchema,
} from './schema'

export const JOURNEYS_FILE = 'src/content/journeys.json'

export interface JourneyContent {
  networks: Partial<Record<Network, NetworkData>>
  places: Record<string, GeoPlace>
  journeys: Journey[]
  issues: ContentIssue[]
}

/** What journeys may refer to: the facts of FACTS.md and the hotspots that are shown. */
export interface JourneyContext {
  facts: readonly string[]
  hotspots: readonly string[]
  /** English texts: every journey needs its title and text. */
  en: Dictionary
}

const issuesOf = (entry: string | undefined, prefix: string, e: z.ZodError): ContentIssue[] =>
  e.issues.map((i) => ({
    file: JOURNEYS_FILE,
    entry,
    field: [prefix, ...i.path.map(String)].filter(Boolean).join('.') || undefined,
    message: i.message,
  }))

/**
 * Checks journeys.json against the facts, hotspots, places and texts. Nothing throws: a
 * journey with a problem is left out (with the file, entry and field named), the rest shown.
 */
export function validateJourneys(raw: unknown, ctx: JourneyContext): JourneyContent {
  const issues: ContentIssue[] = []
  const of = (key: string) => (raw as Record<string, unknown> | null)?.[key]
  const networks = eachRecord(JOURNEYS_FILE, of('networks'), NetworkSchema, issues, 'networks')
  const places = eachRecord(JOURNEYS_FILE, of('places'), PlaceSchema, issues, 'places')
  const list = (raw as Record<string, unknown> | null)?.journeys
  const journeys: Journey[] = []
  if (!Array.isArray(list)) issues.push({ file: JOURNEYS_FILE, field: 'journeys', message: 'must be an array' })
  else
    list.forEach((value, i) => {
      const entry = (value as { id?: unknown } | null)?.id
      const name = typeof entry === 'string' ? entry : `#${i}`
      const r = JourneySchema.safeParse(value)
      if (!r.success) return void issues.push(...issuesOf(name, '', r.error))
      const j = r.data
      const problems: ContentIssue[] = []
      const bad = (field: string, message: string) =>
        problems.push({ file: JOURNEYS_FILE, entry: name, field, message })
      if (journeys.some((o) => o.id === j.id)) bad('id', `"${j.id}" is used by an earlier journey`)
      const facts = [
        ...j.facts.map((f, k) => [`facts.${k}`, f] as const),
        ...(j.mentions ?? []).map((f, k) => [`mentions.${k}`, f] as const),
        ...(j.hours ? [['hours.fact', j.hours.fact] as const] : []),
        ...(j.averageKmh ? [['averageKmh.fact', j.averageKmh.fact] as const] : []),
        ...(j.legs ?? []).flatMap((l, k) => (l.event ? [[`legs.${k}.event.fact`, l.event.fact] as const] : [])),
      ]
      for (const [field, f] of facts) if (!ctx.facts.includes(f)) bad(field, `no fact "${f}" in facts.json`)
      // A link to a panel that is not shown costs only that link: the journey stays.
      j.hotspots.forEach((h, k) => {
        if (!ctx.hotspots.includes(h))
          issues.push({ file: JOURNEYS_FILE, entry: name, field: `hotspots.${k}`, message: `no valid hotspot "${h}"` })
      })
      j.hotspots = j.hotspots.filter((h) => ctx.hotspots.includes(h))
      if (j.start !== undefined && !places[j.start]) bad('start', `no place "${j.start}" in places`)
      j.legs?.forEach((l, k) => {
        if (!places[l.to]) bad(`legs.${k}.to`, `no place "${l.to}" in places`)
      })
      if (j.leader === 'kim-jong-il' && j.legs?.some((l) => l.locomotive !== undefined))
        bad('legs', 'Kim Jong Il’s journeys were on another train: they are not ridden, so name no locomotive')
      for (const part of ['title', 'body', 'reconstructed'])
        if (!ctx.en[`journey.${j.id}.${part}`])
          bad(part, `no English text "journey.${j.id}.${part}" in src/content/i18n/en/journeys.json`)
      if (problems.length) issues.push(...problems)
      else journeys.push(j)
    })
  journeys.sort((a, b) => a.year - b.year)
  return { networks, places, journeys, issues }
}
