import { type Part, box, cylinder, face, slab } from '../../geometry/parts'
import { PALETTE, tint } from '../kit/palette'

/*
 * The medical carriage's equipment (FACTS C8 says only that medical staff travel with
 * the leader): each built round its own origin on the floor, front toward +z.
 */
export const CLINIC = { enamel: 0xf1f3ef, vinyl: 0x3f8a7e, oxygen: 0x2f7a45, steel: 0xc9d0d4 } as const
const BOTTLES = [0x7a4a1c, 0xa9c8d8, PALETTE.warmWhite, 0x8a5a22, 0xc4dde6] as const

/** A treatment couch along x, its head end (at -x) raised: padded top on a steel frame. */
export function treatmentCouch(len = 1.9, w = 0.64): Part[] {
  const hx = len / 2
  const top = 0.7
  const headFrom = -hx + 0.62
  const parts: Part[] = [
    slab(-hx, hx, 0.52, 0.58, -w / 2, w / 2, CLINIC.enamel, 'gloss'),
    slab(-hx + 0.1, hx - 0.1, 0.17, 0.2, -w / 2 + 0.04, w / 2 - 0.04, CLINIC.steel, 'gloss'),
    slab(headFrom, hx, 0.58, top, -w / 2 + 0.01, w / 2 - 0.01, CLINIC.vinyl, 'gloss'),
    face([hx - headFrom - 0.1, 0, w - 0.16], [(headFrom + hx) / 2, top + 0.001, 0], '+y', PALETTE.linen),
    // The raised head end: a padded board on a slant, as a prism seen from the side.
    {
      kind: 'prism',
      profile: [
        [headFrom, 0.58],
        [headFrom, top],
        [-hx, top + 0.3],
        [-hx, top + 0.18],
      ],
      depth: w - 0.02,
      at: [0, 0, 0],
      color: CLINIC.vinyl,
      bake: 'gloss',
    },
    {
      kind: 'prism',
      profile: [
        [headFrom - 0.05, 0.58],
        [-hx + 0.05, top + 0.14],
        [-hx + 0.05, 0.58],
      ],
      depth: w - 0.2,
      at: [0, 0, 0],
      color: CLINIC.steel,
      bake: 'gloss',
    },
  ]
  for (const sx of [-1, 1])
    for (const sz of [-1, 1])
      parts.push(
        cylinder(0.025, 0.52, [sx * (hx - 0.08), 0.26, sz * (w / 2 - 0.06)], PALETTE.chrome, 'gloss', {
          segments: 8,
          caps: 'none',
        }),
      )
  return parts
}

