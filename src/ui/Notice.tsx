import type { ReactNode } from 'react'
import { useT } from '../state/settings'

/** A full-screen message for when the train cannot be shown. */
export function Notice({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="notice" role="alert">
      <h1>{title}</h1>
      {children}
    </div>
  )
}

export function NoWebGL() {
  const t = useT()
  return (
    <Notice title={t('ui.noWebgl.title')}>
      <p>{t('ui.noWebgl.body')}</p>
    </Notice>
  )
}

export function Failed() {
  const t = useT()
  return (
    <Notice title={t('ui.failed.title')}>
      <p>{t('ui.failed.body')}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('ui.reload')}
      </button>
    </Notice>
  )
}
