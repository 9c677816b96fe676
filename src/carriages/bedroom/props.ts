import { type BoxFace, type Part, box, cylinder, face, slab } from '../../geometry/parts'
import { PALETTE, tint } from '../kit/palette'
import { SALOON } from '../kit/shells/saloon'
import { BED, HW } from './layout'

/* The bedroom's furniture. Nothing of this room is described (FACTS C6): all of it is ours. */

export const COLOURS = {
  velvet: 0x2c3a6e,
  spread: 0x6e1f2b,
  gold: 0xc9a34a,
  linen: PALETTE.linen,
  wood: 0x5a3322,
} as const

export function bed(): Part[] {
  const { width: w, length: len, headboard: top } = BED
  const hw = w / 2
  const spread = { from: 0.62, y: 0.58, drop: 0.22 }
  const parts: Part[] = [
    // Headboard: buttoned velvet in a gilt frame.
    slab(-hw - 0.08, hw + 0.08, 0.3, top, 0, 0.1, COLOURS.velvet),
    slab(-hw - 0.12, hw + 0.12, top, top + 0.06, -0.0, 0.12, COLOURS.gold, 'gloss'),
    slab(-hw - 0.12, -hw - 0.06, 0, top, 0, 0.12, COLOURS.gold, 'gloss'),
    slab(hw + 0.06, hw + 0.12, 0, top, 0, 0.12, COLOURS.gold, 'gloss'),
    // Divan on a dark plinth, mattress, pillows.
    slab(-hw + 0.05, hw - 0.05, 0, 0.08, 0.15, len - 0.05, COLOURS.wood, 'wood'),
    { ...slab(-hw, hw, 0.08, 0.36, 0.1, len, COLOURS.velvet), hide: ['-y'] },
    { ...slab(-hw + 0.02, hw - 0.02, 0.36, 0.54, 0.11, len - 0.02, COLOURS.linen), hide: ['-y'] },
    ...[-1, 1].map((s) => box([0.66, 0.14, 0.36], [s * 0.38, 0.61, 0.32], COLOURS.linen)),
    box([0.9, 0.13, 0.14], [0, 0.62, 0.56], COLOURS.gold),
    // Bedspread, turned down, falling over the sides and the foot.
    {
      ...slab(-hw - 0.03, hw + 0.03, spread.y - 0.04, spread.y, spread.from, len + 0.03, COLOURS.spread),
      hide: ['-y'],
    },
    cylinder(0.035, w + 0.06, [0, spread.y - 0.005, spread.from], tint(COLOURS.spread, 1.2), 'matte', {
      axis: 'x',
      segments: 8,
    }),
    face([w + 0.06, 0, 0.07], [0, spread.y + 0.001, spread.from + 0.12], '+y', COLOURS.gold),
  ]
  for (const s of [-1, 1]) {
    parts.push({
      ...slab(
        s * (hw + 0.03),
        s * (hw + 0.045),
        spread.y - spread.drop,
        spread.y,
        spread.from,
        len + 0.045,
        COLOURS.spread,
      ),
      hide: ['-y'],
    })
    parts.push(
      face(
        [0, 0.04, len + 0.045 - spread.from],
        [s * (hw + 0.046), spread.y - spread.drop + 0.03, (spread.from + len + 0.045) / 2],
        s > 0 ? '+x' : '-x',
        COLOURS.gold,
      ),
    )
  }
  parts.push({
    ...slab(-hw - 0.045, hw + 0.045, spread.y - spread.drop, spread.y, len + 0.03, len + 0.045, COLOURS.spread),
    hide: ['-y'],
  })
  parts.push(face([w + 0.09, 0.04, 0], [0, spread.y - spread.drop + 0.03, len + 0.046], '+z', COLOURS.gold))
  // Buttons on the headboard.
  for (let r = 0; r < 3; r++)
    for (let c = 0; c < 5; c++)
      parts.push(
        face(
          [0.025, 0.025, 0],
          [-hw + 0.2 + c * ((w - 0.4) / 4) + (r % 2) * 0.1, 0.85 + r * 0.2, 0.101],
          '+z',
          COLOURS.gold,
          'gloss',
        ),
      )
  return parts
}

