import { type Part, box, cylinder, face, place, slab } from '../../geometry/parts'
import { PALETTE, tint } from '../kit/palette'
import { BUNK } from './layout'

/*
 * The guards' carriage furniture (FACTS C8 says only that guards travel in carriages of
 * their own): built round its own origin on the floor, front toward +z.
 */
export const KIT = {
  frame: 0x5f6660,
  mattress: 0xb9ad86,
  blanket: 0x556039,
  pillow: 0xe6e1d3,
  olive: 0x6b7450,
  khaki: 0xa89a6a,
} as const

/** One berth: mattress, pillow at -x, blanket tucked over the rest with a khaki band. */
function berth(y: number): Part[] {
  const hx = BUNK.length / 2 - 0.03
  const hz = BUNK.width / 2 - 0.03
  return [
    slab(-hx, hx, y - 0.04, y, -hz - 0.02, hz + 0.02, KIT.frame, 'gloss'),
    { ...slab(-hx, hx, y, y + 0.13, -hz, hz, KIT.mattress), hide: ['-y'] },
    box([0.42, 0.1, hz * 2 - 0.12], [-hx + 0.26, y + 0.18, 0], KIT.pillow),
    { ...slab(-hx + 0.55, hx + 0.01, y + 0.13, y + 0.16, -hz - 0.01, hz + 0.01, KIT.blanket), hide: ['-y'] },
    { ...slab(-hx + 0.55, hx + 0.01, y - 0.02, y + 0.16, hz + 0.01, hz + 0.02, KIT.blanket), hide: ['-y'] },
    face([0.08, 0, hz * 2 + 0.02], [-hx + 0.7, y + 0.161, 0], '+y', KIT.khaki),
    face([0.08, 0.18, 0], [-hx + 0.7, y + 0.07, hz + 0.021], '+z', KIT.khaki),
  ]
}

/** Steel two-tier bunks: corner posts, two berths, a guard rail and a ladder. */
export function bunks(): Part[] {
  const hx = BUNK.length / 2
  const hz = BUNK.width / 2
  const parts: Part[] = [...berth(BUNK.lower), ...berth(BUNK.upper)]
  for (const sx of [-1, 1]) {
    for (const sz of [-1, 1])
      parts.push(box([0.045, BUNK.top, 0.045], [sx * (hx - 0.02), BUNK.top / 2, sz * (hz - 0.02)], KIT.frame, 'gloss'))
    // End boards at head and foot of each berth.
    for (const y of [BUNK.lower, BUNK.upper])
      parts.push(slab(sx * (hx - 0.03), sx * (hx - 0.01), y, y + 0.35, -hz, hz, tint(KIT.frame, 0.9), 'gloss'))
  }
  parts.push(slab(-hx + 0.55, hx, BUNK.upper + 0.3, BUNK.upper + 0.34, hz - 0.04, hz, KIT.frame, 'gloss'))
  // The ladder at the head end, standing just proud of the frame.
  const lx = -hx + 0.3
  for (const s of [-1, 1])
    parts.push(
      box([0.03, BUNK.upper + 0.3, 0.03], [lx + s * 0.17, (BUNK.upper + 0.3) / 2, hz + 0.03], KIT.frame, 'gloss'),
    )
  for (let y = 0.3; y < BUNK.upper + 0.2; y += 0.3)
    parts.push(box([0.34, 0.025, 0.03], [lx, y, hz + 0.03], PALETTE.chrome, 'gloss'))
  return parts
}

/** A wooden bench with a backrest against a wall, seat toward +z. */
export function bench(len: number, d = 0.42): Part[] {
  return [
    slab(-len / 2, len / 2, 0.42, 0.46, -d / 2, d / 2, KIT.khaki, 'wood'),
    slab(-len / 2, len / 2, 0.55, 0.95, -d / 2, -d / 2 + 0.04, KIT.khaki, 'wood'),
    ...[-1, 1].map((s) =>
      slab(
        s * (len / 2 - 0.04) - 0.02,
        s * (len / 2 - 0.04) + 0.02,
        0,
        0.42,
        -d / 2 + 0.02,
        d / 2 - 0.02,
        KIT.frame,
        'gloss',
      ),
    ),
  ]
}

/** A steel table standing against a wall under a window. */
export function messTable(w: number, d: number): Part[] {
  return [
    slab(-w / 2, w / 2, 0.72, 0.76, -d / 2, d / 2, KIT.olive, 'gloss'),
    box([0.06, 0.72, 0.06], [0, 0.36, d / 2 - 0.12], KIT.frame, 'gloss'),
    box([0.4, 0.02, 0.4], [0, 0.01, d / 2 - 0.2], KIT.frame, 'gloss'),
  ]
}

/** The guard post's desk: a stand with a low screen toward +z, the guard's cap on top. */
export function postDesk(w: number, d: number, top = 0.76): Part[] {
  return [
    slab(-w / 2, w / 2, top - 0.04, top, -d / 2, d / 2, KIT.olive, 'gloss'),
    slab(-w / 2, w / 2, 0, top - 0.04, d / 2 - 0.04, d / 2, tint(KIT.olive, 0.85), 'gloss'),
    slab(-w / 2, -w / 2 + 0.04, 0, top - 0.04, -d / 2, d / 2 - 0.04, tint(KIT.olive, 0.85), 'gloss'),
    slab(w / 2 - 0.04, w / 2, 0, top - 0.04, -d / 2, d / 2 - 0.04, tint(KIT.olive, 0.85), 'gloss'),
    // A low partition on the door side: the guard sees over it, the door sees a post.
    slab(-w / 2 - 0.02, w / 2 + 0.02, 0, 1.25, d / 2, d / 2 + 0.04, KIT.frame, 'gloss'),
    ...place(peakedCap(top), [0.13, 0, -0.08]),
  ]
}

/** A guard's peaked cap lying on a surface at `top`: olive crown, red band, black peak. */
function peakedCap(top: number): Part[] {
  return [
    cylinder(0.11, 0.04, [0, top + 0.02, 0], PALETTE.black, 'gloss', { segments: 10, caps: 'top' }),
    cylinder(0.105, 0.035, [0, top + 0.0575, 0], 0xa3262a, 'matte', { segments: 10, caps: 'none' }),
    cylinder(0.14, 0.05, [0, top + 0.1, 0], KIT.olive, 'matte', { radiusTop: 0.15, segments: 12 }),
    box([0.14, 0.012, 0.08], [0, top + 0.03, 0.13], PALETTE.black, 'gloss'),
    box([0.03, 0.03, 0.008], [0, top + 0.1, 0.14], PALETTE.gold, 'gloss'),
  ]
}

/** Two olive kit trunks, one on the other. */
export function kitTrunks(): Part[] {
  return [
    box([0.8, 0.34, 0.45], [0, 0.17, 0], KIT.olive, 'gloss'),
    box([0.7, 0.3, 0.42], [0.03, 0.49, 0], tint(KIT.olive, 0.9), 'gloss'),
    ...[-0.25, 0.25].map((x) => box([0.05, 0.36, 0.02], [x, 0.17, 0.23], PALETTE.black)),
    box([0.14, 0.03, 0.03], [0.03, 0.58, 0.22], PALETTE.chrome, 'gloss'),
  ]
}
