import { useRef, useState } from 'react'
import { frame } from '../state/frame'
import { useKiosk } from '../kiosk/store'
import { useT } from '../state/settings'
import { intent } from '../player/visitor'
import { pauseTourForManualMove } from '../tour/controller'
import { useKeepOut } from './useKeepOut'

const RADIUS = 48

/** Touch screens (and kiosks): a thumb stick to walk, bottom left. Drag elsewhere looks around. */
export function Joystick() {
  const t = useT()
  const kiosk = useKiosk((s) => s.config.enabled)
  const [coarse] = useState(() => typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches)
  const knob = useRef<HTMLSpanElement>(null)
  const active = useRef<number | null>(null)
  const keepOut = useKeepOut()
  if (!kiosk && !coarse) return null

  const move = (e: React.PointerEvent<HTMLDivElement>) => {
    const r = e.currentTarget.getBoundingClientRect()
    let dx = e.clientX - (r.left + r.width / 2)
    let dy = e.clientY - (r.top + r.height / 2)
    const len = Math.hypot(dx, dy)
    if (len > RADIUS) {
      dx = (dx / len) * RADIUS
      dy = (dy / len) * RADIUS
    }
    intent.strafe = dx / RADIUS
    intent.forward = -dy / RADIUS
    if (knob.current) knob.current.style.transform = `translate(${dx}px, ${dy}px)`
    frame.request()
  }
  const release = () => {
    active.current = null
    intent.strafe = 0
    intent.forward = 0
    if (knob.current) knob.current.style.transform = ''
  }
  return (
    <div
      ref={keepOut}
      className="joystick"
      role="application"
      aria-label={t('ui.move')}
      onPointerDown={(e) => {
        active.current = e.pointerId
        e.currentTarget.setPointerCapture(e.pointerId)
        pauseTourForManualMove()
        move(e)
      }}
      onPointerMove={(e) => active.current === e.pointerId && move(e)}
      onPointerUp={release}
      onPointerCancel={release}
    >
      <span className="joystick-knob" ref={knob} />
    </div>
  )
}
