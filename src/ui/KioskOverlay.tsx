import { useEffect, useRef } from 'react'
import { useKiosk } from '../kiosk/store'
import { useT } from '../state/settings'

/** "Are you still there?" before a reset, and "Touch to explore" over the attract loop. */
export function KioskOverlay() {
  const t = useT()
  const phase = useKiosk((s) => s.phase)
  const countdown = useKiosk((s) => s.countdown)
  const setPhase = useKiosk((s) => s.setPhase)
  const stillHere = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (phase === 'countdown') stillHere.current?.focus()
  }, [phase])
  if (phase === 'countdown') {
    return (
      <div
        className="kiosk-countdown"
        role="alertdialog"
        aria-labelledby="still-there"
        aria-describedby="starting-over"
      >
        <h2 id="still-there">{t('ui.stillThere')}</h2>
        <p id="starting-over">{t('ui.startingOver', { n: countdown })}</p>
        <button type="button" ref={stillHere} onClick={() => setPhase('active')}>
          {t('ui.stillHere')}
        </button>
      </div>
    )
  }
  if (phase === 'attract') {
    return (
      <div className="attract-banner" data-testid="attract">
        <p>{t('ui.touchToExplore')}</p>
      </div>
    )
  }
  return null
}
