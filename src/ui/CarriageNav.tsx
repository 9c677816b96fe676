import { useEffect, useRef } from 'react'
import { useNavigation } from '../navigation/store'
import { useT } from '../state/settings'
import { pauseTourForManualMove } from '../tour/controller'
import { CARRIAGES } from '../carriages/registry'
import { useKeepOut } from './useKeepOut'

/** The train in miniature: one button per carriage, in train order, to jump to it (at the platform, none is current). */
export function CarriageNav() {
  const t = useT()
  const placeId = useNavigation((s) => s.placeId)
  const requestJump = useNavigation((s) => s.requestJump)
  const list = useRef<HTMLOListElement>(null)
  const keepOut = useKeepOut()
  // For the benchmark: the moment the carriage list can be used.
  useEffect(() => void performance.mark('taeyangho:nav-interactive'), [])
  // On a narrow screen the list scrolls sideways: keep the current carriage in sight.
  // After the next paint, when layout is done: scrolling here would force the page's
  // first layout inside React's commit, the longest task at load.
  useEffect(() => {
    let timer = 0
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        list.current?.querySelector('[aria-current]')?.scrollIntoView({ block: 'nearest', inline: 'center' })
      })
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [placeId])
  return (
    <nav aria-label={t('ui.carriages')} className="carriage-nav" ref={keepOut}>
      <ol ref={list}>
        {CARRIAGES.map((c, i) => (
          <li key={c.id}>
            <button
              type="button"
              data-carriage={c.id}
              aria-current={c.id === placeId ? 'location' : undefined}
              onClick={() => {
                pauseTourForManualMove()
                requestJump(c.id)
              }}
            >
              <span className="num" aria-hidden="true">
                {i + 1}
              </span>
              {t(c.nameKey)}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  )
}
