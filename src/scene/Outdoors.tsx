import { useMemo } from 'react'
import { type Part, box, cylinder, slab } from '../geometry/parts'
import { SLOTS } from '../train/registry'
import { MergedParts } from './MergedParts'

const GROUND = -1.15

/** A seeded generator, so the countryside is the same on every visit and in every test. */
function random(seed: number): () => number {
  let s = seed
  return () => (s = (s * 16807) % 2147483647) / 2147483647
}

/** Hill silhouettes on one side of the line, as an extruded profile. */
function hills(x0: number, x1: number, z: number, rnd: () => number, color: number): Part {
  const profile: [number, number][] = [[x0, GROUND]]
  for (let x = x0; x <= x1; x += 18) profile.push([x, GROUND + 8 + rnd() * 16])
  profile.push([x1, GROUND])
  return { kind: 'prism', profile, depth: 4, at: [0, 0, z], color, mat: 'matte' }
}

/**
 * The view out of the windows: fields, track, line-side poles, trees and hills. Not
 * reported anywhere; it is there so the windows read as windows. One merged mesh.
 */
export function Outdoors() {
  const parts = useMemo(() => {
    const rnd = random(42)
    const x0 = SLOTS[0]!.start - 160
    const x1 = SLOTS[SLOTS.length - 1]!.end + 160
    const mid = (x0 + x1) / 2
    const len = x1 - x0
    const p: Part[] = [
      box([len, 0.1, 400], [mid, GROUND - 0.05, 0], 0x7d9a55),
      slab(x0, x1, GROUND, GROUND + 0.25, -2.6, 2.6, 0x8a8378),
      slab(x0, x1, GROUND + 0.25, GROUND + 0.4, -0.78, -0.72, 0x6b6e70, 'gloss'),
      slab(x0, x1, GROUND + 0.25, GROUND + 0.4, 0.72, 0.78, 0x6b6e70, 'gloss'),
      hills(x0, x1, -95, rnd, 0x6f8f6e),
      hills(x0, x1, 95, rnd, 0x6f8f6e),
      hills(x0, x1, -150, rnd, 0x93aab0),
      hills(x0, x1, 150, rnd, 0x93aab0),
    ]
    for (let x = x0; x < x1; x += 32) p.push(box([0.25, 7, 0.25], [x, GROUND + 3.5, 4.2], 0x7a7f83))
    for (let i = 0; i < 140; i++) {
      const side = rnd() < 0.5 ? -1 : 1
      const x = x0 + rnd() * len
      const z = side * (9 + rnd() * 60)
      const h = 4 + rnd() * 6
      p.push(cylinder(1.2 + rnd() * 1.2, h, [x, GROUND + 1 + h / 2, z], 0x3e6b3a, 'matte', { radiusTop: 0, segments: 7 }))
      p.push(box([0.3, 1.2, 0.3], [x, GROUND + 0.6, z], 0x5a4030))
    }
    return p
  }, [])
  // Drawn after the carriages: behind the walls the depth test skips it, where a
  // software or weak GPU would otherwise shade a whole landscape per frame.
  return <MergedParts parts={parts} order={1} />
}
