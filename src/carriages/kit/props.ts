import { type BoxFace, type Part, box, cylinder, face, slab } from '../../geometry/parts'
import { PALETTE, tint } from './palette'
import { ARMCHAIR } from './sizes'

/*
 * Common furniture, built around its own origin on the floor with its front facing +z.
 * Place it with `place(parts, at, rotY)`: rotY 0 faces +z, PI faces -z, PI/2 faces +x.
 */

/** A couch `len` long, seat cushions split so it reads as upholstered. */
export function sofa(len: number, color: number = PALETTE.pink, frame: number = PALETTE.pinkDeep): Part[] {
  const parts: Part[] = [
    box([len, 0.36, 0.78], [0, 0.18, 0], frame),
    box([len, 0.55, 0.2], [0, 0.64, -0.29], color),
    box([0.16, 0.62, 0.78], [-len / 2 + 0.08, 0.31, 0], frame),
    box([0.16, 0.62, 0.78], [len / 2 - 0.08, 0.31, 0], frame),
  ]
  const n = Math.max(1, Math.round((len - 0.32) / 0.62))
  const w = (len - 0.32) / n
  for (let i = 0; i < n; i++) {
    parts.push(box([w - 0.03, 0.12, 0.6], [-len / 2 + 0.16 + w * (i + 0.5), 0.42, 0.06], color))
  }
  return parts
}

export function lowTable(w: number, d: number, color: number = PALETTE.walnut): Part[] {
  const parts: Part[] = [
    box([w, 0.05, d], [0, 0.43, 0], color, 'wood'),
    box([w - 0.1, 0.04, d - 0.1], [0, 0.12, 0], color, 'wood'),
  ]
  for (const sx of [-1, 1])
    for (const sz of [-1, 1])
      parts.push(box([0.05, 0.43, 0.05], [sx * (w / 2 - 0.06), 0.215, sz * (d / 2 - 0.06)], color, 'wood'))
  return parts
}

/** A dining table laid with a cloth, on a pedestal. */
export function diningTable(w: number, d: number): Part[] {
  return [
    box([w + 0.06, 0.04, d + 0.06], [0, 0.76, 0], PALETTE.linen),
    box([w + 0.08, 0.22, d + 0.08], [0, 0.63, 0], PALETTE.linen),
    cylinder(0.06, 0.52, [0, 0.26, 0], PALETTE.walnutDark, 'wood', { segments: 8 }),
    box([0.5, 0.03, 0.5], [0, 0.015, 0], PALETTE.walnutDark, 'wood'),
  ]
}

export function chair(color: number = PALETTE.burgundy, frame: number = PALETTE.walnut): Part[] {
  const parts: Part[] = [
    // Nobody standing sees under the seat.
    { ...box([0.46, 0.08, 0.46], [0, 0.46, 0], color), hide: ['-y'] },
    box([0.46, 0.52, 0.07], [0, 0.76, -0.2], color),
    box([0.5, 0.05, 0.05], [0, 1.03, -0.21], frame, 'wood'),
  ]
  // Legs: their tops are under the seat, and the faces turned to the other legs are
  // hidden by them (a restaurant has dozens of chairs: every face counts).
  for (const sx of [-1, 1]) {
    for (const sz of [-1, 1]) {
      const hide: BoxFace[] = ['+y', sx > 0 ? '-x' : '+x', sz > 0 ? '-z' : '+z']
      parts.push({ ...box([0.04, 0.42, 0.04], [sx * 0.2, 0.21, sz * 0.2], frame, 'wood'), hide })
    }
  }
  return parts
}

/**
 * Plate, glass and cutlery for one diner, set toward +z of its origin. A laid table
 * repeats this dozens of times, so it is kept lean: no undersides, few segments.
 */
export function placeSetting(): Part[] {
  const onTable = { caps: 'top', segments: 10 } as const
  return [
    cylinder(0.13, 0.012, [0, 0.786, 0], PALETTE.warmWhite, 'gloss', onTable),
    cylinder(0.09, 0.014, [0, 0.795, 0], 0xf0e6d0, 'gloss', onTable),
    // Knife and fork: their tops alone (6 mm thin, their sides are never more than a line).
    face([0.02, 0, 0.2], [-0.17, 0.786, 0], '+y', PALETTE.chrome, 'gloss'),
    face([0.02, 0, 0.2], [0.17, 0.786, 0], '+y', PALETTE.chrome, 'gloss'),
    cylinder(0.032, 0.13, [0.17, 0.845, -0.16], 0xdfe8ea, 'gloss', { radiusTop: 0.04, caps: 'top', segments: 6 }),
  ]
}

