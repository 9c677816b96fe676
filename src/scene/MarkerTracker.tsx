import { useFrame, useThree } from '@react-three/fiber'
import { Vector3 } from 'three'
import { HOTSPOTS, markerElements } from '../hotspots'
import { keepOutBoxes } from '../hotspots/keepOut'
import { type MarkerSlot, spreadMarkers } from '../hotspots/markerLayout'
import { trainWorld } from '../player/trainWorld'
import { inSight } from '../player/world'
import { useNavigation } from '../navigation/store'
import { pose } from '../player/visitor'
import { FRAME_ORDER } from './frameOrder'

const _v = new Vector3()
/**
 * Last written screen state per marker element, so the DOM is touched only when it
 * changes. Keyed by the element: a carriage visited again mounts new buttons.
 */
const written = new WeakMap<HTMLElement, { x: number; y: number; hidden: boolean }>()

/** Scratch for one frame's shown markers: where each goes, and which element it is. */
const slots: MarkerSlot[] = HOTSPOTS.map(() => ({ x: 0, y: 0 }))
const shown: (HTMLElement | null)[] = HOTSPOTS.map(() => null)

/** A marker's diameter in CSS pixels (larger on a kiosk, see styles.css), plus a little air. */
const markerSize = () => (document.documentElement.classList.contains('kiosk') ? 60 : 44) + 4

/** Shows or hides a marker, touching the DOM only when that changes. */
function setHidden(el: HTMLElement, hidden: boolean): void {
  let last = written.get(el)
  if (!last) written.set(el, (last = { x: NaN, y: NaN, hidden: !hidden }))
  if (last.hidden !== hidden) {
    el.dataset.hidden = String(hidden)
    last.hidden = hidden
  }
}

/**
 * Places the DOM marker buttons over their hotspots after the camera moves, and hides
 * those behind the visitor, off screen, or behind a wall or tall furniture. Markers that
 * would cover each other, or lie under the HUD, are spread apart (markerLayout), so each
 * one in view can be clicked at its centre. Runs only on drawn frames (the canvas draws
 * on demand), so a still visitor costs nothing here.
 */
export function MarkerTracker() {
  const camera = useThree((s) => s.camera)
  const size = useThree((s) => s.size)
  useFrame(() => {
    const current = useNavigation.getState().placeId
    camera.updateMatrixWorld()
    let n = 0
    for (const h of HOTSPOTS) {
      if (h.carriage !== current) continue
      const el = markerElements.get(h.id)
      if (!el) continue
      _v.set(h.position[0], h.position[1], h.position[2]).project(camera)
      const onScreen = _v.z < 1 && Math.abs(_v.x) <= 1.02 && Math.abs(_v.y) <= 1.02
      const hidden = !onScreen || !inSight(trainWorld(), pose.x, pose.z, h.position[0], h.position[2])
      setHidden(el, hidden)
      if (hidden) continue
      slots[n]!.x = (_v.x * 0.5 + 0.5) * size.width
      slots[n]!.y = (-_v.y * 0.5 + 0.5) * size.height
      shown[n++] = el
    }
    spreadMarkers(slots, n, markerSize(), keepOutBoxes, size.width, size.height)
    for (let i = 0; i < n; i++) {
      const el = shown[i]!
      // Shown just above, so its entry exists.
      const last = written.get(el)!
      const x = Math.round(slots[i]!.x)
      const y = Math.round(slots[i]!.y)
      if (x !== last.x || y !== last.y) {
        el.style.transform = `translate(${x}px, ${y}px)`
        last.x = x
        last.y = y
      }
      shown[i] = null
    }
  }, FRAME_ORDER.markers)
  return null
}
