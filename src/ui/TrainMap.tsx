import { type CSSProperties, useCallback, useMemo } from 'react'
import { CARRIAGES, SLOTS } from '../carriages/registry'
import { HOTSPOTS } from '../hotspots'
import { useHotspots } from '../hotspots/store'
import { type RoomPlan, planPoint, trainPlan } from '../map/plan'
import { useNavigation } from '../navigation/store'
import { LOCO, LOCOMOTIVE_MODELS, type LocomotiveChoice, locomotiveColour } from '../exterior/locomotives'
import { useExterior } from '../exterior/store'
import { PLATFORM } from '../places'
import { trainWorld } from '../player/trainWorld'
import { pose } from '../player/visitor'
import { useT } from '../state/settings'
import { useUi } from '../state/ui'
import { pauseTourForManualMove } from '../tour/controller'
import { Panel } from './Panel'

/** Wall thickness and the side view's body height on the map, metres (the drawing's own, not the shell's). */
const WALL = 0.12
const BODY = 2.6

const hex = (c: number) => `#${c.toString(16).padStart(6, '0')}`

/** The room seen from the side: green body, dark windows, the crest, bogies (see FACTS T6, T7). */
function SideView({ room }: { room: RoomPlan }) {
  const L = room.length
  return (
    <svg className="map-side" viewBox={`${-WALL} -0.2 ${L + 2 * WALL} ${BODY + 0.8}`} aria-hidden="true">
      <rect x={-WALL} y={0} width={L + 2 * WALL} height={BODY} rx={0.25} className="map-body" />
      {room.windows
        .filter((w) => w.side === 1)
        .map((w) => (
          <rect key={w.x0} x={w.x0} y={0.7} width={w.x1 - w.x0} height={0.8} className="map-window" />
        ))}
      <circle cx={L / 2} cy={1.9} r={0.28} className="map-crest" />
      {[0.22, 0.78].map((f) => (
        <rect key={f} x={L * f - 1.2} y={BODY} width={2.4} height={0.45} rx={0.2} className="map-bogie" />
      ))}
    </svg>
  )
}

/** The locomotives at the head, from the side, as chosen at the platform: noses outward. */
function Locomotives({ choice }: { choice: LocomotiveChoice }) {
  const n = LOCOMOTIVE_MODELS[choice].length
  const L = LOCO.length
  const total = n * L + (n - 1) * LOCO.gap
  const nose = (x0: number, dir: 1 | -1) => {
    const tip = dir > 0 ? x0 : x0 + L
    const back = tip + dir * LOCO.nose
    return `M ${tip} ${BODY} L ${tip} 1.4 L ${back} 0 L ${back} ${BODY} Z`
  }
  return (
    <svg className="map-side" viewBox={`0 -0.2 ${total} ${BODY + 0.8}`} aria-hidden="true">
      {Array.from({ length: n }, (_, i) => {
        const x0 = i * (L + LOCO.gap)
        // The lead's cab faces ahead (left); the second of a pair faces the train (right).
        const dir = i === 0 ? 1 : -1
        const body = dir > 0 ? { x: x0 + LOCO.nose, w: L - LOCO.nose } : { x: x0, w: L - LOCO.nose }
        return (
          <g key={i} fill={hex(locomotiveColour(choice))}>
            <rect x={body.x} y={0} width={body.w} height={BODY} />
            <path d={nose(x0, dir)} />
            {[0.25, 0.75].map((f) => (
              <rect key={f} x={x0 + L * f - 1.6} y={BODY} width={3.2} height={0.45} rx={0.2} className="map-bogie" />
            ))}
          </g>
        )
      })}
    </svg>
  )
}

