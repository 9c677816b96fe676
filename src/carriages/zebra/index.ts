import { defineCarriage } from '../kit/define'
import { saloon } from '../kit/shells/saloon'
import { ARMCHAIR } from '../kit/sizes'
import { D, GROUPS, HW, LENGTH, LIGHTS, SIDEBOARD, WALL_CHAIR_Z, WINDOWS } from './layout'

/*
 * The zebra-chair carriage (FACTS C4): in state-media footage of a 2020 trip, a carriage
 * decorated with flower-shaped lights, its chairs upholstered in zebra print. The report
 * gives it no purpose and neither do we. Chairs sit in threes round low tables on the
 * left, a pair on the right; their backs stay below the sills so the windows show.
 * Furniture: build.ts.
 */
export const zebra = defineCarriage({
  id: 'zebra',
  length: LENGTH,
  shell: saloon,
  style: {
    wallColour: 0xeadfc4,
    floorColour: 0x7d5c3c,
    runnerColour: 0xb08d48,
    curtainColour: 0xd6b25a,
    trimColour: 0xa8843a,
    ceilingColour: 0xf0e4c8,
  },
  anchors: {
    chairs: [GROUPS[0]!, ARMCHAIR.back + 0.04, WALL_CHAIR_Z - D / 2 + ARMCHAIR.backDepth / 2],
    lights: [LIGHTS[1]!, 2.15, 0],
    window: [WINDOWS[1]!, 1.45, HW - 0.1],
    leftWindow: [WINDOWS[3]!, 1.45, -HW + 0.1],
    sideboard: [SIDEBOARD.x + 0.3, SIDEBOARD.h + 0.1, HW - 0.24],
  },
  load: () => import('./build'),
})
