import { item, place, slab } from '../../geometry/parts'
import { defineBuild } from '../kit/build'
import { FACING } from '../kit/define'
import { PALETTE } from '../kit/palette'
import { cabinet, chair, telephone } from '../kit/props'
import {
  CHAIR_Z,
  DESK,
  DESK_TOP,
  DESK_Z,
  HW,
  LENGTH,
  MAP_X,
  MAP_Y,
  MAP_Z,
  PHONE_DESK,
  PHONES_X,
  PHONES_Z,
  PIERS,
  STACK_DEPTH,
  STACK_Z,
  STATIONS,
  TRAY_Y,
} from './layout'
import { mapBoard } from './mapBoard'
import { STEEL, consoleDesk, equipmentRack, headsetAndMic, loom, radioStack, switchboard, teleprinter } from './props'

const cables = [
  ...loom([0.4, 0.13, -HW + 0.012], [LENGTH - 0.4, 0.13, -HW + 0.03]),
  slab(DESK.from, PIERS[3]! + 0.5, TRAY_Y - 0.04, TRAY_Y, -HW + 0.1, -HW + 0.3, STEEL.rack, 'gloss'),
  ...STATIONS.flatMap((x) => loom([x + 0.52, DESK_TOP, -HW + 0.012], [x + 0.52, TRAY_Y, -HW + 0.03])),
  ...loom([PIERS[3]! + 0.55, 0.1, -HW + 0.012], [PIERS[3]! + 0.55, TRAY_Y, -HW + 0.03], 4),
  ...loom([PHONES_X + 0.62, 0.1, HW - 0.03], [PHONES_X + 0.62, 2.28, HW - 0.012]),
  ...loom([PHONES_X - 0.9, 2.24, HW - 0.03], [PHONES_X + 0.62, 2.24, HW - 0.012], 2),
]

/** The telephone desk, built facing +z with its back (and the switchboard) at -z. */
const phoneConsole = [
  ...consoleDesk(-PHONE_DESK.w / 2, PHONE_DESK.w / 2, PHONE_DESK.d),
  ...place(telephone(DESK_TOP, PALETTE.black), [-0.3, 0, 0.05], 0.15),
  ...place(telephone(DESK_TOP, PALETTE.cream), [0.02, 0, 0.08]),
  ...place(telephone(DESK_TOP, 0x7d1d1d), [0.33, 0, 0.05], -0.15),
  ...place(switchboard(1.0, 0.56), [0, 1.22, -PHONE_DESK.d / 2 + 0.03]),
]

export default defineBuild([
  item([
    ...place(consoleDesk(DESK.from, DESK.to, DESK.depth), [0, 0, DESK_Z]),
    ...STATIONS.flatMap((x) => [
      ...place(radioStack(DESK_TOP, 0.9, STACK_DEPTH), [x, 0, STACK_Z]),
      ...place(headsetAndMic(DESK_TOP), [x + 0.75, 0, DESK_Z + 0.12]),
    ]),
  ]),
  ...STATIONS.map((x) => item(place(chair(0x465343, PALETTE.steel), [x, 0, CHAIR_Z], FACING.minusZ))),
  item(place(equipmentRack(1.0, 1.95, 0.5), [PIERS[3]!, 0, -HW + 0.25])),
  item(place(phoneConsole, [PHONES_X, 0, PHONES_Z], FACING.minusZ)),
  item([
    ...place(cabinet(1.0, 0.76, 0.5, STEEL.desk), [PIERS[0]!, 0, HW - 0.26], FACING.minusZ),
    ...place(teleprinter(0.79), [PIERS[0]!, 0, HW - 0.3], FACING.minusZ),
  ]),
  item(place(mapBoard(1.22, 0.84, 0x3a2e22, PALETTE.cream), [MAP_X, MAP_Y, MAP_Z], FACING.minusZ), false),
  item(cables, false),
])
