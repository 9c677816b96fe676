import { item, place } from '../../geometry/parts'
import { defineBuild } from '../kit/build'
import { FACING } from '../kit/define'
import { PALETTE } from '../kit/palette'
import { floorPatch, flowers, lowTable, sofa } from '../kit/props'
import { LEFT, LENGTH, RIGHT, TABLE_Z, leftCouches, rightCouches } from './layout'

export default defineBuild([
  item([floorPatch(1.2, LENGTH - 1.2, -1.55, 0.1, 0x8d3b4a)], false),
  ...leftCouches.map((x) => item(place(sofa(3.6), [x, 0, LEFT], FACING.plusZ))),
  ...rightCouches.map((x) => item(place(sofa(2.8), [x, 0, RIGHT], FACING.minusZ))),
  // Across the far end; the entry end is left open for its doors (the gangway's, and the side door's to the platform).
  item(place(sofa(1.9), [LENGTH - 0.42, 0, -0.78], FACING.minusX)),
  ...leftCouches.map((x) =>
    item([...place(lowTable(1.8, 0.52), [x, 0, TABLE_Z]), ...place(flowers(0.455, 0xf2f2f2), [x, 0, TABLE_Z])]),
  ),
  item(place(lowTable(0.6, 0.5, PALETTE.walnutDark), [8.7, 0, RIGHT + 0.05])),
  item([...place(lowTable(0.5, 0.6, PALETTE.walnutDark), [15.9, 0, LEFT]), ...place(flowers(0.455), [15.9, 0, LEFT])]),
])
