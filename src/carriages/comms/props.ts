import { type Part, box, cylinder, face, place, slab } from '../../geometry/parts'
import { PALETTE, tint } from '../kit/palette'
import { DESK_TOP } from './layout'

/* The communications carriage's equipment, each built around its own origin, front toward +z. */

export const STEEL = { desk: 0x6c786e, case: 0x4d5846, panel: 0x3b4337, rack: 0x5d665c } as const
const DIAL = 0xe9e2c6
const KNOB = 0x161616
const LIT = { green: 0x8dff9e, amber: 0xffb54a } as const

/** One radio set: a steel case, a tuning dial with a needle, a lit scale, a row of knobs. */
function radioSet(w: number, h: number, d: number, lit: number): Part[] {
  const front = d / 2
  const parts: Part[] = [
    { ...box([w, h, d], [0, h / 2, 0], STEEL.case, 'gloss'), hide: ['-z', '-y'] },
    face([w - 0.03, h - 0.03, 0], [0, h / 2, front + 0.001], '+z', STEEL.panel),
    cylinder(0.06, 0.012, [-w * 0.28, h * 0.55, front + 0.007], DIAL, 'gloss', {
      axis: 'z',
      segments: 10,
      caps: 'top',
    }),
    face([0.005, 0.05, 0], [-w * 0.28 + 0.01, h * 0.55 + 0.02, front + 0.014], '+z', KNOB),
    face([w * 0.34, 0.035, 0], [w * 0.16, h * 0.7, front + 0.002], '+z', lit, 'glow'),
    cylinder(0.035, 0.01, [w * 0.33, h * 0.38, front + 0.006], DIAL, 'gloss', { axis: 'z', segments: 8, caps: 'top' }),
  ]
  for (let i = 0; i < 4; i++)
    parts.push(
      cylinder(0.017, 0.025, [-w * 0.38 + i * 0.07, h * 0.2, front + 0.012], KNOB, 'gloss', {
        axis: 'z',
        segments: 6,
        caps: 'top',
      }),
    )
  return parts
}

/** Three sets stacked on a desk top at `top`, big receiver at the bottom. */
export function radioStack(top: number, w = 0.9, d = 0.42): Part[] {
  const sets: [number, number][] = [
    [0.36, LIT.green],
    [0.26, LIT.amber],
    [0.22, LIT.green],
  ]
  const parts: Part[] = []
  let y = top
  sets.forEach(([h, lit], i) => {
    // Each set a little smaller than the one below, their backs against the wall.
    parts.push(...place(radioSet(w - i * 0.06, h, d - i * 0.03, lit), [0, y, -i * 0.015]))
    y += h + 0.01
  })
  return parts
}

/** A steel console desk from x0 to x1 (absolute), `d` deep from the wall at its back (-z). */
export function consoleDesk(x0: number, x1: number, d: number): Part[] {
  return [
    slab(x0, x1, DESK_TOP - 0.04, DESK_TOP, -d / 2, d / 2, STEEL.desk, 'gloss'),
    slab(x0 + 0.02, x1 - 0.02, 0.12, DESK_TOP - 0.04, -d / 2, -d / 2 + 0.03, tint(STEEL.desk, 0.8)),
    slab(x0, x0 + 0.45, 0, DESK_TOP - 0.04, -d / 2, d / 2 - 0.04, STEEL.desk, 'gloss'),
    slab(x1 - 0.45, x1, 0, DESK_TOP - 0.04, -d / 2, d / 2 - 0.04, STEEL.desk, 'gloss'),
    ...[0.22, 0.44].flatMap((y) => [
      face([0.38, 0.006, 0], [x0 + 0.225, y, d / 2 - 0.039], '+z', PALETTE.black),
      face([0.38, 0.006, 0], [x1 - 0.225, y, d / 2 - 0.039], '+z', PALETTE.black),
    ]),
  ]
}

/** A headset lying on the desk, and a desk microphone on its stalk. */
export function headsetAndMic(top: number): Part[] {
  return [
    cylinder(0.045, 0.03, [-0.09, top + 0.045, 0], PALETTE.black, 'gloss', { axis: 'x', segments: 8 }),
    cylinder(0.045, 0.03, [0.09, top + 0.045, 0], PALETTE.black, 'gloss', { axis: 'x', segments: 8 }),
    box([0.21, 0.012, 0.025], [0, top + 0.095, 0], PALETTE.steel, 'gloss'),
    cylinder(0.05, 0.02, [0.32, top + 0.01, 0.02], PALETTE.black, 'gloss', { segments: 8, caps: 'top' }),
    cylinder(0.008, 0.2, [0.32, top + 0.12, 0.02], PALETTE.chrome, 'gloss', { segments: 5, caps: 'none' }),
    cylinder(0.025, 0.07, [0.32, top + 0.24, 0.02], PALETTE.chrome, 'gloss', { segments: 8, axis: 'z' }),
  ]
}