export function wineBottle(color = 0x263d24): Part[] {
  return [
    cylinder(0.038, 0.22, [0, 0.89, 0], color, 'gloss', { segments: 10, caps: 'top' }),
    cylinder(0.014, 0.09, [0, 1.04, 0], color, 'gloss', { segments: 8, caps: 'top' }),
    box([0.078, 0.07, 0.01], [0, 0.88, 0.036], PALETTE.cream),
  ]
}

/** Executive desk; the sitter is at -z, visitors see its front at +z. */
export function desk(w = 1.7, d = 0.85): Part[] {
  return [
    box([w, 0.05, d], [0, 0.765, 0], PALETTE.walnut, 'wood'),
    box([0.5, 0.74, d - 0.04], [-w / 2 + 0.27, 0.37, 0], PALETTE.walnutDark, 'wood'),
    box([0.5, 0.74, d - 0.04], [w / 2 - 0.27, 0.37, 0], PALETTE.walnutDark, 'wood'),
    box([w - 1.0, 0.5, 0.03], [0, 0.49, d / 2 - 0.05], PALETTE.walnutDark, 'wood'),
    box([0.5, 0.02, 0.01], [-w / 2 + 0.27, 0.55, d / 2 - 0.015], PALETTE.brass, 'gloss'),
    box([0.5, 0.02, 0.01], [w / 2 - 0.27, 0.55, d / 2 - 0.015], PALETTE.brass, 'gloss'),
    box([w * 0.5, 0.006, 0.42], [0, 0.793, -0.1], PALETTE.carpetGreen),
  ]
}

/** High-backed leather chair facing +z. */
export function officeChair(color = 0x2b1d16): Part[] {
  return [
    box([0.62, 0.14, 0.58], [0, 0.5, 0], color, 'gloss'),
    box([0.62, 0.85, 0.14], [0, 1.0, -0.26], color, 'gloss'),
    box([0.08, 0.22, 0.5], [-0.31, 0.66, 0.02], color, 'gloss'),
    box([0.08, 0.22, 0.5], [0.31, 0.66, 0.02], color, 'gloss'),
    cylinder(0.05, 0.4, [0, 0.22, 0], PALETTE.steel, 'gloss', { segments: 8 }),
    cylinder(0.3, 0.04, [0, 0.03, 0], PALETTE.black, 'matte', { segments: 10 }),
  ]
}

/** A desk telephone with its handset, sitting on a surface at `top`. */
export function telephone(top: number, color: number = PALETTE.black): Part[] {
  return [
    box([0.2, 0.07, 0.17], [0, top + 0.035, 0], color, 'gloss'),
    box([0.24, 0.04, 0.06], [0, top + 0.09, -0.03], color, 'gloss'),
    box([0.1, 0.006, 0.07], [0, top + 0.073, 0.04], PALETTE.cream),
  ]
}

/** An open laptop: keyboard toward +z, screen upright at the back. */
export function laptop(top: number, shell: number = PALETTE.gold): Part[] {
  return [
    box([0.36, 0.02, 0.25], [0, top + 0.01, 0], shell, 'gloss'),
    box([0.3, 0.004, 0.12], [0, top + 0.022, 0.03], 0x2a2a2a),
    box([0.36, 0.24, 0.014], [0, top + 0.14, -0.125], shell, 'gloss'),
    box([0.32, 0.2, 0.004], [0, top + 0.14, -0.116], 0x27435c, 'glow'),
  ]
}

/** A low cabinet against a wall, doors toward +z. */
export function cabinet(w: number, h = 0.8, d = 0.45, color: number = PALETTE.walnut): Part[] {
  const parts: Part[] = [
    box([w, h, d], [0, h / 2, 0], color, 'wood'),
    box([w + 0.04, 0.03, d + 0.03], [0, h + 0.015, 0], PALETTE.walnutDark, 'wood'),
  ]
  const doors = Math.max(1, Math.round(w / 0.5))
  for (let i = 1; i < doors; i++)
    parts.push(
      box([0.012, h - 0.1, 0.01], [-w / 2 + (w / doors) * i, h / 2, d / 2 + 0.005], PALETTE.walnutDark, 'wood'),
    )
  for (let i = 0; i < doors; i++)
    parts.push(
      box([0.03, 0.1, 0.02], [-w / 2 + (w / doors) * (i + 0.5) + 0.08, h * 0.6, d / 2 + 0.01], PALETTE.brass, 'gloss'),
    )
  return parts
}

