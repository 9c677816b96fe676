import { type Ref, Suspense, lazy, useCallback, useEffect, useRef, useState } from 'react'
import { CONTENT } from '../content'
import { colon, formatDate, sentenceGap } from '../content/i18n'
import { hotspotById } from '../hotspots'
import { useKiosk } from '../kiosk/store'
import { useNavigation } from '../navigation/store'
import { PLATFORM } from '../places'
import { prefersReducedMotion } from '../state/frame'
import { useSettings, useT } from '../state/settings'
import { Panel } from './Panel'
import { JOURNEYS, journeyById, routeFor } from '../journeys'
import { startRide } from '../journeys/controller'
import { rideable } from '../journeys/ride'
import type { Journey } from '../journeys/schema'
import { useJourneys } from '../journeys/store'

const JourneyMap = lazy(() => import('./JourneyMap'))

/** From the platform the visitor boards first (the meeting car, mid-train): a ride is seen from inside. */
function board(id: string): void {
  if (useNavigation.getState().placeId === PLATFORM) useNavigation.getState().requestJump('meeting')
  // On a kiosk the rail sound is the operator's choice; on the web the visitor's switch.
  const kiosk = useKiosk.getState().config
  if (kiosk.enabled) useJourneys.setState({ sound: kiosk.rideSound })
  startRide(id)
}

function sourcesOf(j: Journey): string[] {
  const ids = new Set(j.facts.flatMap((f) => CONTENT.facts[f]?.sources ?? []))
  return [...ids]
}

function Detail({ j, ref }: { j: Journey; ref: Ref<HTMLElement> }) {
  const t = useT()
  const lang = useSettings((s) => s.lang)
  const route = routeFor(j)
  const hours = j.hours?.value
  return (
    <article className="journey-detail" data-testid="journey-detail" aria-live="polite" ref={ref}>
      <h3>
        {j.year}
        {colon(lang)}
        {t(`journey.${j.id}.title`)}
      </h3>
      <p className="eyebrow">{t(`ui.journeys.leader.${j.leader}`)}</p>
      <p>{t(`journey.${j.id}.body`)}</p>
      {hours !== undefined && (
        <p>{hours >= 48 ? t('ui.journeys.days', { d: hours / 24 }) : t('ui.journeys.hours', { h: hours })}</p>
      )}
      {j.legs
        ?.filter((l) => l.event)
        .map((l) => (
          <p key={l.to} className="journey-event">
            {t(`ui.journeys.event.${l.event!.kind}`)}
          </p>
        ))}
      <p className="reconstructed">
        {route ? t('ui.journeys.approximate') : t('ui.journeys.noPlace')}
        {sentenceGap(lang)}
        {t(`journey.${j.id}.reconstructed`)}
      </p>
      <p className="sources">
        {t('ui.sources')}
        {colon(lang)}
        {sourcesOf(j)
          .map((id) => CONTENT.sources[id])
          .filter((s) => !!s)
          .map((s) => `${s.outlet}, ${formatDate(s.date, lang)}`)
          .join('; ')}
      </p>
      <h4>{t('ui.journeys.told')}</h4>
      <ul className="journey-hotspots">
        {j.hotspots.map((id) => {
          const h = hotspotById(id)
          if (!h) return null
          return (
            <li key={id}>
              <a href={`#/${h.carriage}/${h.id}`} onClick={() => useJourneys.setState({ mapOpen: false })}>
                {t(`hotspot.${h.id}.title`)}
              </a>
            </li>
          )
        })}
      </ul>
      {rideable(j) ? (
        <button type="button" className="primary" data-ride={j.id} onClick={() => board(j.id)}>
          {t('ui.journeys.ride')}
        </button>
      ) : (
        <p className="reconstructed">{t('ui.journeys.noRide')}</p>
      )}
    </article>
  )
}

/** Where the train has been: the map of journeys, the same journeys as a list, and the chosen one told. */
export function JourneysPanel() {
  const t = useT()
  const open = useJourneys((s) => s.mapOpen)
  const selectedId = useJourneys((s) => s.selectedId)
  const close = useCallback(() => useJourneys.setState({ mapOpen: false }), [])
  const select = useCallback((id: string) => useJourneys.setState({ selectedId: id }), [])
  // Chosen from the list, the journey is told under it, often below the panel's fold on a
  // kiosk or a phone: bring it up (and its Ride button with it, where it fits). The same
  // when the panel opens on one journey (a link to it): that is what the visitor came
  // for. Not when chosen on the map: the visitor is looking at the map. Two frames later:
  // a smooth scroll runs on the compositor, which drops it while it has not yet seen the
  // taller panel that the new detail makes.
  const detail = useRef<HTMLElement>(null)
  const [shown, setShown] = useState(0)
  useEffect(() => {
    if (open && useJourneys.getState().selectedId) setShown((n) => n + 1)
  }, [open])
  useEffect(() => {
    if (!shown) return
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() =>
        detail.current?.scrollIntoView({ block: 'nearest', behavior: prefersReducedMotion() ? 'auto' : 'smooth' }),
      )
    })
    return () => cancelAnimationFrame(frame)
  }, [shown])
  if (!open) return null
  const selected = journeyById(selectedId)
  return (
    <Panel id="journeys" title={t('ui.journeys.title')} onClose={close} className="journeys-panel">
      <p className="note">{t('ui.journeys.note')}</p>
      <div className="journeys-layout">
        <Suspense fallback={<div className="journey-maps loading" aria-hidden="true" />}>
          <JourneyMap t={t} selectedId={selectedId} onSelect={select} />
        </Suspense>
        <div className="journeys-side">
          <h3 className="visually-hidden">{t('ui.journeys.list')}</h3>
          <ol className="journey-list" aria-label={t('ui.journeys.list')}>
            {JOURNEYS.map((j) => (
              <li key={j.id}>
                <button
                  type="button"
                  aria-pressed={j.id === selectedId}
                  data-journey={j.id}
                  onClick={() => {
                    select(j.id)
                    setShown((n) => n + 1)
                  }}
                >
                  <span className="year">{j.year}</span> {t(`journey.${j.id}.title`)}
                </button>
              </li>
            ))}
          </ol>
          {selected && <Detail j={selected} ref={detail} />}
        </div>
      </div>
      <p className="credit">{t('ui.journeys.credit')}</p>
    </Panel>
  )
}
