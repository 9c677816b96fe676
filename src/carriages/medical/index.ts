import { box, item, place } from '../../geometry/parts'
import { HALF_WIDTH as HW } from '../../train/dimensions'
import { FACING, defineCarriage } from '../shared/module'
import { windowCentres } from '../shared/shell'
import { PALETTE } from '../shared/palette'
import { basin, drawerCabinet, foldingScreen, glassCabinet, oxygenRack, stool, treatmentCouch, trolley } from './props'

/*
 * The medical staff's carriage (FACTS C8: an expert says medical staff travel with the
 * leader; nothing of their carriage is described). A treatment couch behind a screen,
 * glass-fronted cabinets, oxygen bottles and a hand basin: our reconstruction. Tall
 * things stand on the piers between windows; the window at the middle of the left wall
 * is kept clear.
 */
const LENGTH = 12
const WINDOWS = windowCentres(LENGTH)
const PIERS = WINDOWS.slice(1).map((c, i) => (c + WINDOWS[i]!) / 2)
const COUCH = { x: 3.3, z: -0.85, len: 1.9 }
const CABINET = { x: PIERS[1]!, h: 1.9, d: 0.42 }
const OXYGEN_X = PIERS[0]!
const BASIN = { x: PIERS[1]!, d: 0.45 }
const MIRROR = { y: 1.45, w: 0.5, h: 0.62 }

export const medical = defineCarriage({
  id: 'medical',
  length: LENGTH,
  shell: { wall: 0xe3ece4, floor: 0xd6d5c8, curtain: 0xb7d1c0, trim: 0xa3b8ab, ceiling: 0xf6f7f2 },
  items: [
    // The couch's raised head end is away from the door, the screen beyond it.
    item(place(treatmentCouch(COUCH.len), [COUCH.x, 0, COUCH.z], Math.PI)),
    item(place(foldingScreen(3, 0.42, 1.55, 0.45), [COUCH.x + COUCH.len / 2 + 0.2, 0, -HW + 0.12])),
    item(place(stool(), [COUCH.x - 0.3, 0, -0.15])),
    item(place(glassCabinet(1.2, CABINET.h, CABINET.d), [CABINET.x, 0, -HW + CABINET.d / 2])),
    item(place(drawerCabinet(1.0, 0.88, 0.5), [PIERS[2]!, 0, -HW + 0.26])),
    item(place(trolley(), [WINDOWS[3]! + 0.3, 0, -1.2])),
    item(place(oxygenRack(), [OXYGEN_X, 0, HW - 0.15], FACING.minusZ)),
    item(place(basin(0.62, BASIN.d), [BASIN.x, 0, HW - BASIN.d / 2], FACING.minusZ)),
    // The mirror and towel hang on the wall above the basin.
    item([
      box([MIRROR.w, MIRROR.h, 0.02], [BASIN.x, MIRROR.y, HW - 0.02], PALETTE.chrome, 'gloss'),
      box([MIRROR.w - 0.06, MIRROR.h - 0.06, 0.01], [BASIN.x, MIRROR.y, HW - 0.035], 0xdbe8ee, 'gloss'),
      box([0.04, 0.4, 0.2], [BASIN.x + 0.42, 0.7, HW - 0.12], 0xb7d1c0),
    ], false),
    item(place(glassCabinet(0.9, 1.55, 0.36), [PIERS[2]!, 0, HW - 0.18], FACING.minusZ)),
  ],
  anchors: {
    couch: [COUCH.x - 0.3, 0.85, COUCH.z],
    cabinet: [CABINET.x, 1.55, -HW + CABINET.d + 0.06],
    oxygen: [OXYGEN_X, 1.4, HW - 0.3],
    basin: [BASIN.x, 0.98, HW - BASIN.d + 0.05],
    window: [WINDOWS[3]!, 1.45, HW - 0.1],
    leftWindow: [WINDOWS[3]!, 1.45, -HW + 0.1],
  },
})
