import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification'

/** [west, south, east, north], degrees. */
export type Box = readonly [number, number, number, number]
type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>
type Shape = Polygon<{ name: string }> | MultiPolygon<{ name: string }>

const arcIndex = (i: number) => (i < 0 ? ~i : i)

/** Every arc index a country's outline uses. */
function arcsOf(g: Shape): number[] {
  const rings = g.type === 'Polygon' ? g.arcs : g.arcs.flat()
  return rings.flat().map(arcIndex)
}

/**
 * The countries of a TopoJSON world that reach into `box`, with only the arcs they use
 * (renumbered): the same data, a fraction of the bytes. Pure, so a test can check that
 * the shipped file is exactly what `npm run geo` makes of world-atlas.
 */
export function subsetTopology(world: Countries, box: Box): Countries {
  const { scale, translate } = world.transform!
  // Each arc's extent in degrees (quantized, delta-encoded points).
  const extents = world.arcs.map((arc) => {
    let x = 0
    let y = 0
    let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity]
    for (const p of arc) {
      x += p[0]!
      y += p[1]!
      const lon = x * scale[0] + translate[0]
      const lat = y * scale[1] + translate[1]
      w = Math.min(w, lon)
      e = Math.max(e, lon)
      s = Math.min(s, lat)
      n = Math.max(n, lat)
    }
    return [w, s, e, n] as const
  })
  const [bw, bs, be, bn] = box
  const inBox = (i: number) => {
    const [w, s, e, n] = extents[i]!
    return e >= bw && w <= be && n >= bs && s <= bn
  }
  const kept = (world.objects.countries.geometries as Shape[]).filter((g) => arcsOf(g).some(inBox))
  const used = [...new Set(kept.flatMap(arcsOf))].sort((a, b) => a - b)
  const renumber = new Map(used.map((old, i) => [old, i]))
  const map = (i: number) => (i < 0 ? ~renumber.get(~i)! : renumber.get(i)!)
  const geometries = kept.map((g) =>
    g.type === 'Polygon'
      ? { ...g, arcs: g.arcs.map((ring) => ring.map(map)) }
      : { ...g, arcs: g.arcs.map((poly) => poly.map((ring) => ring.map(map))) },
  )
  return {
    type: 'Topology',
    transform: world.transform,
    objects: { countries: { type: 'GeometryCollection', geometries } },
    arcs: used.map((i) => world.arcs[i]!),
  } as Countries
}

/** What the journey map covers: North-East Asia, out to Moscow and Hanoi, with room round it. */
export const JOURNEY_BOX: Box = [20, 0, 160, 75]
