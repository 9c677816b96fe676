import { type Part, type Placement, box, cylinder, face } from '../geometry/parts'
import { RAIL_TOP } from './exterior'

/**
 * The locomotives at the head of the train. Reported (FACTS L2-L4): in China a Chinese
 * locomotive pulls the train; on earlier trips to meet Xi usually a matching pair of
 * green DF11Z with the China Railway emblem, serial numbers 0001 or 0002; for the 2019
 * Hanoi trip a red-and-yellow one with China's national railway logo. Their shapes,
 * shades, bands and the emblem's drawing are ours; North Korea's own locomotive is not
 * described at all, so it is drawn plain.
 */
export type LocomotiveChoice = 'df11z' | 'hanoi' | 'home'
export const LOCOMOTIVE_CHOICES: readonly LocomotiveChoice[] = ['df11z', 'hanoi', 'home']

interface Livery {
  body: number
  band: number
  /** The railway's emblem on the nose and sides (the reports name it for the Chinese ones). */
  emblem: boolean
}

const LIVERIES: Record<string, Livery> = {
  df11z: { body: 0x2f6b3c, band: 0xe9e2c8, emblem: true },
  hanoi: { body: 0xb3262a, band: 0xe8c33a, emblem: true },
  home: { body: 0x3b4a56, band: 0x8a96a0, emblem: false },
}

/** A choice's body colour, for drawings of it (the map). */
export const locomotiveColour = (choice: LocomotiveChoice): number => LIVERIES[choice]!.body

/** One locomotive's size, metres: about a DF11Z's (21 m over the buffers); the rest is ours. */
export const LOCO = { length: 21, halfWidth: 1.6, roof: 2.95, nose: 3.0, bottom: -0.35, gap: 0.7 } as const
/** Where a number plate sits on each side, in the locomotive's frame (its nose toward -x): behind the cab. */
export const PLATE_AT = { x: -LOCO.length / 2 + LOCO.nose + 2.2, y: 1.45 } as const

const DARK = 0x151c22
const PLATE = 0x1b1b1b
const DIGIT = 0xf2f0e6
const WHEEL = 0x262626

/** Seven-segment digits: which of a-g are lit (a top, then clockwise, g the middle). */
const SEGMENTS: Record<string, string> = {
  '0': 'abcdef',
  '1': 'bc',
  '2': 'abdeg',
  '3': 'abcdg',
  '4': 'bcfg',
  '5': 'acdfg',
  '6': 'acdefg',
  '7': 'abc',
  '8': 'abcdefg',
  '9': 'abcdfg',
}

/** A number plate on a side (facing ±z at `z`), its digits drawn as segments: readable, and no texture. */
function plate(number: string, x: number, y: number, z: number, side: 1 | -1): Part[] {
  const facing = side > 0 ? '+z' : '-z'
  const w = 0.16
  const h = 0.26
  const t = 0.035
  const pitch = 0.22
  const parts: Part[] = [face([pitch * number.length + 0.16, h + 0.16, 0], [x, y, z], facing, PLATE)]
  const zz = z + side * 0.005
  // Read left to right by a visitor facing this side: along -x on the -z side, along +x on +z.
  const dir = side < 0 ? -1 : 1
  ;[...number].forEach((ch, i) => {
    const cx = x + dir * (i - (number.length - 1) / 2) * pitch
    const lit = SEGMENTS[ch] ?? ''
    const seg: Record<string, [number, number, number, number]> = {
      a: [0, h / 2, w, t],
      d: [0, -h / 2, w, t],
      g: [0, 0, w, t],
      b: [w / 2, h / 4, t, h / 2],
      c: [w / 2, -h / 4, t, h / 2],
      e: [-w / 2, -h / 4, t, h / 2],
      f: [-w / 2, h / 4, t, h / 2],
    }
    for (const s of lit) {
      const [dx, dy, sw, sh] = seg[s]!
      parts.push(face([sw, sh, 0], [cx + dir * dx, y + dy, zz], facing, DIGIT, 'glow'))
    }
  })
  return parts
}

/** The railway emblem, as ours: a white disc with a rail's section (a T) in the body colour. */
function emblem(x: number, y: number, z: number, side: 1 | -1, body: number): Part[] {
  const facing = side > 0 ? '+z' : '-z'
  const disc: [number, number][] = Array.from({ length: 14 }, (_, i) => {
    const a = (i / 14) * Math.PI * 2
    return [x + 0.32 * Math.cos(a), y + 0.32 * Math.sin(a)]
  })
  return [
    { kind: 'prism', profile: disc, depth: 0.01, at: [0, 0, z], color: 0xf4f1e8, bake: 'gloss', face: facing },
    face([0.36, 0.08, 0], [x, y + 0.12, z + side * 0.006], facing, body),
    face([0.08, 0.3, 0], [x, y - 0.04, z + side * 0.006], facing, body),
  ]
}

