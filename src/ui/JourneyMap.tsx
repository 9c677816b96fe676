import { useMemo } from 'react'
import type { GeoProjection } from 'd3-geo'
import type { Translate } from '../state/settings'
import { JOURNEYS, JOURNEY_CONTENT, routeFor } from '../journeys'
import { COUNTRY, countriesIn, pathIn, projectionFor } from '../geo/journeyAtlas'

// Its shape is also in styles.css (.journey-maps, side by side), which CSS cannot import.
const MAIN: [number, number] = [800, 520]
const INSET: [number, number] = [260, 220]
/** The inset's frame: the Korean peninsula's north, where most journeys begin or stay. */
const KOREA_BOX: [number, number][] = [
  [123.6, 37.6],
  [131.2, 43.1],
]
/** Where the country names stand (ours: Natural Earth has no label positions at this scale). */
const LABELS: { key: keyof typeof COUNTRY; at: [number, number]; inset?: boolean }[] = [
  { key: 'china', at: [104, 34] },
  { key: 'russia', at: [95, 60] },
  { key: 'mongolia', at: [103, 46.5] },
  { key: 'japan', at: [138.5, 37] },
  { key: 'vietnam', at: [106.5, 15.5] },
  { key: 'dprk', at: [126.9, 40.4], inset: true },
  { key: 'china', at: [125.5, 42.6], inset: true },
  { key: 'russia', at: [130.9, 43.0], inset: true },
]

interface Props {
  t: Translate
  selectedId: string | null
  onSelect: (id: string) => void
}

function Layer({
  projection,
  size,
  inset,
  t,
  selectedId,
  onSelect,
}: Props & {
  projection: GeoProjection
  size: [number, number]
  inset: boolean
}) {
  const path = useMemo(() => pathIn(projection), [projection])
  const land = useMemo(
    () =>
      countriesIn(inset ? [120, 35, 135, 45] : [20, 0, 160, 75]).map((f) => ({
        id: String(f.id),
        d: path(f),
      })),
    [path, inset],
  )
  const xy = (at: readonly [number, number]) => projection([at[0], at[1]]) ?? [-99, -99]
  const lines = JOURNEYS.map((j) => ({ j, route: routeFor(j) }))
  const insideYears = JOURNEYS.filter((j) => j.inside).map((j) => j.year)
  const dprk = land.find((c) => c.id === COUNTRY.dprk)
  const places = Object.entries(JOURNEY_CONTENT.places).filter(
    ([, p]) => p.kind !== 'region' && (inset || p.kind === 'capital'),
  )
  return (
    <svg
      viewBox={`0 0 ${size[0]} ${size[1]}`}
      className={inset ? 'journey-inset' : 'journey-map'}
      role="img"
      aria-label={inset ? t('ui.journeys.inset') : t('ui.journeys.title')}
    >
      <rect width={size[0]} height={size[1]} className="geo-sea" />
      {land.map((c) => (
        <path key={c.id} d={c.d} className={`geo-land${c.id === COUNTRY.dprk ? ' geo-dprk' : ''}`} />
      ))}
      {/* Journeys with no reported place: North Korea itself is marked, with their years. */}
      {inset && dprk && insideYears.length > 0 && (
        <path
          d={dprk.d}
          className={`geo-inside${JOURNEYS.some((j) => j.inside && j.id === selectedId) ? ' selected' : ''}`}
        />
      )}
      {lines.map(({ j, route }) =>
        route ? (
          <g key={j.id} className={`geo-route${j.id === selectedId ? ' selected' : ''}`} data-journey={j.id}>
            <path d={path({ type: 'LineString', coordinates: route.points.map((q) => [q[0], q[1]]) })} />
            {/* A wide, invisible line on top: the route is easy to hit with a finger. */}
            <path
              className="geo-hit"
              d={path({ type: 'LineString', coordinates: route.points.map((q) => [q[0], q[1]]) })}
              onClick={() => onSelect(j.id)}
            />
          </g>
        ) : null,
      )}
      {places.map(([id, p]) => {
        const [x, y] = xy(p.at)
        return (
          <g key={id} className={`geo-place geo-${p.kind}`}>
            <circle cx={x} cy={y} r={p.kind === 'capital' ? 4 : 3} />
            {/* Sinuiju and Uiju County stand close together: one label below, the other above to the left. */}
            <text
              x={p.kind === 'town' ? x - 6 : x + 6}
              y={p.kind === 'border' ? y + 14 : y - 5}
              textAnchor={p.kind === 'town' ? 'end' : 'start'}
            >
              {t(`place.${id}`)}
            </text>
          </g>
        )
      })}
      {LABELS.filter((l) => !!l.inset === inset).map((l) => {
        const [x, y] = xy(l.at)
        return (
          <text key={`${l.key}${l.at[0]}`} x={x} y={y} className="geo-country">
            {t(`country.${l.key}`)}
          </text>
        )
      })}
      {inset && insideYears.length > 0 && (
        <text {...pointAt(xy([126.6, 39.6]))} className="geo-inside-label">
          {insideYears.join(', ')}
        </text>
      )}
      {!inset && (
        <rect {...boxOf(xy(KOREA_BOX[0]!), xy([KOREA_BOX[1]![0], KOREA_BOX[1]![1]]))} className="geo-inset-frame" />
      )}
    </svg>
  )
}

const pointAt = ([x, y]: [number, number]) => ({ x, y })
function boxOf(a: [number, number], b: [number, number]) {
  return {
    x: Math.min(a[0], b[0]),
    y: Math.min(a[1], b[1]),
    width: Math.abs(a[0] - b[0]),
    height: Math.abs(a[1] - b[1]),
  }
}

/** The journey map: every drawn route over Natural Earth's countries, and North Korea enlarged. */
export default function JourneyMap(props: Props) {
  const main = useMemo(() => {
    const pts = JOURNEYS.flatMap((j) => routeFor(j)?.points ?? [])
    return projectionFor([...pts, [138, 36], [100, 15]], MAIN, 24)
  }, [])
  const inset = useMemo(() => projectionFor(KOREA_BOX, INSET, 4), [])
  return (
    <div className="journey-maps" data-testid="journey-map">
      <Layer {...props} projection={main} size={MAIN} inset={false} />
      <Layer {...props} projection={inset} size={INSET} inset />
    </div>
  )
}
