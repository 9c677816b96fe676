import { type Part, box, cylinder, face, slab } from '../../geometry/parts'
import { CHINA, ISLANDS, KOREA, MDL, PLACES } from '../office/mapOutline'

/*
 * The operators' map of the Korean peninsula and north-east China, built from the
 * office map's outlines as thin prisms on a board: geometry, not a texture, so it is
 * merged with the rest of the room. Its look is our reconstruction.
 */
type LonLat = readonly [number, number]

/** The part of the world the board shows: the peninsula large, China's coast around it. */
const VIEW = { west: 112, east: 134, south: 31, north: 45 } as const
const SEA = 0x9cc3dc
const LAND = { china: 0xf0d98e, korea: 0xe58e86, japan: 0xe3d3ae, line: 0x8a2a24 } as const

/** Sutherland-Hodgman: the part of a polygon inside the view. */
function clipToView(poly: readonly LonLat[]): LonLat[] {
  const edges: [(p: LonLat) => boolean, (a: LonLat, b: LonLat) => LonLat][] = [
    [(p) => p[0] >= VIEW.west, (a, b) => at(a, b, 0, VIEW.west)],
    [(p) => p[0] <= VIEW.east, (a, b) => at(a, b, 0, VIEW.east)],
    [(p) => p[1] >= VIEW.south, (a, b) => at(a, b, 1, VIEW.south)],
    [(p) => p[1] <= VIEW.north, (a, b) => at(a, b, 1, VIEW.north)],
  ]
  let out: LonLat[] = [...poly]
  for (const [inside, cut] of edges) {
    const src = out
    out = []
    src.forEach((p, i) => {
      const prev = src[(i + src.length - 1) % src.length]!
      if (inside(p)) {
        if (!inside(prev)) out.push(cut(prev, p))
        out.push(p)
      } else if (inside(prev)) out.push(cut(prev, p))
    })
  }
  return out
}

/** Where segment a-b crosses the line coordinate[axis] = v. */
function at(a: LonLat, b: LonLat, axis: 0 | 1, v: number): LonLat {
  const t = (v - a[axis]) / (b[axis] - a[axis])
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]
}

/**
 * A board `w` wide, centred on its origin, face toward +z (east to the right as seen
 * from +z). Land sits a few millimetres proud of the sea so nothing fights for depth.
 */
export function mapBoard(w: number, h: number, frame: number, paper: number): Part[] {
  const margin = 0.05
  const scale = Math.min((w - 2 * margin) / (VIEW.east - VIEW.west), (h - 2 * margin) / (VIEW.north - VIEW.south))
  const cx = (VIEW.west + VIEW.east) / 2
  const cy = (VIEW.south + VIEW.north) / 2
  const xy = ([lon, lat]: LonLat): [number, number] => [(lon - cx) * scale, (lat - cy) * scale]
  const land = (poly: readonly LonLat[], color: number, z: number): Part[] => {
    const inView = clipToView(poly)
    return inView.length < 3
      ? []
      : [{ kind: 'prism', profile: inView.map(xy), depth: 0.004, at: [0, 0, z], color, bake: 'matte', face: '+z' }]
  }
  const seaW = (VIEW.east - VIEW.west) * scale
  const seaH = (VIEW.north - VIEW.south) * scale
  const t = 0.035
  const parts: Part[] = [
    box([w, h, 0.02], [0, 0, 0], paper),
    face([seaW, seaH, 0], [0, 0, 0.0105], '+z', SEA),
    ...land(CHINA, LAND.china, 0.013),
    ...land(KOREA, LAND.korea, 0.014),
    ...ISLANDS.flatMap((island) => land(island, LAND.japan, 0.013)),
    slab(-w / 2 - t, w / 2 + t, h / 2, h / 2 + t, -0.01, 0.025, frame, 'wood'),
    slab(-w / 2 - t, w / 2 + t, -h / 2 - t, -h / 2, -0.01, 0.025, frame, 'wood'),
    slab(-w / 2 - t, -w / 2, -h / 2, h / 2, -0.01, 0.025, frame, 'wood'),
    slab(w / 2, w / 2 + t, -h / 2, h / 2, -0.01, 0.025, frame, 'wood'),
  ]
  // The demarcation line: a ribbon along it, thickened up and down (it runs roughly east).
  const line = MDL.map(xy)
  parts.push({
    kind: 'prism',
    profile: [
      ...line.map(([x, y]) => [x, y + 0.004] as const),
      ...[...line].reverse().map(([x, y]) => [x, y - 0.004] as const),
    ],
    depth: 0.004,
    at: [0, 0, 0.016],
    color: LAND.line,
    bake: 'matte',
    face: '+z',
  })
  for (const { at: pin } of PLACES) {
    if (pin[0] < VIEW.west || pin[0] > VIEW.east || pin[1] < VIEW.south || pin[1] > VIEW.north) continue
    const [x, y] = xy(pin)
    parts.push(cylinder(0.012, 0.02, [x, y, 0.024], 0xc4161c, 'gloss', { axis: 'z', segments: 6, caps: 'top' }))
  }
  return parts
}