/**
 * One locomotive in its own frame: origin on the carriage-floor level at its centre,
 * its nose (the cab) toward -x, wheels on the rails. `number` puts a plate on each side.
 */
export function locomotiveParts(livery: LocomotiveChoice, number?: string): Part[] {
  const l = LIVERIES[livery]!
  const { length: L, halfWidth: hw, roof, nose, bottom } = LOCO
  const x0 = -L / 2
  const parts: Part[] = [
    { ...box([L - nose, roof - bottom, 2 * hw], [nose / 2, (roof + bottom) / 2, 0], l.body), hide: ['-y'] },
    // The cab's sloped nose, and its windscreen along the slope.
    {
      kind: 'prism',
      profile: [
        [x0, bottom],
        [x0 + nose, bottom],
        [x0 + nose, roof],
        [x0 + nose - 0.8, roof],
        [x0 + 0.9, 1.6],
        [x0, 1.0],
      ],
      depth: 2 * hw,
      at: [0, 0, 0],
      color: l.body,
      bake: 'matte',
    },
    {
      kind: 'prism',
      profile: [
        [x0 + 1.05, 1.75],
        [x0 + nose - 0.95, roof - 0.12],
        [x0 + nose - 0.9, roof - 0.06],
        [x0 + 1.0, 1.81],
      ],
      depth: 2 * hw - 0.5,
      at: [0, 0, 0],
      color: DARK,
      bake: 'gloss',
    },
  ]
  for (const side of [-1, 1] as const) {
    const z = side * (hw + 0.01)
    const facing = side > 0 ? '+z' : '-z'
    parts.push(face([L - 0.6, 0.3, 0], [0.3, 0.85, z], facing, l.band))
    parts.push(face([1.0, 0.75, 0], [x0 + nose + 0.7, 2.1, z], facing, DARK, 'gloss'))
    for (let k = 0; k < 5; k++) parts.push(face([1.1, 0.45, 0], [x0 + nose + 3 + k * 2.6, 2.25, z], facing, DARK))
    if (number) parts.push(...plate(number, PLATE_AT.x, PLATE_AT.y, z + side * 0.01, side))
    if (l.emblem) parts.push(...emblem(0.5, 1.75, z + side * 0.01, side, l.body))
  }
  // Two three-axle bogies; only the wheels' outer faces and rims show from the platform.
  const axle = RAIL_TOP + 0.52
  for (const bx of [-L / 2 + 4.6, L / 2 - 4.6])
    for (const dx of [-1.9, 0, 1.9])
      for (const side of [-1, 1])
        parts.push(cylinder(0.52, 0.1, [bx + dx, axle, side * 0.77], WHEEL, 'gloss', { axis: 'z', segments: 12 }))
  parts.push({ ...box([L - 1, 0.5, 2 * hw - 0.6], [0, RAIL_TOP + 0.75, 0], WHEEL), hide: ['-y', '+y'] })
  return parts
}

/** The model files the choices are drawn from: a pair of DF11Z (plates 0001, 0002), or one. */
export const LOCOMOTIVE_MODELS: Record<LocomotiveChoice, readonly string[]> = {
  df11z: ['loco-df11z-0001', 'loco-df11z-0002'],
  hanoi: ['loco-hanoi'],
  home: ['loco-home'],
}

/** Each locomotive model's parts, by its id. */
export const LOCOMOTIVE_PARTS: Record<string, () => Part[]> = {
  'loco-df11z-0001': () => locomotiveParts('df11z', '0001'),
  'loco-df11z-0002': () => locomotiveParts('df11z', '0002'),
  'loco-hanoi': () => locomotiveParts('hanoi'),
  'loco-home': () => locomotiveParts('home'),
}

/**
 * Where a choice's locomotives stand: at the head of the train, the first coupled to
 * the front carriage's end, the next beyond it, back to back (cabs outward).
 */
export function locomotivePlacements(choice: LocomotiveChoice, trainFront: number): Placement[] {
  return LOCOMOTIVE_MODELS[choice].map((model, i) => {
    const centre = trainFront - LOCO.gap - LOCO.length / 2 - i * (LOCO.length + LOCO.gap)
    // The one coupled to the train has its cab toward the train when it is the second of a pair.
    const turned = LOCOMOTIVE_MODELS[choice].length > 1 && i === 0
    return { model, parts: LOCOMOTIVE_PARTS[model]!(), at: [centre, 0, 0], rotY: turned ? Math.PI : 0 }
  })
}
