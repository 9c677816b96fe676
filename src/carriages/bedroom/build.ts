import { box, item, place } from '../../geometry/parts'
import { defineBuild } from '../kit/build'
import { FACING } from '../kit/define'
import { armchair, bouquet, cabinet, desk, floorPatch, lowTable, officeChair, tableLamp } from '../kit/props'
import {
  BEDSIDE,
  BED_X,
  CLOTH,
  DESK_X,
  DESK_Z,
  DRESSER,
  HW,
  MIRROR,
  PIERS,
  READING,
  SHADE,
  WARDROBE,
  WINDOWS_ON,
} from './layout'
import { COLOURS, bed, drawnCurtains, wardrobe } from './props'

const bedsideTable = (x: number) => [
  ...place(cabinet(0.46, BEDSIDE.top, 0.42, COLOURS.wood), [x, 0, BEDSIDE.z]),
  ...place(tableLamp(BEDSIDE.top + 0.03, SHADE, COLOURS.gold), [x, 0, BEDSIDE.z]),
]

export default defineBuild([
  item([floorPatch(BED_X - 1.6, BED_X + 1.6, -1.2, 0.45, 0x7a2630)], false),
  item(place(bed(), [BED_X, 0, -HW])),
  ...[-1, 1].map((s) => item(bedsideTable(BED_X + s * BEDSIDE.dx))),
  item(place(armchair(COLOURS.spread, COLOURS.wood), [READING.x, 0, READING.z], READING.turn)),
  item([
    ...place(lowTable(0.45, 0.45, COLOURS.wood), [READING.x + READING.tableDx, 0, READING.tableZ]),
    ...place(tableLamp(0.455, SHADE, COLOURS.gold), [READING.x + READING.tableDx, 0, READING.tableZ]),
  ]),
  item([
    ...place(desk(1.3, 0.62), [DESK_X, 0, DESK_Z], FACING.minusZ),
    ...place(tableLamp(0.79, SHADE, COLOURS.gold), [DESK_X - 0.45, 0, DESK_Z - 0.1]),
  ]),
  item(place(officeChair(0x5a1f2a), [DESK_X, 0, -0.6], FACING.minusZ)),
  item(place(wardrobe(1.1, WARDROBE.h, WARDROBE.d), [WARDROBE.x, 0, HW - WARDROBE.d / 2], FACING.minusZ)),
  item([
    ...place(
      cabinet(1.1, DRESSER.h, DRESSER.d, COLOURS.wood),
      [DRESSER.x, 0, HW - DRESSER.d / 2 - 0.01],
      FACING.minusZ,
    ),
    ...place(bouquet(DRESSER.h + 0.03), [DRESSER.x + 0.35, 0, HW - DRESSER.d / 2]),
  ]),
  // The dresser's mirror hangs on the wall: it neither blocks nor hides anything.
  item(
    [
      box([MIRROR.w, MIRROR.h, 0.03], [DRESSER.x, MIRROR.y, HW - 0.03], COLOURS.gold, 'gloss'),
      box([MIRROR.w - 0.08, MIRROR.h - 0.08, 0.01], [DRESSER.x, MIRROR.y, HW - 0.05], 0xc9d8e0, 'gloss'),
    ],
    false,
  ),
  item([
    ...place(cabinet(0.9, 0.7, 0.42, COLOURS.wood), [PIERS[3]!, 0, HW - 0.23], FACING.minusZ),
    ...place(bouquet(0.73, [0xf6e27a, 0xffffff, 0xf3c1cf, 0xffffff]), [PIERS[3]!, 0, HW - 0.25]),
  ]),
  item(
    [
      ...WINDOWS_ON.right.flatMap((x) => drawnCurtains(x, 1, CLOTH)),
      ...WINDOWS_ON.left.flatMap((x) => drawnCurtains(x, -1, CLOTH)),
    ],
    false,
  ),
])
