import { CONTENT } from '../content'
import { formatIssue } from '../content/validate'
import raw from '../content/journeys.json'
import { HOTSPOTS } from '../hotspots'
import { type Route, routeOf } from './ride'
import type { Journey } from './schema'
import { validateJourneys } from './validate'

/** The journeys as shipped, for tests that check the same object. */
export const RAW_JOURNEYS: unknown = raw

/** Validated journeys, oldest first. A bad entry is left out with a warning; the rest still shows. */
export const JOURNEY_CONTENT = validateJourneys(raw, {
  facts: Object.keys(CONTENT.facts),
  hotspots: HOTSPOTS.map((h) => h.id),
  en: CONTENT.dictionaries.en,
})
for (const issue of JOURNEY_CONTENT.issues) console.warn(`[content] ${formatIssue(issue)} (left out)`)

export const JOURNEYS: readonly Journey[] = JOURNEY_CONTENT.journeys
export const journeyById = (id: string | null | undefined): Journey | undefined => JOURNEYS.find((j) => j.id === id)

const routes = new Map<string, Route | null>()
/** A journey's drawn line (computed once), or null where no place is reported. */
export function routeFor(j: Journey): Route | null {
  if (!routes.has(j.id)) routes.set(j.id, routeOf(j, JOURNEY_CONTENT.places))
  return routes.get(j.id)!
}
