import { item, place } from '../../geometry/parts'
import { HALF_WIDTH as HW } from '../../train/dimensions'
import { windowCentres } from '../shared/shell'
import { FACING, defineCarriage } from '../shared/module'
import { PALETTE } from '../shared/palette'
import { floorPatch, flowers, lowTable, sofa } from '../shared/props'

/*
 * The meeting car (FACTS C1): in 2018 footage, a wide carriage ringed with pink couches
 * where Kim met senior Chinese officials. Couches line both walls and the far end; low
 * tables stand in front of them. Number, size and layout are our reconstruction.
 */
const LENGTH = 18
const LEFT = -HW + 0.41
const RIGHT = HW - 0.41
const TABLE_Z = -0.42

const leftCouches = [3.4, 8.4, 13.4]
const rightCouches = [5.6, 11.8]

export const meeting = defineCarriage({
  id: 'meeting',
  length: LENGTH,
  shell: { wall: PALETTE.cream, floor: 0x9c8a66, curtain: 0xe8c7cf, trim: PALETTE.oak },
  items: [
    item([floorPatch(1.2, LENGTH - 1.2, -1.55, 0.1, 0x8d3b4a)], false),
    ...leftCouches.map((x) => item(place(sofa(3.6), [x, 0, LEFT], FACING.plusZ))),
    ...rightCouches.map((x) => item(place(sofa(2.8), [x, 0, RIGHT], FACING.minusZ))),
    item(place(sofa(1.9), [LENGTH - 0.42, 0, -0.78], FACING.minusX)),
    item(place(sofa(1.7), [0.42, 0, -0.86], FACING.plusX)),
    ...leftCouches.map((x) => item([...place(lowTable(1.8, 0.52), [x, 0, TABLE_Z]), ...place(flowers(0.455, 0xf2f2f2), [x, 0, TABLE_Z])])),
    item(place(lowTable(0.6, 0.5, PALETTE.walnutDark), [8.7, 0, RIGHT + 0.05])),
    item([...place(lowTable(0.5, 0.6, PALETTE.walnutDark), [15.9, 0, LEFT]), ...place(flowers(0.455), [15.9, 0, LEFT])]),
  ],
  anchors: {
    couch: [leftCouches[1]!, 1.02, LEFT - 0.05],
    table: [leftCouches[0]!, 0.78, TABLE_Z],
    window: [windowCentres(LENGTH)[3]!, 1.45, HW - 0.1],
    endCouch: [LENGTH - 0.42, 1.05, -0.78],
  },
})
