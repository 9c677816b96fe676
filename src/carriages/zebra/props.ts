import { type Part, type PrismPart, cylinder, face } from '../../geometry/parts'
import { PALETTE } from '../kit/palette'
import { armchair } from '../kit/props'
import { saloon } from '../kit/shells/saloon'
import { ARMCHAIR } from '../kit/sizes'

/*
 * The two things the 2020 footage shows of this carriage (FACTS C4): chairs upholstered
 * in zebra-print fabric and flower-shaped lights. Both are drawn in geometry: black
 * wavy stripes laid on a white chair, petals round a lit heart.
 */
const HIDE = 0xf3f0e8
const STRIPE = 0x141414
/** Stripe spacing and width, in metres: bold enough to read as zebra from across the room. */
const PITCH = 0.14
const WIDTH = { min: 0.04, max: 0.07 } as const

/** A repeatable wobble, so every chair is printed the same way from one seed. */
const wobble = (k: number) => Math.sin(k * 12.9898) * 0.5 + 0.5

type Profile = [number, number][]

/**
 * Wavy stripes running up a rectangle (u across, v up): each leans a little, swells and
 * narrows along its length, and is cut off at the rectangle's sides.
 */
function stripes(u0: number, u1: number, v0: number, v1: number, seed: number): Profile[] {
  const out: Profile[] = []
  // Three points a side: a stripe costs a weak GPU per triangle, and four read no better.
  const steps = 3
  for (let c = u0 + PITCH * (0.3 + 0.4 * wobble(seed)), k = seed; c < u1 - 0.02; c += PITCH, k++) {
    const w = WIDTH.min + (WIDTH.max - WIDTH.min) * wobble(k + 0.5)
    const lean = (wobble(k + 0.25) - 0.5) * 0.3
    const phase = wobble(k + 0.75) * Math.PI * 2
    const edge = (side: -1 | 1, t: number): [number, number] => {
      const v = v0 + (v1 - v0) * t
      const swell = 1 + 0.35 * Math.sin(t * Math.PI * 2 + phase + side)
      const u = c + lean * (v - v0) + 0.018 * Math.sin(t * Math.PI * 3 + phase) + (side * w * swell) / 2
      return [Math.min(u1, Math.max(u0, u)), v]
    }
    const left = Array.from({ length: steps }, (_, i) => edge(-1, i / (steps - 1)))
    const right = Array.from({ length: steps }, (_, i) => edge(1, 1 - i / (steps - 1)))
    out.push([...left, ...right])
  }
  return out
}

const THIN = 0.003

/** Stripes on a face lying in an x-y plane at depth z, facing `facing`: only that face is drawn. */
const onXY = (p: Profile, z: number, facing: '+z' | '-z' = '+z'): PrismPart => ({
  kind: 'prism',
  profile: p,
  depth: THIN,
  at: [0, 0, z],
  color: STRIPE,
  bake: 'matte',
  face: facing,
})
/**
 * Stripes on a face lying in a z-y plane at x, facing +x (or -x): a quarter turn sends the
 * prism's x to -z, so u is mirrored.
 */
const onZY = (p: Profile, x: number, facing: '+x' | '-x'): PrismPart => ({
  ...onXY(
    p.map(([u, v]) => [-u, v]),
    0,
    facing === '+x' ? '+z' : '-z',
  ),
  at: [x, 0, 0],
  rotY: Math.PI / 2,
})

/**
 * Bands across a top face at height y. The print runs on from the faces below, so the
 * bands follow `along` (the direction the stripes below rise into) and are spaced
 * across u0..u1 the other way; each is skewed a little.
 */
function bandsOnTop(
  u0: number,
  u1: number,
  y: number,
  a0: number,
  a1: number,
  seed: number,
  along: 'x' | 'z' = 'z',
): Part[] {
  const parts: Part[] = []
  for (let c = u0 + PITCH * (0.3 + 0.4 * wobble(seed)), k = seed; c < u1 - 0.03; c += PITCH, k++) {
    const w = WIDTH.min + (WIDTH.max - WIDTH.min) * wobble(k + 0.5)
    const len = (a1 - a0) * 0.92
    const mid = (a0 + a1) / 2
    const band =
      along === 'z'
        ? face([w, 0, len], [c, y + 0.001, mid], '+y', STRIPE)
        : face([len, 0, w], [mid, y + 0.001, c], '+y', STRIPE)
    parts.push({ ...band, rotY: (wobble(k + 0.25) - 0.5) * 0.2 })
  }
  return parts
}

/**
 * An armchair in zebra-print fabric, facing +z. `back` prints the outside of its back
 * too (left bare when it stands against a wall, where nobody sees it).
 */
export function zebraChair(back = true): Part[] {
  const { width: w, depth: d, legs: l, seat, arm, back: top, armWidth: a, backDepth: b } = ARMCHAIR
  const inner = w / 2 - a
  const front = d / 2 + THIN
  const backFront = -d / 2 + b + THIN
  const parts: Part[] = [
    ...armchair(HIDE, PALETTE.black),
    ...stripes(-inner, inner, l, seat, 1).map((p) => onXY(p, front)),
    ...stripes(-w / 2, w / 2, seat, top, 7).map((p) => onXY(p, backFront)),
    ...bandsOnTop(-inner, inner, seat, -d / 2 + b, d / 2, 3),
    ...bandsOnTop(-w / 2, w / 2, top, -d / 2, -d / 2 + b, 11),
  ]
  for (const s of [-1, 1] as const) {
    parts.push(...stripes(s * inner, s * inner + a, l, arm, 20 + s).map((p) => onXY(p, front)))
    parts.push(
      ...stripes(-d / 2 + b, d / 2, l, arm, 30 + s).map((p) => onZY(p, s * (w / 2 + THIN), s > 0 ? '+x' : '-x')),
    )
    parts.push(...bandsOnTop(-d / 2 + b, d / 2, arm, s * inner, s * (w / 2), 40 + s, 'x'))
  }
  if (back) parts.push(...stripes(-w / 2, w / 2, l, top, 50).map((p) => onXY(p, -d / 2 - THIN, '-z')))
  return parts
}

/**
 * A flower-shaped ceiling light, hanging from the ceiling: a gilt rose, lit petals round
 * a lit heart. Petals are discs, so the flower reads from below and at a slant.
 */
export function flowerLight(petals = 6, reach = 0.2): Part[] {
  const H = saloon.height
  const y = H - 0.16
  const parts: Part[] = [
    cylinder(0.02, 0.1, [0, H - 0.05, 0], PALETTE.gold, 'gloss', { segments: 6, caps: 'none' }),
    cylinder(0.33, 0.025, [0, y + 0.04, 0], PALETTE.gold, 'gloss', { segments: 16, radiusTop: 0.3 }),
    cylinder(0.085, 0.06, [0, y - 0.02, 0], 0xffb13d, 'glow', { segments: 10 }),
  ]
  for (let i = 0; i < petals; i++) {
    const t = (i / petals) * Math.PI * 2
    parts.push(cylinder(0.095, 0.035, [Math.cos(t) * reach, y, Math.sin(t) * reach], 0xfff1d6, 'glow', { segments: 8 }))
    // A second, smaller ring between the first: the flower reads full, not as a ring of dots.
    const u = t + Math.PI / petals
    parts.push(
      cylinder(0.06, 0.03, [Math.cos(u) * reach * 0.55, y - 0.012, Math.sin(u) * reach * 0.55], 0xffe0a8, 'glow', {
        segments: 6,
      }),
    )
  }
  return parts
}
