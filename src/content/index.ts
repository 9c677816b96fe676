import { CARRIAGES } from '../carriages/registry'
import { PLATFORM, PLATFORM_ANCHORS } from '../places'
import hotspots from './hotspots.json'
import enHotspots from './i18n/en/hotspots.json'
import enJourneys from './i18n/en/journeys.json'
import enUi from './i18n/en/ui.json'
import koHotspots from './i18n/ko/hotspots.json'
import koJourneys from './i18n/ko/journeys.json'
import koUi from './i18n/ko/ui.json'
import zhHotspots from './i18n/zh/hotspots.json'
import zhJourneys from './i18n/zh/journeys.json'
import zhUi from './i18n/zh/ui.json'
import facts from './facts.json'
import sources from './sources.json'
import tours from './tours.json'
import { type Content, type RawContent, formatIssue, validateContent } from './validate'

/** The content files exactly as shipped; tests validate the same object. */
export const RAW_CONTENT: RawContent = {
  sources,
  facts,
  tours,
  hotspots,
  dictionaries: {
    en: { 'ui.json': enUi, 'hotspots.json': enHotspots, 'journeys.json': enJourneys },
    ko: { 'ui.json': koUi, 'hotspots.json': koHotspots, 'journeys.json': koJourneys },
    zh: { 'ui.json': zhUi, 'hotspots.json': zhHotspots, 'journeys.json': zhJourneys },
  },
}

/** Where hotspots may stand: each carriage with its anchors, and the platform with the anchors outside. */
export const CONTENT_CONTEXT = {
  carriages: [
    ...CARRIAGES.map((c) => ({ id: c.id, anchors: Object.keys(c.anchors) })),
    { id: PLATFORM, anchors: Object.keys(PLATFORM_ANCHORS) },
  ],
}

/** Validated content. A bad entry is left out with a warning; the rest still shows. */
export const CONTENT: Content = validateContent(RAW_CONTENT, CONTENT_CONTEXT)
for (const issue of CONTENT.issues) console.warn(`[content] ${formatIssue(issue)} (left out)`)
