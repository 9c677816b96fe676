import { box, item, place } from '../../geometry/parts'
import { defineBuild } from '../kit/build'
import { FACING } from '../kit/define'
import { PALETTE } from '../kit/palette'
import { BASIN, CABINET, COUCH, HW, MIRROR, OXYGEN_X, PIERS, WINDOWS } from './layout'
import { basin, drawerCabinet, foldingScreen, glassCabinet, oxygenRack, stool, treatmentCouch, trolley } from './props'

export default defineBuild([
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
  item(
    [
      box([MIRROR.w, MIRROR.h, 0.02], [BASIN.x, MIRROR.y, HW - 0.02], PALETTE.chrome, 'gloss'),
      box([MIRROR.w - 0.06, MIRROR.h - 0.06, 0.01], [BASIN.x, MIRROR.y, HW - 0.035], 0xdbe8ee, 'gloss'),
      box([0.04, 0.4, 0.2], [BASIN.x + 0.42, 0.7, HW - 0.12], 0xb7d1c0),
    ],
    false,
  ),
  item(place(glassCabinet(0.9, 1.55, 0.36), [PIERS[2]!, 0, HW - 0.18], FACING.minusZ)),
])
