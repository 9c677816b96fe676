import { defineCarriage } from '../kit/define'
import { saloon } from '../kit/shells/saloon'
import { BASIN, CABINET, COUCH, HW, LENGTH, OXYGEN_X, WINDOWS } from './layout'

/*
 * The medical staff's carriage (FACTS C8: an expert says medical staff travel with the
 * leader; nothing of their carriage is described). A treatment couch behind a screen,
 * glass-fronted cabinets, oxygen bottles and a hand basin: our reconstruction. Tall
 * things stand on the piers between windows; the window at the middle of the left wall
 * is kept clear. Equipment: build.ts.
 */
export const medical = defineCarriage({
  id: 'medical',
  length: LENGTH,
  shell: saloon,
  style: {
    wallColour: 0xe3ece4,
    floorColour: 0xd6d5c8,
    curtainColour: 0xb7d1c0,
    trimColour: 0xa3b8ab,
    ceilingColour: 0xf6f7f2,
  },
  anchors: {
    couch: [COUCH.x - 0.3, 0.85, COUCH.z],
    cabinet: [CABINET.x, 1.55, -HW + CABINET.d + 0.06],
    oxygen: [OXYGEN_X, 1.4, HW - 0.3],
    basin: [BASIN.x, 0.98, HW - BASIN.d + 0.05],
    window: [WINDOWS[3]!, 1.45, HW - 0.1],
    leftWindow: [WINDOWS[3]!, 1.45, -HW + 0.1],
  },
  load: () => import('./build'),
})
