import { z } from 'zod'
import { LOCOMOTIVE_CHOICES } from '../exterior/locomotives'

const factId = z.string().regex(/^[TCLH]\d+$/, 'must be a fact id such as H6')
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes')
const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])
/** A figure the reporting gives, with the fact that gives it. */
const reported = z.object({ value: z.number().positive(), fact: factId })

export const NETWORKS = ['dprk', 'china', 'russia', 'vietnam'] as const
export type Network = (typeof NETWORKS)[number]

/** What the reporting says of a railway network: its top speed, where it gives one. */
export const NetworkSchema = z.object({ topKmh: z.number().positive().optional(), fact: factId.optional() })
export type NetworkData = z.infer<typeof NetworkSchema>

export const PlaceSchema = z.object({
  at: lonLat,
  /** A region is a country's label where the reports name no town. */
  kind: z.enum(['capital', 'town', 'border', 'region']),
})
export type GeoPlace = z.infer<typeof PlaceSchema>

export const LegSchema = z.object({
  /** Where the leg ends: a place of `places`. */
  to: slug,
  network: z.enum(NETWORKS),
  /** Points the drawn line passes through: ours, so the line follows the land, not the reports. */
  via: z.array(lonLat).optional(),
  /** The locomotive the reporting names for this stretch; null where it names none. */
  locomotive: z.enum(LOCOMOTIVE_CHOICES).nullable().optional(),
  /** What happens where the leg starts (a border): a locomotive or the bogies are changed. */
  event: z.object({ kind: z.enum(['locomotive', 'bogies']), fact: factId }).optional(),
})
export type Leg = z.infer<typeof LegSchema>

export const JourneySchema = z
  .object({
    id: slug,
    year: z.number().int().min(1950).max(2100),
    leader: z.enum(['kim-jong-un', 'kim-jong-il']),
    /** The facts this journey's text tells. */
    facts: z.array(factId).min(1),
    mentions: z.array(factId).optional(),
    /** The hotspots that tell it in full, in the train. */
    hotspots: z.array(slug).min(1),
    /** The journey's length in hours, as reported. */
    hours: reported.optional(),
    averageKmh: reported.optional(),
    start: slug.optional(),
    legs: z.array(LegSchema).min(1).optional(),
    /** No place is reported: the event is shown inside this country, with no route. */
    inside: z.enum(NETWORKS).optional(),
  })
  .refine((j) => (j.start !== undefined || j.legs !== undefined ? !!j.start && !!j.legs && !j.inside : !!j.inside), {
    message: 'needs either "start" and "legs" (a route) or "inside" (no place reported), not both',
  })
export type Journey = z.infer<typeof JourneySchema>
