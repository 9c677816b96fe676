import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import atlas from 'world-atlas/countries-110m.json'
import { type Box, subsetTopology } from './subset'
import type { Feature, FeatureCollection, Geometry } from 'geojson'

/*
 * The office wall map's geography: Natural Earth's 1:110m countries (public domain, as
 * packaged by world-atlas), the same data as the journey map's at the scale a wall map
 * read from across the room needs. A lazy chunk of its own, loaded with the office.
 */
type Country = Feature<Geometry, { name: string }>
const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>

export interface WallGeography {
  /** Every country, for the land around. */
  land: Country[]
  china: Country[]
  /** Both Koreas: the peninsula is one colour, with the line between them drawn. */
  korea: Country[]
}

/** The countries that reach into `box` ([west, south, east, north]): the rest are never drawn. */
export function wallGeography(box: Box): WallGeography {
  const near = subsetTopology(topology, box)
  const all = (feature(near, near.objects.countries) as unknown as FeatureCollection<Geometry, { name: string }>)
    .features
  const of = (...ids: string[]) => all.filter((c) => ids.includes(String(c.id)))
  return { land: all, china: of('156'), korea: of('408', '410') }
}
