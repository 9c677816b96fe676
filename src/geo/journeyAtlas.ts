import { type GeoPermissibleObjects, type GeoProjection, geoBounds, geoConicConformal, geoPath } from 'd3-geo'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import atlas from './region-50m.json'
import type { FeatureCollection, Geometry } from 'geojson'

/*
 * The journey map's geography: Natural Earth's 1:50m countries (public domain), as
 * packaged by world-atlas, cut down to the countries in the map's view by `npm run geo`
 * (src/geo/subset.ts). It is bundled in this lazy chunk, so it loads with the map, never
 * from the network at run time.
 */
type Countries = FeatureCollection<Geometry, { name: string }>
const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>
let countries: Countries | null = null

/** Natural Earth's numeric country codes (ISO 3166) for the countries the map names. */
export const COUNTRY = {
  china: '156',
  russia: '643',
  dprk: '408',
  rok: '410',
  mongolia: '496',
  japan: '392',
  vietnam: '704',
} as const

/** The countries of the part of the world in [west, south, east, north] (degrees). */
export function countriesIn(box: readonly [number, number, number, number]): Countries['features'] {
  countries ??= feature(topology, topology.objects.countries) as unknown as Countries
  const [w, s, e, n] = box
  return countries.features.filter((f) => {
    const [[x0, y0], [x1, y1]] = geoBounds(f as GeoPermissibleObjects)
    // A country across the antimeridian (Russia) has x0 > x1: it spans the box's longitudes.
    const lonHit = x0 > x1 || (x1 >= w && x0 <= e)
    return lonHit && y1 >= s && y0 <= n
  })
}

/** A conic view of North-East Asia out to Moscow and Hanoi, fitted to `size` round the given points. */
export function projectionFor(
  points: readonly (readonly [number, number])[],
  size: readonly [number, number],
  pad: number,
): GeoProjection {
  const p = geoConicConformal().parallels([25, 50]).rotate([-100, 0])
  p.fitExtent(
    [
      [pad, pad],
      [size[0] - pad, size[1] - pad],
    ],
    { type: 'MultiPoint', coordinates: points.map((q) => [q[0], q[1]]) },
  )
  return p.clipExtent([
    [0, 0],
    [size[0], size[1]],
  ])
}

/** An SVG path for a GeoJSON object in a projection. */
export const pathIn = (projection: GeoProjection) => {
  const path = geoPath(projection)
  return (o: GeoPermissibleObjects) => path(o) ?? ''
}
