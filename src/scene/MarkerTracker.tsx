import { useFrame, useThree } from '@react-three/fiber'
import { Vector3 } from 'three'
import { HOTSPOTS, markerElements } from '../hotspots'
import { TRAIN_WORLD } from '../player/trainWorld'
import { inSight } from '../player/world'
import { useNavigation } from '../state/navigation'
import { pose } from '../state/visitor'

const _v = new Vector3()
/**
 * Last written screen state per marker element, so the DOM is touched only when it
 * changes. Keyed by the element: a carriage visited again mounts new buttons.
 */
const written = new WeakMap<HTMLElement, { x: number; y: number; hidden: boolean }>()

/**
 * Places the DOM marker buttons over their hotspots after the camera moves, and hides
 * those behind the visitor, off screen, or behind a wall or tall furniture. Runs only
 * on drawn frames (the canvas draws on demand), so a still visitor costs nothing here.
 */
export function MarkerTracker() {
  const camera = useThree((s) => s.camera)
  const size = useThree((s) => s.size)
  useFrame(() => {
    const current = useNavigation.getState().currentId
    camera.updateMatrixWorld()
    for (const h of HOTSPOTS) {
      if (h.carriage !== current) continue
      const el = markerElements.get(h.id)
      if (!el) continue
      _v.set(h.position[0], h.position[1], h.position[2]).project(camera)
      const onScreen = _v.z < 1 && Math.abs(_v.x) <= 1.02 && Math.abs(_v.y) <= 1.02
      const hidden = !onScreen || !inSight(TRAIN_WORLD, pose.x, pose.z, h.position[0], h.position[2])
      const x = Math.round((_v.x * 0.5 + 0.5) * size.width)
      const y = Math.round((-_v.y * 0.5 + 0.5) * size.height)
      let last = written.get(el)
      if (!last) written.set(el, (last = { x: NaN, y: NaN, hidden: !hidden }))
      if (last.hidden !== hidden) {
        el.dataset.hidden = String(hidden)
        last.hidden = hidden
      }
      if (!hidden && (x !== last.x || y !== last.y)) {
        el.style.transform = `translate(${x}px, ${y}px)`
        last.x = x
        last.y = y
      }
    }
  })
  return null
}
