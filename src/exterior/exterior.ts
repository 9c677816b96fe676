import { type Part, cylinder, face, slab } from '../geometry/parts'
import { GANGWAY } from '../train/dimensions'
import type { ShellEnds, ShellPlan } from '../train/types'

/**
 * The train's livery. Reported: green with golden crests (FACTS T6), bullet-resistant
 * windows (T7). The shades, the gold line under the windows, the crest's shape and
 * where it sits are ours.
 */
export const LIVERY = {
  green: 0x1f4a32,
  gold: 0xd4a93a,
  /** Armoured glass seen from outside, with nothing lit behind it. */
  glass: 0x121a21,
  underframe: 0x2a2c2d,
  rubber: 0x1c1c1c,
} as const

/** The body's lower edge, under the carriage floor (y 0): the underframe and bogies show below it. */
export const BODY_BOTTOM = -0.12
const WHEEL = { radius: 0.42, gauge: 1.435, axles: 2.5 } as const
/** The rail top, below the carriage floor: where the wheels stand (on ballast over the ground, -1.15). */
export const RAIL_TOP = -0.75

/** The side wall's outer face, across: the shell's interior half-width and its wall. */
export const outerHalfWidth = (shell: Pick<ShellPlan, 'halfWidth' | 'endWall'>) => shell.halfWidth + shell.endWall

/** Where a carriage's crest is on each side (its centre), and its two bogies, along its length. */
export const crestAt = (length: number) => ({ x: length / 2, y: 0.3 })
export const bogieXs = (length: number): [number, number] => [length * 0.16, length * 0.84]

/** A crest: a golden disc on the body side, facing out (the outline only, as prints are drawn). */
function crest(x: number, y: number, z: number, side: 1 | -1): Part {
  const profile: [number, number][] = Array.from({ length: 16 }, (_, i) => {
    const a = (i / 16) * Math.PI * 2
    return [x + 0.36 * Math.cos(a), y + 0.36 * Math.sin(a)]
  })
  return {
    kind: 'prism',
    profile,
    depth: 0.01,
    at: [0, 0, z],
    color: LIVERY.gold,
    bake: 'gloss',
    face: side > 0 ? '+z' : '-z',
  }
}

/** A bogie: its frame between the wheels, and the four wheels outside it, where they show. */
function bogie(x: number): Part[] {
  const y = RAIL_TOP + WHEEL.radius
  const inner = WHEEL.gauge / 2 - 0.08
  const parts: Part[] = [
    { ...slab(x - 1.5, x + 1.5, y - 0.12, BODY_BOTTOM - 0.3, -inner, inner, LIVERY.underframe), hide: ['-y', '+y'] },
  ]
  for (const dx of [-WHEEL.axles / 2, WHEEL.axles / 2])
    for (const side of [-1, 1])
      parts.push(
        cylinder(WHEEL.radius, 0.1, [x + dx, y, side * (WHEEL.gauge / 2 + 0.05)], LIVERY.underframe, 'gloss', {
          axis: 'z',
          segments: 12,
        }),
      )
  return parts
}

/**
 * One carriage seen from outside, in its own coordinates (as ShellPlan's): the green
 * body over the shell's outer faces, its windows dark, a gold line and a crest, the
 * underframe and two bogies, the gangway bellows at its joined ends. Drawn from the
 * shell plan's numbers, so the windows outside are where they are inside. The interior
 * is never drawn from outside.
 */