/** A vase of flowers, for a table top at `top`. */
export function flowers(top: number, bloom = 0xd8364f): Part[] {
  return [
    cylinder(0.06, 0.18, [0, top + 0.09, 0], PALETTE.cream, 'gloss', { radiusTop: 0.045, segments: 10 }),
    box([0.2, 0.12, 0.2], [0, top + 0.25, 0], 0x3d6b35),
    box([0.14, 0.08, 0.14], [0, top + 0.33, 0], bloom),
  ]
}

/** Floor slab inset into the floor plan (a rug or a tie-down plate); never blocks. */
export const floorPatch = (x0: number, x1: number, z0: number, z1: number, color: number): Part =>
  slab(x0, x1, 0, 0.01, z0, z1, color)

/** An upholstered armchair on short legs, facing +z. */
export function armchair(color: number, legs: number = PALETTE.walnutDark): Part[] {
  const { width: w, depth: d, legs: l, seat, arm, back, armWidth: a, backDepth: b } = ARMCHAIR
  const under = { hide: ['-y'] as const }
  const parts: Part[] = [
    { ...box([w - 2 * a, seat - 0.1 - l, d - b], [0, (l + seat - 0.1) / 2, b / 2], color), ...under },
    { ...box([w - 2 * a - 0.01, 0.1, d - b - 0.02], [0, seat - 0.05, b / 2 + 0.005], color), ...under },
    { ...box([w, back - l, b], [0, (l + back) / 2, -d / 2 + b / 2], color), ...under },
  ]
  for (const s of [-1, 1])
    parts.push({ ...box([a, arm - l, d - b], [s * (w / 2 - a / 2), (l + arm) / 2, b / 2], color), ...under })
  for (const sx of [-1, 1])
    for (const sz of [-1, 1])
      parts.push({
        ...box([0.05, l, 0.05], [sx * (w / 2 - 0.05), l / 2, sz * (d / 2 - 0.05)], legs, 'wood'),
        hide: ['+y'],
      })
  return parts
}

/** A table lamp for a surface at `top`: a turned base, a stem and a lit shade. */
export function tableLamp(top: number, shade: number = PALETTE.lamp, base: number = PALETTE.brass): Part[] {
  return [
    cylinder(0.08, 0.04, [0, top + 0.02, 0], base, 'gloss', { segments: 10, caps: 'top' }),
    cylinder(0.018, 0.3, [0, top + 0.19, 0], base, 'gloss', { segments: 6, caps: 'none' }),
    cylinder(0.17, 0.24, [0, top + 0.44, 0], shade, 'glow', { radiusTop: 0.1, segments: 12 }),
  ]
}

/** A tall steel locker, door toward +z: louvres top and bottom, a handle, a name card. */
export function locker(w = 0.45, h = 1.9, d = 0.45, color: number = PALETTE.grey): Part[] {
  const front = d / 2 + 0.001
  const parts: Part[] = [
    box([w, h, d], [0, h / 2, 0], color, 'gloss'),
    face([w - 0.05, h - 0.08, 0], [0, h / 2, front], '+z', tint(color, 1.08), 'gloss'),
    box([0.025, 0.16, 0.03], [w / 2 - 0.07, h * 0.52, front + 0.015], PALETTE.chrome, 'gloss'),
    face([0.12, 0.06, 0], [0, h - 0.5, front + 0.001], '+z', PALETTE.cream),
  ]
  for (const y of [h - 0.14, h - 0.19, h - 0.24, 0.2, 0.25])
    parts.push(face([w - 0.17, 0.018, 0], [0, y, front + 0.001], '+z', tint(color, 0.45)))
  return parts
}

/** A vase of mixed flowers for a surface at `top`: blooms as discs at varied heights. */
export function bouquet(
  top: number,
  blooms: readonly number[] = [0xd8364f, 0xf3c1cf, 0xf6e27a, 0xe86a8a, 0xffffff],
): Part[] {
  const parts: Part[] = [
    cylinder(0.07, 0.22, [0, top + 0.11, 0], PALETTE.warmWhite, 'gloss', { radiusTop: 0.05, segments: 10 }),
    cylinder(0.16, 0.12, [0, top + 0.3, 0], 0x3d6b35, 'matte', { radiusTop: 0.2, segments: 8 }),
  ]
  blooms.forEach((color, i) => {
    const t = (i / blooms.length) * Math.PI * 2
    const r = i === 0 ? 0 : 0.12
    parts.push(
      cylinder(0.06, 0.05, [Math.cos(t) * r, top + 0.39 + (i % 2) * 0.05, Math.sin(t) * r], color, 'matte', {
        segments: 8,
      }),
    )
  })
  return parts
}
