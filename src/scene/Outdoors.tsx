import { useMemo } from 'react'
import { type Part, box, cylinder, face } from '../geometry/parts'
import { SLOTS } from '../carriages/registry'
import { type PlatformExtent, platformParts } from '../exterior/platform'
import { MergedParts } from './MergedParts'
import { scenery } from './renderTrain'

const GROUND = -1.15
/** The countryside is cut into stretches along the line, so the ones behind the visitor are skipped whole. */
const STRETCH = 90
/** The line the countryside covers: the train and 160 m each side, cut into whole stretches. */
export const LINE = (() => {
  const x0 = SLOTS[0]!.start - 160
  const x1 = SLOTS[SLOTS.length - 1]!.end + 160
  const n = Math.ceil((x1 - x0) / STRETCH)
  return { x0, length: x1 - x0, n, stretch: (x1 - x0) / n }
})()

/** A seeded generator, so the countryside is the same on every visit and in every test. */
function random(seed: number): () => number {
  let s = seed
  return () => (s = (s * 16807) % 2147483647) / 2147483647
}

/** Hill height at x on the line at z: a function of place, so neighbouring stretches meet. */
function hillTop(x: number, z: number): number {
  // Periodic over the whole line: a ride wraps the first stretch round after the last.
  const u = ((((x - LINE.x0) % LINE.length) + LINE.length) % LINE.length) + LINE.x0
  const r = Math.sin(u * 12.9898 + z * 78.233) * 43758.5453
  return GROUND + 8 + (r - Math.floor(r)) * 16
}

/**
 * Hill silhouettes on one side of the line: only the face turned toward the train. Their
 * back and their edges are never seen from inside, yet would each cost a weak GPU their
 * triangles in every window.
 */
function hills(x0: number, x1: number, z: number, color: number): Part {
  const profile: [number, number][] = [[x0, GROUND]]
  for (let x = x0; x < x1; x += 18) profile.push([x, hillTop(x, z)])
  profile.push([x1, hillTop(x1, z)], [x1, GROUND])
  return { kind: 'prism', profile, depth: 4, at: [0, 0, z], color, bake: 'matte', face: z < 0 ? '+z' : '-z' }
}

/**
 * One stretch of countryside: fields, the track bed, line-side poles, trees and hills.
 * Only what can be seen from inside: no rails (the floor hides them), no undersides.
 */
function stretch(x0: number, x1: number, seed: number): Part[] {
  const rnd = random(seed)
  const mid = (x0 + x1) / 2
  const len = x1 - x0
  const p: Part[] = []
  // Fields and track bed on either side only: under the train they would be hidden by
  // the floor, yet still cost a software GPU its whole lower half of the screen.
  for (const side of [-1, 1]) {
    p.push(face([len, 0, 197.4], [mid, GROUND, side * 101.3], '+y', 0x7d9a55))
    p.push(face([len, 0, 0.8], [mid, GROUND + 0.25, side * 2.2], '+y', 0x8a8378))
    p.push(face([len, 0.25, 0], [mid, GROUND + 0.125, side * 2.6], side > 0 ? '+z' : '-z', 0x8a8378))
  }
  p.push(
    hills(x0, x1, -95, 0x6f8f6e),
    hills(x0, x1, 95, 0x6f8f6e),
    hills(x0, x1, -150, 0x93aab0),
    hills(x0, x1, 150, 0x93aab0),
  )
  for (let x = x0 + 16; x < x1; x += 32)
    p.push({ ...box([0.25, 7, 0.25], [x, GROUND + 3.5, 4.2], 0x7a7f83), hide: ['-y'] })
  for (let i = 0; i < len / 5; i++) {
    const side = rnd() < 0.5 ? -1 : 1
    const x = x0 + rnd() * len
    const z = side * (9 + rnd() * 60)
    const h = 4 + rnd() * 6
    p.push(
      cylinder(1.2 + rnd() * 1.2, h, [x, GROUND + 1 + h / 2, z], 0x3e6b3a, 'matte', {
        radiusTop: 0,
        segments: 6,
        caps: 'none',
      }),
    )
    p.push({ ...box([0.3, 1.2, 0.3], [x, GROUND + 0.6, z], 0x5a4030), hide: ['-y', '+y'] })
  }
  return p
}

/**
 * The view out of the windows. Not reported anywhere; it is there so the windows read
 * as windows. One merged mesh per stretch of line.
 */
export function Outdoors({ platform }: { platform: PlatformExtent }) {
  const stretches = useMemo(
    () =>
      Array.from({ length: LINE.n }, (_, i) =>
        stretch(LINE.x0 + i * LINE.stretch, LINE.x0 + (i + 1) * LINE.stretch, 42 + i),
      ),
    [],
  )
  const station = useMemo(() => platformParts(platform), [platform])
  // Drawn after the carriages (see renderTrain): behind the walls the depth test skips
  // it, where a software or weak GPU would otherwise shade a whole landscape per frame.
  return (
    <group ref={(g) => void (scenery.group = g)} name="outdoors">
      {stretches.map((parts, i) => (
        // Each stretch in a group of its own: a ride moves them along the line (RideMotion).
        <group key={i} ref={(g) => void (scenery.stretches[i] = g)}>
          <MergedParts parts={parts} />
        </group>
      ))}
      {/* The platform: through the windows on its side (renderTrain draws it first, through
          each of them), and whole from it. */}
      <group ref={(g) => void (scenery.platform = g)} name="platform">
        <MergedParts parts={station} order={-1} />
      </group>
    </group>
  )
}
