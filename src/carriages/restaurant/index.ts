import { defineCarriage } from '../kit/define'
import { PALETTE } from '../kit/palette'
import { saloon } from '../kit/shells/saloon'
import { COUNTER_X, HW, LEFT_TABLES, LENGTH, SHELF, WINDOWS } from './layout'

/*
 * The restaurant carriage (FACTS C5). Tables for four on the left, for two on the right,
 * a serving counter at the far end with wine on the shelves behind it: the reporting
 * mentions wines flown in on the 2001 trip; this room's look is our reconstruction.
 * Furniture: build.ts.
 */
export const restaurant = defineCarriage({
  id: 'restaurant',
  length: LENGTH,
  shell: saloon,
  style: {
    wallColour: PALETTE.oak,
    floorColour: 0x4b2a22,
    runnerColour: PALETTE.carpetBlue,
    curtainColour: PALETTE.burgundy,
    trimColour: PALETTE.walnut,
  },
  anchors: {
    wineShelf: [(SHELF.from + SHELF.to) / 2, 1.6, -HW + 0.45],
    counter: [COUNTER_X + 0.3, 1.3, -0.8],
    table: [LEFT_TABLES[1]!, 1.05, -0.98],
    window: [WINDOWS[3]!, 1.45, HW - 0.1],
    leftWindow: [WINDOWS[4]!, 1.45, -HW + 0.1],
  },
  load: () => import('./build'),
})
