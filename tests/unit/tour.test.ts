import { describe, expect, it } from 'vitest'
import { CONTENT } from '../../src/content'
import { panelWords } from '../../src/content/schema'
import { hotspotOnTour as hotspotById, viewpointOf } from '../../src/hotspots'
import type { Point2 } from '../../src/player/collision'
import { world } from './fixtures/shipped'
import { isFree } from '../../src/player/world'
import {
  arrive,
  currentStop,
  next,
  pause,
  prev,
  readingSeconds,
  resume,
  startTour,
  tick,
} from '../../src/tour/director'
import { routeBetween } from '../../src/tour/route'
import { VISITOR } from '../../src/train/dimensions'
import { CARRIAGES, SLOTS } from '../../src/carriages/registry'

const stops = ['a', 'b', 'c']

describe('tour sequencing', () => {
  it('walks to each stop in order, reads, then moves on', () => {
    let s = startTour('t', stops)
    expect([currentStop(s), s.phase]).toEqual(['a', 'walking'])
    s = arrive(s, 10)
    expect(s.phase).toBe('reading')
    s = tick(s, 4)
    expect(s.readLeft).toBe(6)
    s = tick(s, 6)
    expect([currentStop(s), s.phase]).toEqual(['b', 'walking'])
  })

  it('pauses and resumes reading', () => {
    let s = pause(arrive(startTour('t', stops), 10))
    s = tick(s, 100)
    expect([s.phase, s.readLeft]).toEqual(['reading', 10])
    s = tick(resume(s), 10)
    expect(currentStop(s)).toBe('b')
  })

  it('skips forward and back', () => {
    let s = next(startTour('t', stops))
    expect(currentStop(s)).toBe('b')
    s = prev(prev(s))
    expect(currentStop(s)).toBe('a')
  })

  it('ends after the last stop, or wraps round when looping', () => {
    expect(next(next(next(startTour('t', stops)))).phase).toBe('done')
    const looped = next(next(next(startTour('t', stops, true))))
    expect([currentStop(looped), looped.phase]).toEqual(['a', 'walking'])
    expect(currentStop(prev(startTour('t', stops, true)))).toBe('c')
  })

  it('gives longer texts longer reading, within bounds', () => {
    expect(readingSeconds(40)).toBeLessThan(readingSeconds(110))
    expect(readingSeconds(1)).toBeGreaterThanOrEqual(8)
    expect(readingSeconds(1000)).toBeLessThanOrEqual(26)
  })

  it('has a short highlights tour and a full one, both valid', () => {
    const ids = CONTENT.tours.map((t) => t.id)
    expect(ids).toEqual(['highlights', 'full'])
    expect(CONTENT.tours[0]!.stops.length).toBeLessThan(CONTENT.tours[1]!.stops.length)
  })

  it('takes about as long as the tour names say: Highlights about 4 minutes, the whole train about 14', () => {
    const minutes = (id: string) => {
      const tour = CONTENT.tours.find((t) => t.id === id)!
      let at: Point2 = { x: SLOTS[0]!.start + CARRIAGES[0]!.spawn.x, z: CARRIAGES[0]!.spawn.z }
      let seconds = 0
      for (const stop of tour.stops) {
        const v = viewpointOf(hotspotById(stop)!)
        let from = at
        for (const p of routeBetween(at, v)) {
          seconds += Math.hypot(p.x - from.x, p.z - from.z) / VISITOR.walkSpeed
          from = p
        }
        seconds += readingSeconds(panelWords(CONTENT.dictionaries.en, stop))
        at = { x: v.x, z: v.z }
      }
      return seconds / 60
    }
    const highlights = minutes('highlights')
    const full = minutes('full')
    console.log(`highlights ${highlights.toFixed(1)} min, full ${full.toFixed(1)} min`)
    expect(highlights).toBeGreaterThan(3.4)
    expect(highlights).toBeLessThan(4.6)
    expect(full).toBeGreaterThan(12.5)
    expect(full).toBeLessThan(15.5)
    // Every room is on the whole-train tour; the attract loop’s Highlights stop in seven and walk through the rest.
    const rooms = (id: string) =>
      new Set(CONTENT.tours.find((t) => t.id === id)!.stops.map((s) => hotspotById(s)!.carriage))
    expect(rooms('full').size).toBe(CARRIAGES.length)
    expect(rooms('highlights').size).toBeGreaterThanOrEqual(7)
  })
})

/** Samples a route every 5 cm and checks the visitor fits everywhere on it. */
function routeFits(from: Point2, points: Point2[]): string | null {
  let a = from
  for (const b of points) {
    const n = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.z - a.z) / 0.05))
    for (let i = 0; i <= n; i++) {
      const x = a.x + ((b.x - a.x) * i) / n
      const z = a.z + ((b.z - a.z) * i) / n
      if (!isFree(world, x, z, VISITOR.radius)) return `blocked at ${x.toFixed(2)}, ${z.toFixed(2)}`
    }
    a = b
  }
  return null
}

describe('tour paths', () => {
  it.each(CONTENT.tours.map((t) => [t.id, t] as const))(
    '%s stays inside the walkable areas, clear of furniture, start to end and round again',
    (_, tour) => {
      const spawn = { x: SLOTS[0]!.start + CARRIAGES[0]!.spawn.x, z: CARRIAGES[0]!.spawn.z }
      let at: Point2 = spawn
      for (const id of [...tour.stops, tour.stops[0]!]) {
        const v = viewpointOf(hotspotById(id)!)
        const problem = routeFits(at, routeBetween(at, v))
        expect(problem, `on the way to ${id}`).toBeNull()
        at = { x: v.x, z: v.z }
      }
    },
  )
})