/** A tall wardrobe, doors toward +z: panelled doors, gilt handles, a cornice. */
export function wardrobe(w = 1.1, h = 2.0, d = 0.6): Part[] {
  const front = d / 2 + 0.001
  const parts: Part[] = [
    { ...box([w, h - 0.1, d], [0, 0.1 + (h - 0.1) / 2, 0], COLOURS.wood, 'wood'), hide: ['-z', '-y'] },
    slab(-w / 2 + 0.03, w / 2 - 0.03, 0, 0.1, -d / 2, d / 2 - 0.03, tint(COLOURS.wood, 0.7), 'wood'),
    slab(-w / 2 - 0.04, w / 2 + 0.04, h, h + 0.07, -d / 2, d / 2 + 0.04, tint(COLOURS.wood, 0.8), 'wood'),
    face([0.012, h - 0.2, 0], [0, 0.1 + (h - 0.1) / 2, front], '+z', tint(COLOURS.wood, 0.5)),
  ]
  for (const s of [-1, 1]) {
    const x = (s * w) / 4
    parts.push(face([w / 2 - 0.14, 0.72, 0], [x, 1.5, front], '+z', tint(COLOURS.wood, 1.25), 'wood'))
    parts.push(face([w / 2 - 0.14, 0.72, 0], [x, 0.62, front], '+z', tint(COLOURS.wood, 1.25), 'wood'))
    parts.push(box([0.025, 0.14, 0.03], [s * 0.05, 1.05, front + 0.015], COLOURS.gold, 'gloss'))
  }
  return parts
}

const FOLDS = 4
/**
 * Drawn a third of the way across: behind a curtain the countryside is still drawn
 * through the window (and fails the depth test there), so a window hidden further costs
 * a weak GPU more than an open one.
 */
const CURTAIN = { bottom: 0.8, top: SALOON.windowTop + 0.05, gap: 0.4, outer: SALOON.windowWidth / 2 + 0.2 } as const

/**
 * Curtains drawn a third of the way across the window centred at `x` on one side wall, under a
 * scalloped pelmet: in front of the shell's own curtains, gathered at the window's sides.
 */
export function drawnCurtains(x: number, side: 1 | -1, cloth: number): Part[] {
  const toRoom: BoxFace = side > 0 ? '-z' : '+z'
  const z = (inset: number) => side * (HW - inset)
  const parts: Part[] = []
  const foldW = (CURTAIN.outer - CURTAIN.gap) / FOLDS
  for (const s of [-1, 1]) {
    for (let i = 0; i < FOLDS; i++) {
      const u = CURTAIN.gap + foldW * (i + 0.5)
      parts.push(
        face(
          [foldW + 0.004, CURTAIN.top - CURTAIN.bottom, 0],
          [x + s * u, (CURTAIN.top + CURTAIN.bottom) / 2, z(i % 2 ? 0.11 : 0.125)],
          toRoom,
          tint(cloth, i % 2 ? 0.82 : 1.08),
        ),
      )
    }
    parts.push(
      slab(
        x + s * (CURTAIN.gap + 0.02),
        x + s * (CURTAIN.gap + 0.12),
        1.16,
        1.2,
        z(0.14),
        z(0.1),
        COLOURS.gold,
        'gloss',
      ),
    )
  }
  // The pelmet: a box on the wall, its face cut into three swags.
  const half = CURTAIN.outer + 0.08
  const pelmetTop = SALOON.height - 0.14
  parts.push({
    ...slab(x - half, x + half, SALOON.windowTop - 0.02, pelmetTop, z(0.16), z(0.02), cloth),
    hide: [side > 0 ? '+z' : '-z'],
  })
  const swag: [number, number][] = [[-half, pelmetTop - 0.03]]
  for (let k = 0; k < 3; k++) {
    for (let t = 0; t < 1; t += 0.25)
      swag.push([-half + ((2 * half) / 3) * (k + t), SALOON.windowTop - 0.08 - 0.1 * Math.sin(Math.PI * t)])
  }
  swag.push([half, SALOON.windowTop - 0.08])
  swag.push([half, pelmetTop - 0.03])
  parts.push({
    kind: 'prism',
    profile: swag,
    depth: 0.01,
    at: [x, 0, z(0.168)],
    color: tint(cloth, 1.12),
    bake: 'matte',
    face: side > 0 ? '-z' : '+z',
  })
  parts.push(
    slab(x - half - 0.01, x + half + 0.01, pelmetTop - 0.04, pelmetTop, z(0.18), z(0.02), COLOURS.gold, 'gloss'),
  )
  return parts
}
