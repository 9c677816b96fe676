import type { GeoPlace, Journey, Network, NetworkData } from './schema'

type LonLat = readonly [number, number]
const EARTH_KM = 6371

/** A journey as a line: its points, where each leg starts along it, and its length. */
export interface Route {
  /** Every point of the drawn line, legs one after the other. */
  points: LonLat[]
  /** Each leg's points (its start included), for drawing a leg on its own. */
  legs: LonLat[][]
  /** Kilometres along the line where each leg starts; the last entry is the whole length. */
  legKm: number[]
  totalKm: number
}

const rad = Math.PI / 180
/**
 * Great-circle distance (haversine), km. Written out rather than taken from d3-geo: the
 * ride needs it in the first chunk, and d3-geo is kept for the map's lazy one.
 */
function km(a: LonLat, b: LonLat): number {
  const dLat = (b[1] - a[1]) * rad
  const dLon = (b[0] - a[0]) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** The drawn line of a journey with a route, or null where no place is reported. */
export function routeOf(j: Journey, places: Record<string, GeoPlace>): Route | null {
  if (!j.start || !j.legs) return null
  let from = places[j.start]!.at as LonLat
  const points: LonLat[] = [from]
  const legs: LonLat[][] = []
  const legKm = [0]
  let total = 0
  for (const leg of j.legs) {
    const line: LonLat[] = [from, ...(leg.via ?? []), places[leg.to]!.at]
    for (let i = 1; i < line.length; i++) total += km(line[i - 1]!, line[i]!)
    points.push(...line.slice(1))
    legs.push(line)
    legKm.push(total)
    from = line[line.length - 1]!
  }
  return { points, legs, legKm, totalKm: total }
}

/** How long a ridden journey lasts in the exhibit, seconds: compressed, whatever its real length. */
export const RIDE_SECONDS = 120

/** Where a ride stands `progress` (0 to 1) of the way along: what the ride's panel shows. */
export interface RideAt {
  progress: number
  leg: number
  /** The progress at which this leg began (its border), for how long to tell its event. */
  legFrom: number
  network: Network
  /** Kilometres along the drawn (approximate) line, or null with no route. */
  km: number | null
  totalKm: number | null
  /** Hours into the journey where its length is reported, else null. */
  hours: number | null
  totalHours: number | null
}

export function rideAt(j: Journey, route: Route | null, progress: number): RideAt {
  const p = Math.min(1, Math.max(0, progress))
  const totalHours = j.hours?.value ?? null
  const base = { progress: p, hours: totalHours === null ? null : p * totalHours, totalHours }
  if (!route || !j.legs) return { ...base, leg: 0, legFrom: 0, network: j.inside ?? 'dprk', km: null, totalKm: null }
  const at = p * route.totalKm
  let leg = 0
  while (leg < j.legs.length - 1 && at >= route.legKm[leg + 1]!) leg++
  const legFrom = route.totalKm > 0 ? route.legKm[leg]! / route.totalKm : 0
  return { ...base, leg, legFrom, network: j.legs[leg]!.network, km: at, totalKm: route.totalKm }
}

/** How fast the countryside passes the windows, m/s: the network's reported top speed, or 60 km/h where none is. */
export function passingSpeed(network: NetworkData | undefined, comfort: boolean): number {
  const kmh = network?.topKmh ?? 60
  return (kmh / 3.6) * (comfort ? 0.3 : 1)
}

/** Only Kim Jong Un's journeys are ridden: his father's 2001 trip was on another train. */
export const rideable = (j: Journey): boolean => j.leader === 'kim-jong-un'

/** "7 h 20 min": hours as a visitor reads a journey clock. */
export function clockText(hours: number): { h: number; min: number } {
  const total = Math.floor(hours * 60)
  return { h: Math.floor(total / 60), min: total % 60 }
}