/** A manual switchboard panel on the wall: rows of jacks, a few cords plugged in. */
export function switchboard(w: number, h: number): Part[] {
  const parts: Part[] = [
    box([w, h, 0.05], [0, 0, 0], STEEL.panel, 'gloss'),
    face([w - 0.06, h - 0.06, 0], [0, 0, 0.026], '+z', tint(STEEL.panel, 0.8)),
  ]
  for (let r = 0; r < 4; r++) {
    for (let c = 0; c < 9; c++)
      parts.push(
        face(
          [0.025, 0.025, 0],
          [-w / 2 + 0.08 + c * ((w - 0.16) / 8), h / 2 - 0.12 - r * 0.12, 0.027],
          '+z',
          r === 0 ? LIT.amber : PALETTE.black,
          r === 0 ? 'glow' : 'matte',
        ),
      )
  }
  for (const [c, len] of [
    [1, 0.3],
    [4, 0.45],
    [6, 0.25],
  ] as const) {
    parts.push(
      box(
        [0.012, len, 0.012],
        [-w / 2 + 0.08 + c * ((w - 0.16) / 8), h / 2 - 0.24 - len / 2, 0.04],
        c === 4 ? 0xb0352c : PALETTE.black,
      ),
    )
  }
  return parts
}

/** A tall equipment rack: transmitters behind louvred panels, meters and pilot lamps. */
export function equipmentRack(w: number, h: number, d: number): Part[] {
  const front = d / 2 + 0.001
  const parts: Part[] = [{ ...box([w, h, d], [0, h / 2, 0], STEEL.rack, 'gloss'), hide: ['-z'] }]
  for (const [y0, y1] of [
    [0.1, 0.7],
    [0.75, 1.25],
    [1.3, 1.85],
  ] as const)
    parts.push(face([w - 0.08, y1 - y0 - 0.03, 0], [0, (y0 + y1) / 2, front], '+z', tint(STEEL.rack, 0.78)))
  for (let i = 0; i < 6; i++)
    parts.push(face([w - 0.2, 0.015, 0], [0, 0.2 + i * 0.07, front + 0.001], '+z', PALETTE.black))
  for (const x of [-0.25, 0, 0.25])
    parts.push(
      cylinder(0.06, 0.012, [x * w * 1.2, 1.05, front + 0.006], DIAL, 'gloss', {
        axis: 'z',
        segments: 10,
        caps: 'top',
      }),
    )
  for (const x of [-0.3, -0.15, 0, 0.15, 0.3])
    parts.push(face([0.03, 0.03, 0], [x * w, 1.62, front + 0.001], '+z', x === 0 ? 0xff6a4a : LIT.green, 'glow'))
  return parts
}

/** A teleprinter with paper coming off its roll. */
export function teleprinter(top: number): Part[] {
  return [
    box([0.56, 0.16, 0.42], [0, top + 0.08, 0], 0x5a6456, 'gloss'),
    box([0.5, 0.06, 0.16], [0, top + 0.19, -0.1], 0x4a5347, 'gloss'),
    box([0.44, 0.02, 0.14], [0, top + 0.165, 0.11], 0x202020),
    cylinder(0.045, 0.34, [0, top + 0.25, -0.12], PALETTE.warmWhite, 'matte', { axis: 'x', segments: 8 }),
    box([0.3, 0.2, 0.003], [0, top + 0.36, -0.13], PALETTE.warmWhite),
  ]
}

/** Cable looms: parallel strands `n` of them along a line, in alternating dark tones. */
export function loom(
  from: readonly [number, number, number],
  to: readonly [number, number, number],
  n = 3,
  gap = 0.028,
): Part[] {
  const tones = [0x151515, 0x4a4d50, 0x2b2e30]
  const [x0, y0, z0] = from
  const [x1, y1, z1] = to
  const vertical = Math.abs(y1 - y0) > Math.abs(x1 - x0)
  return Array.from({ length: n }, (_, i) => {
    const o = (i - (n - 1) / 2) * gap
    return vertical
      ? slab(x0 + o - 0.011, x0 + o + 0.011, y0, y1, z0, z1, tones[i % 3]!)
      : slab(x0, x1, y0 + o - 0.011, y0 + o + 0.011, z0, z1, tones[i % 3]!)
  })
}