/** A white cabinet: solid doors below, glass doors above with shelves of bottles. */
export function glassCabinet(w: number, h: number, d: number): Part[] {
  const front = d / 2
  const glassFrom = Math.min(0.85, h * 0.45)
  const back = -d / 2 + 0.015
  const parts: Part[] = [
    { ...box([w, glassFrom, d], [0, glassFrom / 2, 0], CLINIC.enamel, 'gloss'), hide: ['-z'] },
    face([0.012, glassFrom - 0.08, 0], [0, glassFrom / 2, front + 0.001], '+z', tint(CLINIC.enamel, 0.7)),
    // Above, an open carcass behind the glass, so the shelves and bottles show through.
    face([w - 0.04, h - glassFrom, 0], [0, (h + glassFrom) / 2, back], '+z', 0xdfe9ea),
    slab(-w / 2, -w / 2 + 0.02, glassFrom, h, -d / 2, front, CLINIC.enamel, 'gloss'),
    slab(w / 2 - 0.02, w / 2, glassFrom, h, -d / 2, front, CLINIC.enamel, 'gloss'),
    slab(-w / 2, w / 2, h - 0.03, h, -d / 2, front, CLINIC.enamel, 'gloss'),
    slab(-w / 2 + 0.03, w / 2 - 0.03, glassFrom + 0.05, h - 0.04, front + 0.04, front + 0.046, 0xcfe3ea, 'glass'),
  ]
  // A glint on each pane, so the glass reads even where the room behind it is pale.
  for (const s of [-1, 1]) {
    const x0 = s * w * 0.25 - 0.12
    const y0 = glassFrom + 0.25
    parts.push({
      kind: 'prism',
      profile: [
        [x0, y0],
        [x0 + 0.05, y0],
        [x0 + 0.22, y0 + 0.45],
        [x0 + 0.17, y0 + 0.45],
      ],
      depth: 0.002,
      at: [0, 0, front + 0.048],
      color: 0xf4fbff,
      bake: 'gloss',
    })
  }
  // Door frames in front of the glass, and the doors' handles.
  for (const x of [-w / 2 + 0.02, -0.01, w / 2 - 0.04])
    parts.push(slab(x, x + 0.03, glassFrom, h - 0.02, front, front + 0.05, CLINIC.enamel, 'gloss'))
  parts.push(
    slab(-w / 2, w / 2, h - 0.04, h, front, front + 0.05, CLINIC.enamel, 'gloss'),
    slab(-w / 2, w / 2, glassFrom, glassFrom + 0.04, front, front + 0.05, CLINIC.enamel, 'gloss'),
  )
  for (const s of [-1, 1])
    parts.push(box([0.02, 0.1, 0.025], [s * 0.06, glassFrom - 0.12, front + 0.012], PALETTE.chrome, 'gloss'))
  const shelves = Math.max(2, Math.floor((h - glassFrom - 0.1) / 0.3))
  const pitch = (h - glassFrom - 0.1) / shelves
  for (let i = 0; i < shelves; i++) {
    const y = glassFrom + 0.05 + i * pitch
    parts.push({
      ...slab(-w / 2 + 0.04, w / 2 - 0.04, y, y + 0.015, -d / 2 + 0.02, front - 0.02, PALETTE.chrome, 'gloss'),
      hide: ['-y'],
    })
    for (let k = 0, x = -w / 2 + 0.1; x < w / 2 - 0.08; k++, x += 0.11) {
      const tall = 0.1 + ((i + k) % 3) * 0.04
      parts.push(
        cylinder(0.032, tall, [x, y + 0.015 + tall / 2, 0.02], BOTTLES[(i * 2 + k) % BOTTLES.length]!, 'gloss', {
          segments: 6,
          caps: 'top',
        }),
      )
    }
  }
  return parts
}

/** Oxygen bottles strapped in a rack against a wall: green bodies, white shoulders. */
export function oxygenRack(n = 3, r = 0.11, h = 1.3): Part[] {
  const span = (n - 1) * (2 * r + 0.04)
  const parts: Part[] = [
    slab(-span / 2 - r - 0.04, span / 2 + r + 0.04, 0, 0.06, -r - 0.03, r + 0.04, CLINIC.steel, 'gloss'),
    ...[0.45, 1.05].map((y) =>
      slab(-span / 2 - r - 0.04, span / 2 + r + 0.04, y, y + 0.05, r, r + 0.015, PALETTE.rubber),
    ),
  ]
  for (let i = 0; i < n; i++) {
    const x = -span / 2 + i * (2 * r + 0.04)
    parts.push(cylinder(r, h, [x, 0.06 + h / 2, 0], CLINIC.oxygen, 'gloss', { segments: 12, caps: 'none' }))
    parts.push(
      cylinder(r, 0.14, [x, 0.06 + h + 0.07, 0], PALETTE.warmWhite, 'gloss', { radiusTop: 0.04, segments: 12 }),
    )
    parts.push(cylinder(0.022, 0.09, [x, 0.06 + h + 0.185, 0], PALETTE.chrome, 'gloss', { segments: 6 }))
  }
  // A regulator with its gauge on the middle bottle.
  parts.push(cylinder(0.04, 0.025, [0, 0.06 + h + 0.2, 0.045], PALETTE.warmWhite, 'gloss', { axis: 'z', segments: 10 }))
  return parts
}

/** A hand basin on a small cabinet, with a chrome tap. */
export function basin(w = 0.62, d = 0.45): Part[] {
  const top = 0.86
  return [
    { ...box([w, top - 0.04, d], [0, (top - 0.04) / 2, 0], CLINIC.enamel, 'gloss'), hide: ['-z'] },
    face([0.012, 0.62, 0], [0, 0.42, d / 2 + 0.001], '+z', tint(CLINIC.enamel, 0.7)),
    slab(-w / 2 - 0.02, w / 2 + 0.02, top - 0.04, top, -d / 2, d / 2 + 0.02, PALETTE.warmWhite, 'gloss'),
    cylinder(0.17, 0.006, [0, top + 0.001, 0.03], 0xb9c4c8, 'gloss', { segments: 14, caps: 'top' }),
    cylinder(0.018, 0.16, [0, top + 0.08, -d / 2 + 0.07], PALETTE.chrome, 'gloss', { segments: 8 }),
    box([0.025, 0.025, 0.14], [0, top + 0.15, -d / 2 + 0.13], PALETTE.chrome, 'gloss'),
    ...[-1, 1].map((s) => box([0.05, 0.03, 0.03], [s * 0.08, top + 0.05, -d / 2 + 0.07], PALETTE.chrome, 'gloss')),
  ]
}

