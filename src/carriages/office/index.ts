import { GANGWAY } from '../../train/dimensions'
import { defineCarriage } from '../kit/define'
import { PALETTE } from '../kit/palette'
import { saloon } from '../kit/shells/saloon'
import { DESK_X, HW, LENGTH, MAP_Z, PARTITION_X, TALL_CABINET_X, WINDOWS } from './layout'

/*
 * The office (FACTS C2, C3): a desk and chair with a map of China and the Korean
 * peninsula on the wall behind, telephones, a gold-coloured laptop, wood panelling.
 * The desk faces the way visitors come in, so the map is seen head-on; it backs onto a
 * half-width partition that leaves the walkway clear. Furniture: build.ts.
 */
export const office = defineCarriage({
  id: 'office',
  length: LENGTH,
  shell: saloon,
  style: {
    wallColour: PALETTE.walnut,
    panelled: true,
    floorColour: PALETTE.carpetGreen,
    runnerColour: PALETTE.carpetRed,
    curtainColour: 0xd9c79a,
    trimColour: PALETTE.walnutDark,
  },
  anchors: {
    map: [PARTITION_X - 0.04, 2.17, MAP_Z],
    phones: [DESK_X - 0.12, 1.02, MAP_Z - 0.62],
    laptop: [DESK_X + 0.05, 1.2, MAP_Z + 0.05],
    panelling: [TALL_CABINET_X, 1.45, -HW + 0.03],
    // The first right-hand window in sight from the door: the tall cabinet hides the one before it.
    window: [WINDOWS[3]!, 1.45, HW - 0.1],
    frontDoor: [0.05, 1.55, GANGWAY.walkZ],
  },
  load: () => import('./build'),
})
