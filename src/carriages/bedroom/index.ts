import { defineCarriage } from '../kit/define'
import { saloon } from '../kit/shells/saloon'
import { BED, BEDSIDE, BED_X, CLOTH, HW, LENGTH, WARDROBE, WINDOWS } from './layout'

/*
 * The leader's bedroom (FACTS C6: an expert says the train has one, used by him alone;
 * no image of it is described). Everything here is our reconstruction: the bed's head
 * against the left wall between two windows, bedside lamps, a reading chair and a
 * writing desk on the left, a wardrobe and a dresser on the right, curtains drawn.
 * Furniture: build.ts.
 */
export const bedroom = defineCarriage({
  id: 'bedroom',
  length: LENGTH,
  shell: saloon,
  // Plain walls: panelling here measured about a tenth of the frame, and the room reads by its bed and curtains.
  style: {
    wallColour: 0x46557f,
    floorColour: 0x27304f,
    curtainColour: CLOTH,
    trimColour: 0xb08a3e,
    ceilingColour: 0xefe6d2,
  },
  anchors: {
    bed: [BED_X, BED.headboard - 0.05, -HW + 0.14],
    bedside: [BED_X - BEDSIDE.dx, BEDSIDE.top + 0.55, BEDSIDE.z],
    wardrobe: [WARDROBE.x, 1.8, HW - WARDROBE.d - 0.05],
    window: [WINDOWS[1]!, 1.45, HW - 0.1],
  },
  load: () => import('./build'),
})
