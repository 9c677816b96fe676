import { type Item, item, place } from '../../geometry/parts'
import { defineBuild } from '../kit/build'
import { FACING } from '../kit/define'
import { PALETTE } from '../kit/palette'
import { bouquet, cabinet, floorPatch, lowTable } from '../kit/props'
import { CONSOLE_X, FLANK, GROUPS, HW, LIGHTS, PAIR, SIDEBOARD, TABLE_Z, WALL_CHAIR_Z } from './layout'
import { flowerLight, zebraChair } from './props'

function group(x: number): Item[] {
  return [
    item(place(zebraChair(false), [x, 0, WALL_CHAIR_Z], FACING.plusZ)),
    item(place(zebraChair(), [x - FLANK.dx, 0, FLANK.z], FACING.plusX)),
    item(place(zebraChair(), [x + FLANK.dx, 0, FLANK.z], FACING.minusX)),
    item([
      ...place(lowTable(0.62, 0.5, PALETTE.walnutDark), [x, 0, TABLE_Z]),
      ...place(bouquet(0.455), [x, 0, TABLE_Z]),
    ]),
    item([floorPatch(x - 1.35, x + 1.35, -HW + 0.05, -0.15, 0x8e3b35)], false),
  ]
}

export default defineBuild([
  ...GROUPS.flatMap(group),
  ...PAIR.xs.map((x) => item(place(zebraChair(false), [x, 0, PAIR.z], FACING.minusZ))),
  item(place(lowTable(0.46, 0.46, PALETTE.walnutDark), [(PAIR.xs[0]! + PAIR.xs[1]!) / 2, 0, PAIR.z])),
  item([
    ...place(
      cabinet(1.3, SIDEBOARD.h, SIDEBOARD.d, PALETTE.walnut),
      [SIDEBOARD.x, 0, HW - SIDEBOARD.d / 2 - 0.02],
      FACING.minusZ,
    ),
    ...place(bouquet(SIDEBOARD.h + 0.03), [SIDEBOARD.x - 0.3, 0, HW - 0.24]),
  ]),
  item([
    ...place(cabinet(1.2, 0.78, 0.4, PALETTE.walnut), [CONSOLE_X, 0, -HW + 0.22]),
    ...place(bouquet(0.81), [CONSOLE_X, 0, -HW + 0.22]),
  ]),
  item(
    LIGHTS.flatMap((x) => place(flowerLight(), [x, 0, 0])),
    false,
  ),
])
