import { useEffect } from 'react'
import { hotspotsIn, markerElements } from '../hotspots'
import { faceHotspotSoon } from '../hotspots/focus'
import { frame } from '../state/frame'
import { useHotspots } from '../hotspots/store'
import { useNavigation } from '../navigation/store'
import { useT } from '../state/settings'
import { useUi } from '../state/ui'
import { useJourneys } from '../journeys/store'

/**
 * One button per hotspot of the current place (a room, or the platform), in content
 * order (so Tab goes through them in a sensible order). The scene moves them over their
 * objects; a marker behind a wall is hidden but stays reachable by Tab, and focusing it
 * turns the view toward it. While the map is open they are not shown: the map has its
 * own, and the scene's would be pushed to the map's edges.
 */
export function HotspotMarkers() {
  const t = useT()
  const placeId = useNavigation((s) => s.placeId)
  const visited = useHotspots((s) => s.visited)
  const openId = useHotspots((s) => s.openId)
  const open = useHotspots((s) => s.open)
  const journeysOpen = useJourneys((s) => s.mapOpen)
  const mapOpen = useUi((s) => s.mapOpen) || journeysOpen

  const list = hotspotsIn(placeId)
  useEffect(() => frame.request(), [placeId, mapOpen])
  return (
    <div className="markers" role="group" aria-label={t('ui.hotspots')} hidden={mapOpen}>
      {list.map((h) => (
        <button
          key={h.id}
          type="button"
          className="marker"
          data-hotspot={h.id}
          data-hidden="true"
          data-visited={visited.includes(h.id)}
          aria-label={t(`hotspot.${h.id}.title`)}
          aria-haspopup="dialog"
          aria-expanded={openId === h.id}
          ref={(el) => {
            if (!el) return
            markerElements.set(h.id, el)
            return () => {
              markerElements.delete(h.id)
            }
          }}
          onFocus={(e) => e.currentTarget.dataset.hidden === 'true' && faceHotspotSoon(h.id)}
          onClick={() => open(h.id)}
        >
          <span className="marker-ring" aria-hidden="true" />
        </button>
      ))}
    </div>
  )
}