/** A round stool on a chrome column. */
export function stool(): Part[] {
  return [
    cylinder(0.2, 0.03, [0, 0.015, 0], PALETTE.chrome, 'gloss', { segments: 10 }),
    cylinder(0.025, 0.5, [0, 0.28, 0], PALETTE.chrome, 'gloss', { segments: 6, caps: 'none' }),
    cylinder(0.18, 0.07, [0, 0.56, 0], CLINIC.vinyl, 'gloss', { segments: 12 }),
  ]
}

/** A folding screen of panels zig-zagging along +z from the origin. */
export function foldingScreen(panels = 3, w = 0.5, h = 1.62, fold = 0.35): Part[] {
  const parts: Part[] = []
  let x = 0
  let z = 0
  for (let i = 0; i < panels; i++) {
    const a = i % 2 ? -fold : fold
    const cx = x + (Math.sin(a) * w) / 2
    const cz = z + (Math.cos(a) * w) / 2
    const rot = a - Math.PI / 2
    parts.push({ ...box([w - 0.04, h - 0.17, 0.015], [cx, (h + 0.13) / 2, cz], 0xd9eadf), rotY: rot })
    parts.push({ ...box([w, 0.03, 0.025], [cx, h, cz], PALETTE.chrome, 'gloss'), rotY: rot })
    parts.push({ ...box([w, 0.03, 0.025], [cx, 0.14, cz], PALETTE.chrome, 'gloss'), rotY: rot })
    x += Math.sin(a) * w
    z += Math.cos(a) * w
    parts.push(cylinder(0.014, h, [x, h / 2, z], PALETTE.chrome, 'gloss', { segments: 6 }))
  }
  return parts
}

/** A steel trolley with two trays of instruments. */
export function trolley(w = 0.7, d = 0.45): Part[] {
  const parts: Part[] = []
  for (const y of [0.35, 0.85]) parts.push(slab(-w / 2, w / 2, y - 0.02, y, -d / 2, d / 2, CLINIC.steel, 'gloss'))
  for (const sx of [-1, 1])
    for (const sz of [-1, 1])
      parts.push(
        cylinder(0.012, 0.85, [sx * (w / 2 - 0.02), 0.425, sz * (d / 2 - 0.02)], PALETTE.chrome, 'gloss', {
          segments: 5,
          caps: 'none',
        }),
      )
  parts.push(
    box([0.3, 0.02, 0.2], [-0.12, 0.86, 0], PALETTE.warmWhite, 'gloss'),
    box([0.22, 0.1, 0.16], [0.18, 0.9, 0], PALETTE.chrome, 'gloss'),
  )
  return parts
}

/** A low white instrument cabinet with drawers, a steriliser box on top. */
export function drawerCabinet(w: number, h: number, d: number): Part[] {
  const front = d / 2 + 0.001
  const parts: Part[] = [
    { ...box([w, h, d], [0, h / 2, 0], CLINIC.enamel, 'gloss'), hide: ['-z'] },
    slab(-w / 2 - 0.01, w / 2 + 0.01, h, h + 0.03, -d / 2, d / 2 + 0.02, PALETTE.warmWhite, 'gloss'),
    box([0.4, 0.16, 0.26], [-w / 4, h + 0.11, -0.02], PALETTE.chrome, 'gloss'),
    box([0.12, 0.02, 0.03], [-w / 4, h + 0.2, -0.02], PALETTE.rubber),
  ]
  const rows = 4
  for (let i = 0; i < rows; i++) {
    const y = 0.08 + ((h - 0.12) / rows) * (i + 0.5)
    parts.push(face([w - 0.04, 0.008, 0], [0, y + (h - 0.12) / rows / 2, front], '+z', tint(CLINIC.enamel, 0.75)))
    parts.push(box([0.14, 0.02, 0.025], [0, y, front + 0.012], PALETTE.chrome, 'gloss'))
  }
  return parts
}
