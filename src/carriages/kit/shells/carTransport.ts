import { type Part, face, slab } from '../../../geometry/parts'
import type { ShellPlan } from '../../../train/types'
import { PALETTE } from '../palette'
import { saloon } from './saloon'

/**
 * The car transport (FACTS C9: two armoured Mercedes travel with the train): a saloon's
 * body, walls and windows, with a loading door in the middle of its left side for the
 * car to be driven in. The door, like the rest of the shell, is our reconstruction.
 */
const LOADING_DOOR = { halfWidth: 1.6, height: 2.15, frame: 0.05 } as const

/** The loading door's outline on the left wall, seen from inside (it is shut). */
function loadingDoor(x: number): Part[] {
  const { halfWidth: w, height: h, frame: f } = LOADING_DOOR
  const z = -saloon.halfWidth + 0.01
  return [
    slab(x - w, x + w, 0.05, 0.1, z, z + 0.03, PALETTE.grey, 'gloss'),
    slab(x - w, x - w + f, 0.05, h, z, z + 0.03, PALETTE.grey, 'gloss'),
    slab(x + w - f, x + w, 0.05, h, z, z + 0.03, PALETTE.grey, 'gloss'),
    slab(x - 0.02, x + 0.02, 0.05, h, z, z + 0.03, PALETTE.grey, 'gloss'),
  ]
}

/**
 * The same door from outside, on the body's left side: its outline and the seam between
 * its two leaves, in the underframe's dark grey, and the rails it would roll on.
 */
function loadingDoorOutside(x: number): Part[] {
  const { halfWidth: w, height: h } = LOADING_DOOR
  // Proud of the windows' dark glass (2 cm out), which it crosses.
  const z = -(saloon.halfWidth + saloon.endWall) - 0.03
  const line = (x0: number, x1: number, y0: number, y1: number): Part => ({
    ...face([x1 - x0, y1 - y0, 0], [(x0 + x1) / 2, (y0 + y1) / 2, z], '-z', PALETTE.steel, 'gloss'),
  })
  return [
    line(x - w, x + w, h, h + 0.05),
    line(x - w - 0.05, x - w, 0, h + 0.05),
    line(x + w, x + w + 0.05, 0, h + 0.05),
    line(x - 0.015, x + 0.015, 0, h),
    line(x - w - 0.3, x + w + 0.3, -0.02, 0.03),
  ]
}

export const carTransport: ShellPlan = {
  ...saloon,
  kind: 'car-transport',
  parts: (length, style, ends) => [...saloon.parts(length, style, ends), ...loadingDoor(length / 2)],
  outside: (length) => loadingDoorOutside(length / 2),
}
