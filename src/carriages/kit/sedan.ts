import { type Part, box, cylinder } from '../../geometry/parts'
import { PALETTE } from './palette'

/*
 * An armoured black saloon, about 5.3 m x 1.9 m (FACTS C9 says two armoured Mercedes;
 * the model and its proportions are our reconstruction). Built along +x (front), from
 * a side profile extruded across its width, so it reads as a car from any angle.
 */
const WHEEL_X = [1.58, -1.55]
const WHEEL_R = 0.36
const WIDTH = 1.9

/** Side silhouette of the lower body, with wheel arches cut out. */
const BODY: [number, number][] = [
  [-2.64, 0.34],
  [-2.02, 0.34],
  [-1.95, 0.6],
  [-1.78, 0.74],
  [-1.32, 0.74],
  [-1.15, 0.6],
  [-1.1, 0.34],
  [1.13, 0.34],
  [1.18, 0.6],
  [1.35, 0.74],
  [1.81, 0.74],
  [1.98, 0.6],
  [2.05, 0.34],
  [2.66, 0.36],
  [2.68, 0.62],
  [2.55, 0.86],
  [1.32, 0.97],
  [-1.85, 1.0],
  [-2.55, 0.97],
  [-2.66, 0.66],
]
/** The glasshouse above the waistline: windscreen, roof, rear window. */
const CABIN: [number, number][] = [
  [1.32, 0.96],
  [0.5, 1.44],
  [-1.05, 1.47],
  [-1.86, 0.99],
]

export function sedan(): Part[] {
  const parts: Part[] = [
    { kind: 'prism', profile: BODY, depth: WIDTH, at: [0, 0, 0], color: PALETTE.carBlack, bake: 'gloss' },
    { kind: 'prism', profile: CABIN, depth: WIDTH - 0.2, at: [0, 0, 0], color: PALETTE.glassDark, bake: 'gloss' },
    // Roof skin and pillars, so the dark glass reads as windows in a black body.
    box([1.45, 0.03, WIDTH - 0.18], [-0.28, 1.465, 0], PALETTE.carBlack, 'gloss'),
    box([0.12, 0.5, WIDTH - 0.16], [-0.22, 1.2, 0], PALETTE.carBlack, 'gloss'),
    // Chrome grille with a round emblem, headlamps, bumpers, tail lamps, mirrors.
    box([0.05, 0.26, 0.62], [2.67, 0.62, 0], PALETTE.chrome, 'gloss'),
    box([0.052, 0.2, 0.54], [2.675, 0.62, 0], 0x1d2024, 'gloss'),
    cylinder(0.06, 0.02, [2.7, 0.86, 0], PALETTE.chrome, 'gloss', { axis: 'x', segments: 12 }),
    box([0.04, 0.11, 0.38], [2.65, 0.68, 0.62], PALETTE.warmWhite, 'glow'),
    box([0.04, 0.11, 0.38], [2.65, 0.68, -0.62], PALETTE.warmWhite, 'glow'),
    box([0.08, 0.07, WIDTH - 0.1], [2.68, 0.4, 0], PALETTE.chrome, 'gloss'),
    box([0.08, 0.07, WIDTH - 0.1], [-2.68, 0.42, 0], PALETTE.chrome, 'gloss'),
    box([0.04, 0.12, 0.42], [-2.66, 0.78, 0.64], 0xb0161e, 'glow'),
    box([0.04, 0.12, 0.42], [-2.66, 0.78, -0.64], 0xb0161e, 'glow'),
    box([0.14, 0.09, 0.14], [1.05, 1.05, WIDTH / 2 + 0.05], PALETTE.carBlack, 'gloss'),
    box([0.14, 0.09, 0.14], [1.05, 1.05, -WIDTH / 2 - 0.05], PALETTE.carBlack, 'gloss'),
    // Waistline chrome strip and door shut lines.
    box([4.2, 0.025, 0.012], [0, 0.9, WIDTH / 2 + 0.004], PALETTE.chrome, 'gloss'),
    box([4.2, 0.025, 0.012], [0, 0.9, -WIDTH / 2 - 0.004], PALETTE.chrome, 'gloss'),
    box([0.015, 0.5, WIDTH + 0.012], [0.55, 0.68, 0], 0x222428),
    box([0.015, 0.5, WIDTH + 0.012], [-0.75, 0.68, 0], 0x222428),
  ]
  for (const x of WHEEL_X) {
    for (const side of [-1, 1]) {
      const z = side * (WIDTH / 2 - 0.16)
      parts.push(cylinder(WHEEL_R, 0.26, [x, WHEEL_R, z], PALETTE.rubber, 'matte', { axis: 'z', segments: 18 }))
      parts.push(
        cylinder(0.21, 0.03, [x, WHEEL_R, z + side * 0.125], PALETTE.chrome, 'gloss', { axis: 'z', segments: 14 }),
      )
    }
  }
  return parts
}

/** Yellow wheel chocks in front of and behind each tyre on the car's `side`. */
export function wheelChocks(): Part[] {
  const parts: Part[] = []
  for (const x of WHEEL_X) {
    for (const side of [-1, 1]) {
      const z = side * (WIDTH / 2 - 0.16)
      parts.push(box([0.16, 0.14, 0.3], [x + 0.44, 0.07, z], 0xe0b020))
      parts.push(box([0.16, 0.14, 0.3], [x - 0.44, 0.07, z], 0xe0b020))
    }
  }
  return parts
}
