import { item, objectItem, place, slab } from '../../geometry/parts'
import { defineBuild } from '../kit/build'
import { FACING } from '../kit/define'
import { PALETTE } from '../kit/palette'
import { cabinet, desk, flowers, laptop, officeChair, sofa, telephone } from '../kit/props'
import { saloon } from '../kit/shells/saloon'
import { DESK_TOP, DESK_X, HW, MAP_Z, PARTITION_X, SOFA, TALL_CABINET_X } from './layout'
import OfficeScene from './Scene'

const deskItems = [
  ...desk(1.7, 0.85),
  ...place(telephone(DESK_TOP, PALETTE.black), [-0.62, 0, 0.12], 0.2),
  ...place(telephone(DESK_TOP, PALETTE.warmWhite), [-0.62, 0, -0.15], 0.1),
  ...place(telephone(DESK_TOP, 0x7d1d1d), [0.66, 0, 0.1], -0.2),
  ...place(laptop(DESK_TOP), [0.05, 0, -0.05], Math.PI),
]

export default defineBuild(
  [
    item([slab(PARTITION_X, PARTITION_X + 0.12, 0, saloon.height, -HW, 0.15, PALETTE.walnut, 'wood')]),
    objectItem('desk-set', deskItems, [DESK_X, 0, MAP_Z], FACING.minusX),
    item(place(officeChair(), [DESK_X + 0.75, 0, MAP_Z], FACING.minusX)),
    // Telephones and a cabinet along the walls near the entrance.
    item([
      ...place(cabinet(2.0), [2.6, 0, -HW + 0.24], FACING.plusZ),
      ...place(telephone(0.83), [2.2, 0, -HW + 0.25]),
      ...place(telephone(0.83, PALETTE.warmWhite), [2.9, 0, -HW + 0.25]),
    ]),
    item([
      ...place(cabinet(2.0, 0.9, 0.4), [3.6, 0, HW - 0.21], FACING.minusZ),
      ...place(flowers(0.93), [4.1, 0, HW - 0.21]),
    ]),
    item(place(cabinet(1.4, 1.9, 0.4), [TALL_CABINET_X, 0, HW - 0.21], FACING.minusZ)),
    // Behind the partition: a leather sofa and a sideboard.
    item(place(sofa(SOFA.length, 0x4a2c1d, 0x35200f), [SOFA.x, 0, -HW + 0.4], FACING.plusZ)),
    item(place(officeChair(0x5a3b2a), [14.6, 0, -1.05], FACING.plusZ)),
    item(place(cabinet(2.0, 0.8, 0.42), [13.0, 0, HW - 0.22], FACING.minusZ)),
  ],
  // The wall map: a texture, drawn by a component of its own.
  OfficeScene,
)
