import { useModels } from '../models/store'
import { useCallback } from 'react'
import { CONTENT } from '../content'
import { colon, formatDate } from '../content/i18n'
import { hotspotById, markerElements } from '../hotspots'
import { useHotspots } from '../hotspots/store'
import { useSettings, useT } from '../state/settings'
import { Panel } from './Panel'

/** The open hotspot's panel: what the reporting says, how it knows, and where it said it. */
export function HotspotPanel() {
  const t = useT()
  const lang = useSettings((s) => s.lang)
  const openId = useHotspots((s) => s.openId)
  const close = useHotspots((s) => s.close)
  const h = hotspotById(openId)
  const closeAndReturn = useCallback(() => {
    if (!openId) return
    close()
    // Back to the marker that opened it, once React has re-enabled it.
    requestAnimationFrame(() => markerElements.get(openId)?.focus())
  }, [openId, close])
  if (!h) return null
  return (
    <Panel id={h.id} title={t(`hotspot.${h.id}.title`)} onClose={closeAndReturn} className="hotspot-panel">
      <p className="panel-body" data-testid="hotspot-body">
        {t(`hotspot.${h.id}.body`)}
      </p>
      <p className="reconstructed" data-testid="hotspot-reconstructed">
        <strong>
          {t('ui.reconstructed')}
          {colon(lang)}
        </strong>
        {t(`hotspot.${h.id}.reconstructed`)}
      </p>
      <div className="how">
        <h3>{t('ui.howWeKnow')}</h3>
        <p>{t(`hotspot.${h.id}.how`)}</p>
        <p className="evidence">
          {t('ui.evidence')}
          {colon(lang)}
          {h.evidence.map((e) => t(`evidence.${e}`)).join('; ')}
        </p>
        <p className="sources">
          {t('ui.sources')}
          {colon(lang)}
          {h.sources
            .map((id) => CONTENT.sources[id])
            .filter((s) => s !== undefined)
            .map((s) => `${s.outlet}, ${formatDate(s.date, lang)}`)
            .join('; ')}
        </p>
      </div>
    </Panel>
  )
}

/** What the exhibit is built from, and what is reconstruction. */
export function AboutPanel() {
  const t = useT()
  const lang = useSettings((s) => s.lang)
  const open = useHotspots((s) => s.aboutOpen)
  const setAbout = useHotspots((s) => s.setAbout)
  const close = useCallback(() => {
    setAbout(false)
    requestAnimationFrame(() => document.querySelector<HTMLButtonElement>('[data-about-button]')?.focus())
  }, [setAbout])
  if (!open) return null
  return (
    <Panel id="about" title={t('about.title')} onClose={close} className="about-panel">
      <p className="panel-body">{t('about.body')}</p>
      <div className="how">
        <h3>{t('ui.sources')}</h3>
        <ul>
          {Object.entries(CONTENT.sources).map(([id, s]) => (
            <li key={id}>
              {s.outlet}, {s.title && `“${s.title}”, `}
              {formatDate(s.date, lang)}
            </li>
          ))}
        </ul>
        <ModelCredits />
        <p data-testid="map-credit">{t('ui.journeys.credit')}</p>
      </div>
    </Panel>
  )
}

/** Who made the 3D models (models.json's credits): one line per maker and licence. */
function ModelCredits() {
  const t = useT()
  const credits = useModels((s) => s.credits)
  const groups = new Map<string, { line: string; titles: string[] }>()
  for (const c of credits) {
    const line = `${c.author} (${c.licence})${c.source ? `, ${c.source}` : ''}`
    const g = groups.get(line) ?? { line, titles: [] }
    g.titles.push(c.title)
    groups.set(line, g)
  }
  if (groups.size === 0) return null
  return (
    <>
      <h3>{t('ui.models')}</h3>
      <ul data-testid="model-credits">
        {[...groups.values()].map((g) => (
          <li key={g.line}>
            {g.titles.length === 1 ? `${g.titles[0]}: ` : `${g.titles.length} × `}
            {g.line}
          </li>
        ))}
      </ul>
    </>
  )
}