export function exteriorParts(shell: ShellPlan, length: number, ends: ShellEnds): Part[] {
  const T = shell.endWall
  const out = outerHalfWidth(shell)
  const top = shell.height + 0.1
  const x0 = -T
  const x1 = length + T
  const parts: Part[] = []
  const door = shell.sideDoor(length)
  for (const side of [-1, 1] as const) {
    const facing = side > 0 ? '+z' : '-z'
    const z = (d: number) => side * (out + d)
    // A rectangle of the body side from (a, b) to (c, d) in x and y, at depth `dz` outside it.
    const panel = (xa: number, xb: number, ya: number, yb: number, dz: number, colour: number, bake?: 'gloss') =>
      face([xb - xa, yb - ya, 0], [(xa + xb) / 2, (ya + yb) / 2, z(dz)], facing, colour, bake)
    if (door.side === side) {
      // The body round the side door's opening (its fill is drawn apart: doorFillParts).
      parts.push(
        panel(x0, door.x0, BODY_BOTTOM, top, 0.01, LIVERY.green),
        panel(door.x1, x1, BODY_BOTTOM, top, 0.01, LIVERY.green),
        panel(door.x0, door.x1, door.height, top, 0.01, LIVERY.green),
        panel(door.x0, door.x1, BODY_BOTTOM, 0, 0.01, LIVERY.green),
        panel(x0 + 0.15, door.x0 - 0.05, 0.675, 0.725, 0.02, LIVERY.gold, 'gloss'),
        panel(door.x1 + 0.05, x1 - 0.15, 0.675, 0.725, 0.02, LIVERY.gold, 'gloss'),
        // Its frame, and the step down to the platform.
        panel(door.x0 - 0.05, door.x0, 0, door.height + 0.05, 0.02, LIVERY.gold, 'gloss'),
        panel(door.x1, door.x1 + 0.05, 0, door.height + 0.05, 0.02, LIVERY.gold, 'gloss'),
        panel(door.x0 - 0.05, door.x1 + 0.05, door.height, door.height + 0.05, 0.02, LIVERY.gold, 'gloss'),
        {
          ...slab(door.x0, door.x1, -0.3, -0.25, Math.min(z(0), z(0.26)), Math.max(z(0), z(0.26)), LIVERY.underframe),
          hide: ['-y'],
        },
      )
    } else {
      parts.push(panel(x0, x1, BODY_BOTTOM, top, 0.01, LIVERY.green))
      parts.push(panel(x0 + 0.15, x1 - 0.15, 0.675, 0.725, 0.02, LIVERY.gold, 'gloss'))
    }
    for (const w of shell.windows(length))
      if (Math.sign(w.z) === side)
        parts.push(
          face(
            [w.x1 - w.x0, w.y1 - w.y0, 0],
            [(w.x0 + w.x1) / 2, (w.y0 + w.y1) / 2, z(0.02)],
            facing,
            LIVERY.glass,
            'gloss',
          ),
        )
    parts.push(crest(crestAt(length).x, crestAt(length).y, z(0.025), side))
  }
  // The closed ends of the train's first and last carriage; joined ends meet the bellows.
  for (const [x, open, facing] of [
    [x0, ends.prev, '-x'],
    [x1, ends.next, '+x'],
  ] as const) {
    if (!open)
      parts.push(
        face(
          [0, top - BODY_BOTTOM, 2 * out],
          [x + (facing === '-x' ? -0.01 : 0.01), (top + BODY_BOTTOM) / 2, 0],
          facing,
          LIVERY.green,
        ),
      )
    else {
      const bx = x + (facing === '-x' ? -GANGWAY.length / 4 : GANGWAY.length / 4)
      for (const side of [-1, 1] as const)
        parts.push(
          face(
            [GANGWAY.length / 2, top - 0.35, 0],
            [bx, (top - 0.35) / 2, side * (out - 0.2)],
            side > 0 ? '+z' : '-z',
            LIVERY.rubber,
          ),
        )
    }
  }
  // Equipment boxes between the bogies, which stand clear of them at the ends.
  const [b0, b1] = bogieXs(length)
  parts.push({
    ...slab(b0 + 1.8, b1 - 1.8, BODY_BOTTOM - 0.32, BODY_BOTTOM, -out + 0.25, out - 0.25, LIVERY.underframe),
    hide: ['-y', '+y'],
  })
  parts.push(...bogie(b0), ...bogie(b1))
  // What this kind of room shows outside (the car transports' loading doors).
  if (shell.outside) parts.push(...shell.outside(length))
  return parts
}

/**
 * The side door's opening seen from outside when the room behind it is not drawn
 * there (renderTrain draws the nearest rooms through their doors): dark, as the
 * windows are.
 */
export function doorFillParts(shell: ShellPlan, length: number): Part[] {
  const d = shell.sideDoor(length)
  const z = d.side * (outerHalfWidth(shell) + 0.005)
  return [
    face([d.x1 - d.x0, d.height, 0], [(d.x0 + d.x1) / 2, d.height / 2, z], d.side > 0 ? '+z' : '-z', LIVERY.glass),
  ]
}
