import { type Part, slab } from '../../../geometry/parts'
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

export const carTransport: ShellPlan = {
  ...saloon,
  kind: 'car-transport',
  parts: (length, style, ends) => [...saloon.parts(length, style, ends), ...loadingDoor(length / 2)],
}
