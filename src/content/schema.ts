import { z } from 'zod'

export const LANGS = ['en', 'ko', 'zh'] as const
export type Lang = (typeof LANGS)[number]

export const EVIDENCE = ['state-media', 'expert', 'memoir', 'news', 'social'] as const
export type Evidence = (typeof EVIDENCE)[number]

const factId = z.string().regex(/^[TCLH]\d+$/, 'must be a fact id such as C2')
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes')

export const SourceSchema = z.object({
  outlet: z.string().min(1),
  /** The report's headline, only where FACTS.md gives it: never paraphrased into quotes. */
  title: z.string().min(1).optional(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD'),
})
export type Source = z.infer<typeof SourceSchema>

export const HotspotSchema = z.object({
  id: slug,
  carriage: slug,
  /** A named point the carriage module computes (the map, the couch...). */
  anchor: z.string().min(1),
  /** Metres from the anchor, in the carriage's own axes. */
  offset: z.tuple([z.number(), z.number(), z.number()]).optional(),
  /**
   * The same panel's marker in other places too: a room keeps a marker on what the
   * platform's hotspot is about (the bogies under its floor, its windows), while the
   * platform is the panel's home. Each with its own carriage (or place) and anchor.
   */
  also: z
    .array(
      z.object({
        carriage: slug,
        anchor: z.string().min(1),
        offset: z.tuple([z.number(), z.number(), z.number()]).optional(),
      }),
    )
    .optional(),
  /** Ids of the facts in FACTS.md this panel tells in full: it is their one home. */
  facts: z.array(factId).min(1),
  /** Facts told in full elsewhere that this panel refers to in a clause at most. */
  mentions: z.array(factId).optional(),
  sources: z.array(z.string().min(1)).min(1),
  evidence: z.array(z.enum(EVIDENCE)).min(1),
})
export type HotspotData = z.infer<typeof HotspotSchema>

export const TourSchema = z.object({
  id: slug,
  /** Hotspot ids, in the order the tour visits them. */
  stops: z.array(slug).min(1),
})
export type Tour = z.infer<typeof TourSchema>

/** What FACTS.md says of each fact: which reports carry it, and how they know. */
export const FactSchema = z.object({ sources: z.array(z.string().min(1)).min(1), evidence: z.enum(EVIDENCE) })
export type Fact = z.infer<typeof FactSchema>

export const DictionarySchema = z.record(z.string(), z.string().min(1))
export type Dictionary = Record<string, string>

/** Words in an English text, as a reader counts them. */
export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length
/** Words a visitor reads on a hotspot's panel: its body and its reconstructed line. */
export const panelWords = (dictionary: Dictionary, id: string): number =>
  wordCount(`${dictionary[`hotspot.${id}.body`] ?? ''} ${dictionary[`hotspot.${id}.reconstructed`] ?? ''}`)
export const BODY_WORDS = { min: 40, max: 120 } as const
