import { type ReactNode, useEffect, useId, useRef } from 'react'
import { useT } from '../state/settings'
import { useKeepOut } from './useKeepOut'

interface Props {
  /** What the panel shows (a hotspot id...): focus moves in when this changes, not the language. */
  id: string
  title: string
  onClose: () => void
  children: ReactNode
  className?: string
  /**
   * Opens over another panel: its Escape is caught first and goes no further, so the
   * panel beneath stays open.
   */
  over?: boolean
}

/**
 * A side panel in a `role="dialog"`: title first, then content, then Close. It takes
 * the focus when it opens (so a screen reader starts at the title) and Escape closes it.
 * Where the focus goes afterwards is the caller's business (back to its marker).
 */
export function Panel({ id, title, onClose, children, className = '', over = false }: Props) {
  const t = useT()
  const titleId = useId()
  const ref = useRef<HTMLElement>(null)
  const keepOut = useKeepOut()
  useEffect(() => {
    ref.current?.focus()
  }, [id])
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return
      e.preventDefault()
      if (over) e.stopPropagation()
      onClose()
    }
    window.addEventListener('keydown', onKey, { capture: over })
    return () => window.removeEventListener('keydown', onKey, { capture: over })
  }, [onClose, over])
  return (
    <section
      role="dialog"
      aria-labelledby={titleId}
      className={`panel ${className}`}
      ref={(el) => {
        ref.current = el
        return keepOut(el)
      }}
      tabIndex={-1}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
      <button type="button" className="panel-close" onClick={onClose}>
        {t('ui.close')}
      </button>
    </section>
  )
}
