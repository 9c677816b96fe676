import { item, place, slab } from '../../geometry/parts'
import { HALF_WIDTH as HW, SHELL } from '../../train/dimensions'
import { FACING, defineCarriage } from '../shared/module'
import { windowCentres } from '../shared/shell'
import { PALETTE } from '../shared/palette'
import { cabinet, desk, flowers, laptop, officeChair, sofa, telephone } from '../shared/props'

/*
 * The office (FACTS C2, C3): a desk and chair with a map of China and the Korean
 * peninsula on the wall behind, telephones, a gold-coloured laptop, wood panelling.
 * The desk faces the way visitors come in, so the map is seen head-on; it backs onto a
 * half-width partition that leaves the walkway clear.
 */
const LENGTH = 16
/** The partition the map hangs on, and the desk in front of it. */
export const PARTITION_X = 8.2
export const DESK_X = PARTITION_X - 1.45
export const MAP_Z = -0.8
const DESK_TOP = 0.79

const deskItems = [
  ...desk(1.7, 0.85),
  ...place(telephone(DESK_TOP, PALETTE.black), [-0.62, 0, 0.12], 0.2),
  ...place(telephone(DESK_TOP, PALETTE.warmWhite), [-0.62, 0, -0.15], 0.1),
  ...place(telephone(DESK_TOP, 0x7d1d1d), [0.66, 0, 0.1], -0.2),
  ...place(laptop(DESK_TOP), [0.05, 0, -0.05], Math.PI),
]

export const office = defineCarriage({
  id: 'office',
  length: LENGTH,
  shell: { wall: PALETTE.walnut, panelled: true, floor: PALETTE.carpetGreen, runner: PALETTE.carpetRed, curtain: 0xd9c79a, trim: PALETTE.walnutDark },
  items: [
    item([slab(PARTITION_X, PARTITION_X + 0.12, 0, SHELL.height, -HW, 0.15, PALETTE.walnut, 'wood')]),
    item(place(deskItems, [DESK_X, 0, MAP_Z], FACING.minusX)),
    item(place(officeChair(), [DESK_X + 0.75, 0, MAP_Z], FACING.minusX)),
    // Telephones and a cabinet along the walls near the entrance.
    item([...place(cabinet(2.0), [2.6, 0, -HW + 0.24], FACING.plusZ), ...place(telephone(0.83), [2.2, 0, -HW + 0.25]), ...place(telephone(0.83, PALETTE.warmWhite), [2.9, 0, -HW + 0.25])]),
    item([...place(cabinet(2.0, 0.9, 0.4), [3.6, 0, HW - 0.21], FACING.minusZ), ...place(flowers(0.93), [4.1, 0, HW - 0.21])]),
    item(place(cabinet(1.4, 1.9, 0.4), [(windowCentres(LENGTH)[1]! + windowCentres(LENGTH)[2]!) / 2, 0, HW - 0.21], FACING.minusZ)),
    // Behind the partition: a leather sofa and a sideboard.
    item(place(sofa(2.6, 0x4a2c1d, 0x35200f), [11.6, 0, -HW + 0.4], FACING.plusZ)),
    item(place(officeChair(0x5a3b2a), [14.6, 0, -1.05], FACING.plusZ)),
    item(place(cabinet(2.0, 0.8, 0.42), [13.0, 0, HW - 0.22], FACING.minusZ)),
  ],
  anchors: {
    map: [PARTITION_X - 0.04, 2.17, MAP_Z],
    phones: [DESK_X - 0.12, 1.02, MAP_Z - 0.62],
    laptop: [DESK_X + 0.05, 1.2, MAP_Z + 0.05],
    panelling: [(windowCentres(LENGTH)[1]! + windowCentres(LENGTH)[2]!) / 2, 1.45, -HW + 0.03],
    // The first right-hand window in sight from the door: the tall cabinet hides the one before it.
    window: [windowCentres(LENGTH)[3]!, 1.45, HW - 0.1],
    frontDoor: [0.05, 1.55, SHELL.walkZ],
  },
  loadScene: () => import('./Scene'),
})
