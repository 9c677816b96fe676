import { type Item, item, place } from '../../geometry/parts'
import { HALF_WIDTH as HW } from '../../train/dimensions'
import { FACING, defineCarriage } from '../shared/module'
import { lampCentres, windowCentres } from '../shared/shell'
import { PALETTE } from '../shared/palette'
import { ARMCHAIR, bouquet, cabinet, floorPatch, lowTable } from '../shared/props'
import { flowerLight, zebraChair } from './props'

/*
 * The zebra-chair carriage (FACTS C4): in state-media footage of a 2020 trip, a carriage
 * decorated with flower-shaped lights, its chairs upholstered in zebra print. The report
 * gives it no purpose and neither do we. Chairs sit in threes round low tables on the
 * left, a pair on the right; their backs stay below the sills so the windows show.
 */
const LENGTH = 15
const WINDOWS = windowCentres(LENGTH)
const D = ARMCHAIR.depth
/** A group: one chair against the wall, two facing each other across the table. */
const GROUPS = [3.2, 8.0]
const TABLE_Z = -0.6
const WALL_CHAIR_Z = -HW + D / 2 + 0.02
const FLANK = { dx: 0.85, z: -0.7 }
const PAIR = { xs: [11.7, 13.1], z: HW - D / 2 - 0.03 }
const SIDEBOARD = { x: (WINDOWS[1]! + WINDOWS[2]!) / 2, h: 0.82, d: 0.42 }
/** A console with flowers closes the far end of the left side. */
const CONSOLE_X = LENGTH - 1.4
/** The flowers hang halfway between the shell's lamps, so the two never overlap. */
const LAMPS = lampCentres(LENGTH)
const LIGHTS = LAMPS.map((x) => x + (LAMPS[1]! - LAMPS[0]!) / 2).filter((x) => x < LENGTH - 0.6)

function group(x: number): Item[] {
  return [
    item(place(zebraChair(false), [x, 0, WALL_CHAIR_Z], FACING.plusZ)),
    item(place(zebraChair(), [x - FLANK.dx, 0, FLANK.z], FACING.plusX)),
    item(place(zebraChair(), [x + FLANK.dx, 0, FLANK.z], FACING.minusX)),
    item([...place(lowTable(0.62, 0.5, PALETTE.walnutDark), [x, 0, TABLE_Z]), ...place(bouquet(0.455), [x, 0, TABLE_Z])]),
    item([floorPatch(x - 1.35, x + 1.35, -HW + 0.05, -0.15, 0x8e3b35)], false),
  ]
}

export const zebra = defineCarriage({
  id: 'zebra',
  length: LENGTH,
  shell: { wall: 0xeadfc4, floor: 0x7d5c3c, runner: 0xb08d48, curtain: 0xd6b25a, trim: 0xa8843a, ceiling: 0xf0e4c8 },
  items: [
    ...GROUPS.flatMap(group),
    ...PAIR.xs.map((x) => item(place(zebraChair(false), [x, 0, PAIR.z], FACING.minusZ))),
    item(place(lowTable(0.46, 0.46, PALETTE.walnutDark), [(PAIR.xs[0]! + PAIR.xs[1]!) / 2, 0, PAIR.z])),
    item([...place(cabinet(1.3, SIDEBOARD.h, SIDEBOARD.d, PALETTE.walnut), [SIDEBOARD.x, 0, HW - SIDEBOARD.d / 2 - 0.02], FACING.minusZ), ...place(bouquet(SIDEBOARD.h + 0.03), [SIDEBOARD.x - 0.3, 0, HW - 0.24])]),
    item([...place(cabinet(1.2, 0.78, 0.4, PALETTE.walnut), [CONSOLE_X, 0, -HW + 0.22]), ...place(bouquet(0.81), [CONSOLE_X, 0, -HW + 0.22])]),
    item(LIGHTS.flatMap((x) => place(flowerLight(), [x, 0, 0])), false),
  ],
  anchors: {
    chairs: [GROUPS[0]!, ARMCHAIR.back + 0.04, WALL_CHAIR_Z - D / 2 + ARMCHAIR.backDepth / 2],
    lights: [LIGHTS[1]!, 2.15, 0],
    window: [WINDOWS[1]!, 1.45, HW - 0.1],
    leftWindow: [WINDOWS[3]!, 1.45, -HW + 0.1],
    sideboard: [SIDEBOARD.x + 0.3, SIDEBOARD.h + 0.1, HW - 0.24],
  },
})