/** The room from above: floor, walls with their windows, furniture, hotspots and the visitor. */
function TopView({
  room,
  floor,
  visited,
  here,
}: {
  room: RoomPlan
  floor: string
  visited: readonly string[]
  here: boolean
}) {
  const L = room.length
  const hw = room.width / 2
  // Read as the map opens (the visitor cannot walk while it is open).
  const at = here ? planPoint(SLOTS, pose.x, pose.z) : null
  const me = at && at.index === room.index ? at : null
  return (
    <svg
      className="map-top"
      viewBox={`${-WALL} ${-hw - WALL} ${L + 2 * WALL} ${room.width + 2 * WALL}`}
      aria-hidden="true"
    >
      <rect x={-WALL} y={-hw - WALL} width={L + 2 * WALL} height={room.width + 2 * WALL} className="map-wall" />
      <rect x={0} y={-hw} width={L} height={room.width} fill={floor} />
      {room.windows.map((w) => (
        <rect
          key={`${w.side}:${w.x0}`}
          x={w.x0}
          y={w.side > 0 ? hw : -hw - WALL}
          width={w.x1 - w.x0}
          height={WALL}
          className="map-window"
        />
      ))}
      {room.furniture.map((r, i) => (
        <rect key={i} x={r.x0} y={r.z0} width={r.x1 - r.x0} height={r.z1 - r.z0} className="map-furniture" />
      ))}
      {room.hotspots.map((h) => (
        <circle
          key={h.id}
          cx={h.x}
          cy={h.z}
          r={0.28}
          className={visited.includes(h.id) ? 'map-hotspot seen' : 'map-hotspot'}
        />
      ))}
      {me && (
        <g transform={`translate(${me.x} ${me.z}) rotate(${(-pose.yaw * 180) / Math.PI - 90})`} className="map-me">
          <circle r={0.42} />
          <path d="M 0.95 0 L 0.25 -0.38 L 0.25 0.38 Z" />
        </g>
      )}
    </svg>
  )
}

/**
 * The whole train on one screen, from the side and from above: each room labelled,
 * where the visitor stands, what is left to discover in each, and a tap or Enter on a
 * room to go there. Drawn from the manifests and the collision world (map/plan.ts).
 */
export function TrainMap() {
  const t = useT()
  const open = useUi((s) => s.mapOpen)
  const setUi = useUi((s) => s.set)
  const visited = useHotspots((s) => s.visited)
  const placeId = useNavigation((s) => s.placeId)
  const requestJump = useNavigation((s) => s.requestJump)
  const loco = useExterior((s) => s.locomotive)
  // Built when it opens: by then the 3D view has loaded the furniture the plan shows.
  const plan = useMemo(() => (open ? trainPlan(CARRIAGES, SLOTS, trainWorld(), HOTSPOTS) : []), [open])
  const close = useCallback(() => setUi({ mapOpen: false }), [setUi])
  if (!open) return null
  const go = (id: string) => {
    pauseTourForManualMove()
    requestJump(id)
    close()
  }
  return (
    <Panel id="map" title={t('ui.map.title')} onClose={close} className="train-map">
      <p className="map-note">{t('ui.map.note')}</p>
      <ol className="map-rooms" aria-label={t('ui.map.title')}>
        <li style={{ '--len': LOCOMOTIVE_MODELS[loco].length * LOCO.length } as CSSProperties}>
          <button type="button" data-map-loco={loco} onClick={() => go(PLATFORM)}>
            <Locomotives choice={loco} />
            <span className="map-name">{t(`ui.loco.${loco}`)}</span>
            <span className="map-status">{t('ui.map.atPlatform')}</span>
          </button>
        </li>
        {plan.map((room) => {
          const left = room.hotspots.filter((h) => !visited.includes(h.id)).length
          const status = left ? t('ui.map.toFind', { n: left }) : t('ui.map.allFound')
          return (
            <li key={room.id} style={{ '--len': room.length } as CSSProperties}>
              <button
                type="button"
                data-map-room={room.id}
                aria-current={room.id === placeId ? 'location' : undefined}
                className={left ? 'has-left' : undefined}
                onClick={() => go(room.id)}
              >
                <SideView room={room} />
                <TopView
                  room={room}
                  floor={hex(CARRIAGES[room.index]!.style.floorColour)}
                  visited={visited}
                  here={room.id === placeId}
                />
                <span className="map-name">
                  <span className="num">{room.index + 1}</span> {t(room.nameKey)}
                </span>
                <span className="map-status">
                  {room.id === placeId && <strong>{t('ui.map.here')} · </strong>}
                  {status}
                </span>
              </button>
            </li>
          )
        })}
      </ol>
      <button
        type="button"
        className="map-platform"
        data-map-room={PLATFORM}
        aria-current={placeId === PLATFORM ? 'location' : undefined}
        onClick={() => go(PLATFORM)}
      >
        {t('ui.platform.title')}
      </button>
    </Panel>
  )
}
