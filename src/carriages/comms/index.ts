import { defineCarriage } from '../kit/define'
import { saloon } from '../kit/shells/saloon'
import {
  DESK_TOP,
  HW,
  LENGTH,
  MAP_X,
  MAP_Y,
  MAP_Z,
  PHONES_X,
  PHONES_Z,
  STACK_DEPTH,
  STACK_Z,
  STATIONS,
  WINDOWS,
} from './layout'

/*
 * The communications carriage (FACTS C7: an expert says such trains have space for
 * communications equipment; nothing of it is described). Operators' stations along the
 * left wall, radio sets stacked on the piers between the windows; a telephone console
 * with its switchboard and the operators' map on the right. The equipment and its
 * layout are our reconstruction. Equipment: build.ts.
 */
export const comms = defineCarriage({
  id: 'comms',
  length: LENGTH,
  shell: saloon,
  style: {
    wallColour: 0x98a398,
    floorColour: 0x4a504b,
    curtainColour: 0x56665a,
    trimColour: 0x3f4a44,
    ceilingColour: 0xdfe3dc,
  },
  anchors: {
    radios: [STATIONS[1]!, 1.5, STACK_Z + STACK_DEPTH / 2 + 0.03],
    telephones: [PHONES_X, DESK_TOP + 0.2, PHONES_Z - 0.05],
    mapBoard: [MAP_X, MAP_Y, MAP_Z - 0.03],
    window: [WINDOWS[3]!, 1.45, HW - 0.1],
  },
  load: () => import('./build'),
})
