import { box, item, place } from '../../geometry/parts'
import { HALF_WIDTH as HW } from '../../train/dimensions'
import { FACING, defineCarriage } from '../shared/module'
import { windowCentres } from '../shared/shell'
import { armchair, bouquet, cabinet, desk, floorPatch, lowTable, officeChair, tableLamp } from '../shared/props'
import { BED, COLOURS, bed, drawnCurtains, wardrobe } from './props'

/*
 * The leader's bedroom (FACTS C6: an expert says the train has one, used by him alone;
 * no image of it is described). Everything here is our reconstruction: the bed's head
 * against the left wall between two windows, bedside lamps, a reading chair and a
 * writing desk on the left, a wardrobe and a dresser on the right, curtains drawn.
 */
const LENGTH = 14
const WINDOWS = windowCentres(LENGTH)
/** The piers between windows, where tall or wall-hung things stand. */
const PIERS = WINDOWS.slice(1).map((c, i) => (c + WINDOWS[i]!) / 2)
const BED_X = PIERS[1]!
const BEDSIDE = { dx: BED.width / 2 + 0.34, z: -HW + 0.26, top: 0.6 }
const WARDROBE = { x: PIERS[2]!, h: 2.0, d: 0.6 }
const DESK_X = PIERS[3]!
const DRESSER = { x: PIERS[0]!, h: 0.86, d: 0.45 }
const MIRROR = { y: 1.45, w: 0.62, h: 0.72 }
/** The reading corner: an armchair turned toward the bed, a lamp on a table beside it. */
const READING = { x: PIERS[0]!, z: -1.15, turn: 0.35, tableDx: 0.72, tableZ: -1.4 }
const DESK_Z = -HW + 0.33
const CLOTH = 0x6e1f2b
const SHADE = 0xffe6b0

const bedsideTable = (x: number) => [
  ...place(cabinet(0.46, BEDSIDE.top, 0.42, COLOURS.wood), [x, 0, BEDSIDE.z]),
  ...place(tableLamp(BEDSIDE.top + 0.03, SHADE, COLOURS.gold), [x, 0, BEDSIDE.z]),
]

export const bedroom = defineCarriage({
  id: 'bedroom',
  length: LENGTH,
  // Plain walls: panelling here measured about a tenth of the frame, and the room reads by its bed and curtains.
  shell: { wall: 0x46557f, floor: 0x27304f, curtain: CLOTH, trim: 0xb08a3e, ceiling: 0xefe6d2 },
  items: [
    item([floorPatch(BED_X - 1.6, BED_X + 1.6, -1.2, 0.45, 0x7a2630)], false),
    item(place(bed(), [BED_X, 0, -HW])),
    ...[-1, 1].map((s) => item(bedsideTable(BED_X + s * BEDSIDE.dx))),
    item(place(armchair(COLOURS.spread, COLOURS.wood), [READING.x, 0, READING.z], READING.turn)),
    item([...place(lowTable(0.45, 0.45, COLOURS.wood), [READING.x + READING.tableDx, 0, READING.tableZ]), ...place(tableLamp(0.455, SHADE, COLOURS.gold), [READING.x + READING.tableDx, 0, READING.tableZ])]),
    item([...place(desk(1.3, 0.62), [DESK_X, 0, DESK_Z], FACING.minusZ), ...place(tableLamp(0.79, SHADE, COLOURS.gold), [DESK_X - 0.45, 0, DESK_Z - 0.1])]),
    item(place(officeChair(0x5a1f2a), [DESK_X, 0, -0.6], FACING.minusZ)),
    item(place(wardrobe(1.1, WARDROBE.h, WARDROBE.d), [WARDROBE.x, 0, HW - WARDROBE.d / 2], FACING.minusZ)),
    item([...place(cabinet(1.1, DRESSER.h, DRESSER.d, COLOURS.wood), [DRESSER.x, 0, HW - DRESSER.d / 2 - 0.01], FACING.minusZ), ...place(bouquet(DRESSER.h + 0.03), [DRESSER.x + 0.35, 0, HW - DRESSER.d / 2])]),
    // The dresser's mirror hangs on the wall: it neither blocks nor hides anything.
    item([box([MIRROR.w, MIRROR.h, 0.03], [DRESSER.x, MIRROR.y, HW - 0.03], COLOURS.gold, 'gloss'), box([MIRROR.w - 0.08, MIRROR.h - 0.08, 0.01], [DRESSER.x, MIRROR.y, HW - 0.05], 0xc9d8e0, 'gloss')], false),
    item([...place(cabinet(0.9, 0.7, 0.42, COLOURS.wood), [PIERS[3]!, 0, HW - 0.23], FACING.minusZ), ...place(bouquet(0.73, [0xf6e27a, 0xffffff, 0xf3c1cf, 0xffffff]), [PIERS[3]!, 0, HW - 0.25])]),
    item(WINDOWS.flatMap((x) => [...drawnCurtains(x, 1, CLOTH), ...drawnCurtains(x, -1, CLOTH)]), false),
  ],
  anchors: {
    bed: [BED_X, BED.headboard - 0.05, -HW + 0.14],
    bedside: [BED_X - BEDSIDE.dx, BEDSIDE.top + 0.55, BEDSIDE.z],
    wardrobe: [WARDROBE.x, 1.8, HW - WARDROBE.d - 0.05],
    window: [WINDOWS[1]!, 1.45, HW - 0.1],
  },
})
