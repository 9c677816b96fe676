import { useEffect, useState } from 'react'
import { useKiosk } from '../kiosk/store'
import { colon, sentenceGap } from '../content/i18n'
import { useSettings, useT } from '../state/settings'
import { prefersReducedMotion } from '../state/frame'
import { useKeepOut } from './useKeepOut'
import { JOURNEY_CONTENT, journeyById } from '../journeys'
import { rideNow, stopRide } from '../journeys/controller'
import { RIDE_SECONDS, type RideAt, clockText } from '../journeys/ride'
import { useJourneys } from '../journeys/store'

/** How long a border's event stays on screen, as a share of the ride. */
const EVENT_SHARE = 0.12

/** While riding: the journey's clock and distance, the network's reported speed, the locomotive, the borders. */
export function RideHud() {
  const t = useT()
  const lang = useSettings((s) => s.lang)
  const rideId = useJourneys((s) => s.rideId)
  const leg = useJourneys((s) => s.leg)
  const arrived = useJourneys((s) => s.arrived)
  const sound = useJourneys((s) => s.sound)
  const comfort = useJourneys((s) => s.comfort)
  const kiosk = useKiosk((s) => s.config.enabled)
  const [at, setAt] = useState<RideAt | null>(null)
  const keepOut = useKeepOut()
  useEffect(() => {
    if (!rideId) return
    const tick = () => setAt(rideNow())
    tick()
    const id = setInterval(tick, 250)
    return () => clearInterval(id)
  }, [rideId, arrived])
  const j = journeyById(rideId)
  if (!j || !at) return null
  const l = j.legs?.[Math.max(0, leg)]
  const network = JOURNEY_CONTENT.networks[at.network]
  const showEvent = !!l?.event && at.leg === leg && at.progress - at.legFrom < EVENT_SHARE && !arrived
  const clock = at.hours === null ? null : clockText(at.hours)
  const last = j.legs?.[j.legs.length - 1]
  return (
    <section className="ride-hud" aria-label={t('ui.ride.title', { name: t(`journey.${j.id}.title`) })} ref={keepOut}>
      <h2>
        {j.year}
        {colon(lang)}
        {t(`journey.${j.id}.title`)}
      </h2>
      {arrived && last ? (
        <p className="ride-arrived" role="status">
          {t('ui.ride.arrived', { place: t(`place.${last.to}`) })}
        </p>
      ) : (
        <p className="ride-network" data-testid="ride-network">
          {t(`ui.ride.network.${at.network}`)}
          {sentenceGap(lang)}
          {network?.topKmh ? t(`ui.ride.speed.${at.network}`) : t('ui.ride.speed.none')}
        </p>
      )}
      <p className="ride-clock" data-testid="ride-clock">
        {clock && at.totalHours !== null
          ? t('ui.ride.clock', { h: clock.h, min: String(clock.min).padStart(2, '0'), total: at.totalHours })
          : t('ui.ride.noClock')}
      </p>
      {at.km !== null && at.totalKm !== null && (
        <p className="ride-distance" data-testid="ride-distance">
          {t('ui.ride.distance', { km: Math.round(at.km), total: Math.round(at.totalKm / 10) * 10 })}
        </p>
      )}
      {j.averageKmh && <p className="ride-average">{t('ui.ride.average')}</p>}
      {l && (
        <p className="ride-loco" data-testid="ride-loco" data-loco={l.locomotive ?? 'none'}>
          {t('ui.ride.loco', { name: t(`ui.ride.loco.${l.locomotive ?? 'none'}`) })}
        </p>
      )}
      {showEvent && l?.event && (
        <p className="ride-border" role="status" data-testid="ride-border">
          {t(`ui.ride.border.${l.event.kind}`)}
        </p>
      )}
      {at.totalKm !== null && <p className="note">{t('ui.ride.compressed', { s: RIDE_SECONDS })}</p>}
      <p className="reconstructed">{t('ui.ride.reconstructed')}</p>
      <div className="ride-controls">
        {!kiosk && (
          <label>
            <input
              type="checkbox"
              checked={sound}
              onChange={(e) => useJourneys.setState({ sound: e.target.checked })}
            />{' '}
            {t('ui.ride.sound')}
          </label>
        )}
        {!prefersReducedMotion() && (
          <label>
            <input
              type="checkbox"
              checked={comfort}
              onChange={(e) => useJourneys.setState({ comfort: e.target.checked })}
            />{' '}
            {t('ui.ride.comfort')}
          </label>
        )}
        <button type="button" className="primary" data-testid="ride-stop" onClick={stopRide}>
          {t('ui.ride.stop')}
        </button>
      </div>
    </section>
  )
}
