import { useEffect } from 'react'
import { useLoading } from '../state/loading'
import { useT } from '../state/settings'

/**
 * Takes over the static loading screen from index.html (which paints before any
 * script) and fades it out once the first frame of the train is drawn.
 */
export function Loader() {
  const t = useT()
  const { stage, progress, message } = useLoading()
  useEffect(() => {
    document.getElementById('boot')?.remove()
  }, [])
  if (stage === 'ready' || stage === 'failed') return null
  return (
    <div className="loader" role="status" aria-live="polite">
      <p className="loader-title">{t('ui.title')}</p>
      <p className="loader-sub">{t('ui.subtitle')}</p>
      <div
        className="bar"
        role="progressbar"
        aria-label={t('ui.loading')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(progress * 100)}
      >
        <span style={{ width: `${Math.round(progress * 100)}%` }} />
      </div>
      <p className="loader-msg">{t(message)}</p>
    </div>
  )
}
