import { useEffect, useId, useRef } from 'react'
import { useNavigation } from '../navigation/store'
import { FRONT_PLACE, PLATFORM } from '../places'
import { useT } from '../state/settings'
import { pauseTourForManualMove } from '../tour/controller'

/**
 * What the platform shows until it is built: a panel that says so, with the way
 * aboard. The 3D view draws no room there, so this is all the visitor sees of it; the
 * HUD (room list, languages) stays usable around it.
 */
export function PlatformPlaceholder() {
  const t = useT()
  const here = useNavigation((s) => s.placeId === PLATFORM)
  const requestJump = useNavigation((s) => s.requestJump)
  const titleId = useId()
  const ref = useRef<HTMLElement>(null)
  // As a panel does: the focus moves in, so a screen reader starts at the title.
  useEffect(() => {
    if (here) ref.current?.focus()
  }, [here])
  if (!here) return null
  return (
    <section className="panel platform" aria-labelledby={titleId} data-testid="platform" ref={ref} tabIndex={-1}>
      <h2 id={titleId}>{t('ui.platform.title')}</h2>
      <p className="panel-body">{t('ui.platform.body')}</p>
      <button
        type="button"
        className="panel-close"
        onClick={() => {
          pauseTourForManualMove()
          requestJump(FRONT_PLACE)
        }}
      >
        {t('ui.platform.board')}
      </button>
    </section>
  )
}
