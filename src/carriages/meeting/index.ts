import { defineCarriage } from '../kit/define'
import { PALETTE } from '../kit/palette'
import { saloon } from '../kit/shells/saloon'
import { HW, LEFT, LENGTH, TABLE_Z, WINDOWS, leftCouches } from './layout'

/*
 * The meeting car (FACTS C1): in 2018 footage, a wide carriage ringed with pink couches
 * where Kim met senior Chinese officials. Couches line both walls and the far end; low
 * tables stand in front of them. Number, size and layout are our reconstruction.
 * Furniture: build.ts.
 */
export const meeting = defineCarriage({
  id: 'meeting',
  length: LENGTH,
  shell: saloon,
  style: { wallColour: PALETTE.cream, floorColour: 0x9c8a66, curtainColour: 0xe8c7cf, trimColour: PALETTE.oak },
  anchors: {
    couch: [leftCouches[1]!, 1.02, LEFT - 0.05],
    table: [leftCouches[0]!, 0.78, TABLE_Z],
    window: [WINDOWS[3]!, 1.45, HW - 0.1],
    endCouch: [LENGTH - 0.42, 1.05, -0.78],
  },
  load: () => import('./build'),
})
