import { useEffect } from 'react'
import { CONTENT } from '../content'
import { useKiosk } from '../kiosk/store'
import { useT } from '../state/settings'
import { useTour } from '../tour/store'
import { useUi } from '../state/ui'
import { startTourById } from '../tour/controller'
import { currentStop } from '../tour/director'
import { useKeepOut } from './useKeepOut'

/** "Take the tour": a button in the HUD that opens the list of tours. */
export function TourMenu() {
  const t = useT()
  const open = useUi((s) => s.tourMenuOpen)
  const set = useUi((s) => s.set)
  const running = useTour((s) => s.tour !== null)
  const keepOut = useKeepOut()
  if (running) return null
  return (
    <div className="tour-menu">
      <button
        type="button"
        className="tour-button"
        aria-expanded={open}
        aria-controls="tour-list"
        onClick={() => set({ tourMenuOpen: !open })}
      >
        {t('ui.takeTour')}
      </button>
      {open && (
        <ul id="tour-list" className="tour-list" ref={keepOut}>
          {CONTENT.tours.map((tour) => (
            <li key={tour.id}>
              <button
                type="button"
                data-tour={tour.id}
                onClick={() => {
                  set({ tourMenuOpen: false })
                  startTourById(tour.id)
                }}
              >
                {t(`tour.${tour.id}.name`)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

/** While a visitor's tour runs: where it is, and previous, pause, next, end. */
export function TourBar() {
  const t = useT()
  const tour = useTour((s) => s.tour)
  const attract = useKiosk((s) => s.phase === 'attract')
  const { prev, next, pause, resume, stop } = useTour.getState()
  const keepOut = useKeepOut()
  const shown = !!tour && !tour.loop && !attract
  // Panels make room for the bar while it shows (see .touring in styles.css).
  useEffect(() => {
    document.documentElement.classList.toggle('touring', shown)
    return () => document.documentElement.classList.remove('touring')
  }, [shown])
  if (!tour || !shown) return null
  return (
    <section className="tour-bar" ref={keepOut} aria-label={t(`tour.${tour.tourId}.name`)}>
      <p className="tour-progress" aria-live="polite">
        {t('ui.tourStop', { n: tour.index + 1, total: tour.stops.length })} · {t(`hotspot.${currentStop(tour)}.title`)}
      </p>
      <div className="tour-buttons">
        <button type="button" onClick={prev} disabled={tour.index === 0}>
          {t('ui.previous')}
        </button>
        <button type="button" aria-pressed={tour.paused} onClick={tour.paused ? resume : pause}>
          {tour.paused ? t('ui.resume') : t('ui.pause')}
        </button>
        <button type="button" onClick={next}>
          {t('ui.next')}
        </button>
        <button type="button" onClick={stop}>
          {t('ui.stopTour')}
        </button>
      </div>
    </section>
  )
}
