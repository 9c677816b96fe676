import { item, place, slab } from '../../geometry/parts'
import { HALF_WIDTH as HW } from '../../train/dimensions'
import { FACING, defineCarriage } from '../shared/module'
import { windowCentres } from '../shared/shell'
import { PALETTE } from '../shared/palette'
import { cabinet, chair, telephone } from '../shared/props'
import { mapBoard } from './mapBoard'
import { DESK_TOP, STEEL, consoleDesk, equipmentRack, headsetAndMic, loom, radioStack, switchboard, teleprinter } from './props'

/*
 * The communications carriage (FACTS C7: an expert says such trains have space for
 * communications equipment; nothing of it is described). Operators' stations along the
 * left wall, radio sets stacked on the piers between the windows; a telephone console
 * with its switchboard and the operators' map on the right. The equipment and its
 * layout are our reconstruction.
 */
const LENGTH = 14
const WINDOWS = windowCentres(LENGTH)
/** The piers between windows: where tall equipment stands without blinding a window. */
const PIERS = WINDOWS.slice(1).map((c, i) => (c + WINDOWS[i]!) / 2)
const STATIONS = PIERS.slice(0, 3)
const DESK = { from: STATIONS[0]! - 0.9, to: STATIONS[2]! + 1.1, depth: 0.68 }
const DESK_Z = -HW + DESK.depth / 2
const STACK_DEPTH = 0.42
const STACK_Z = -HW + 0.02 + STACK_DEPTH / 2
const CHAIR_Z = -0.62
const PHONE_DESK = { w: 1.1, d: 0.54 }
const PHONES_X = PIERS[3]!
const PHONES_Z = HW - PHONE_DESK.d / 2 - 0.02
const MAP_X = PIERS[1]!
const MAP_Y = 1.4
const MAP_Z = HW - 0.035
/** Cable trays run under the cornice, clear of the ceiling lamps. */
const TRAY_Y = 2.2

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

export const comms = defineCarriage({
  id: 'comms',
  length: LENGTH,
  shell: { wall: 0x98a398, floor: 0x4a504b, curtain: 0x56665a, trim: 0x3f4a44, ceiling: 0xdfe3dc },
  items: [
    item([...place(consoleDesk(DESK.from, DESK.to, DESK.depth), [0, 0, DESK_Z]), ...STATIONS.flatMap((x) => [...place(radioStack(DESK_TOP, 0.9, STACK_DEPTH), [x, 0, STACK_Z]), ...place(headsetAndMic(DESK_TOP), [x + 0.75, 0, DESK_Z + 0.12])])]),
    ...STATIONS.map((x) => item(place(chair(0x465343, PALETTE.steel), [x, 0, CHAIR_Z], FACING.minusZ))),
    item(place(equipmentRack(1.0, 1.95, 0.5), [PIERS[3]!, 0, -HW + 0.25])),
    item(place(phoneConsole, [PHONES_X, 0, PHONES_Z], FACING.minusZ)),
    item([...place(cabinet(1.0, 0.76, 0.5, STEEL.desk), [PIERS[0]!, 0, HW - 0.26], FACING.minusZ), ...place(teleprinter(0.79), [PIERS[0]!, 0, HW - 0.3], FACING.minusZ)]),
    item(place(mapBoard(1.22, 0.84, 0x3a2e22, PALETTE.cream), [MAP_X, MAP_Y, MAP_Z], FACING.minusZ), false),
    item(cables, false),
  ],
  anchors: {
    radios: [STATIONS[1]!, 1.5, STACK_Z + STACK_DEPTH / 2 + 0.03],
    telephones: [PHONES_X, DESK_TOP + 0.2, PHONES_Z - 0.05],
    mapBoard: [MAP_X, MAP_Y, MAP_Z - 0.03],
    window: [WINDOWS[3]!, 1.45, HW - 0.1],
  },
})
