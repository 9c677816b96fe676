import { item, place } from '../../geometry/parts'
import { HALF_WIDTH as HW } from '../../train/dimensions'
import { FACING, defineCarriage } from '../shared/module'
import { windowCentres } from '../shared/shell'
import { chair, locker, telephone } from '../shared/props'
import { BUNK, KIT, bench, bunks, kitTrunks, messTable, postDesk } from './props'

/*
 * The security guards' carriage (FACTS C8: an expert says guards travel in carriages of
 * their own; nothing of them is described). A post by the entry door facing it, bunks
 * along the left wall, lockers on the piers of the right, a table and benches: all our
 * reconstruction.
 */
const LENGTH = 14
const WINDOWS = windowCentres(LENGTH)
const PIERS = WINDOWS.slice(1).map((c, i) => (c + WINDOWS[i]!) / 2)
const BUNK_Z = -HW + BUNK.width / 2
const BUNKS = [3.3, 5.4, 12.5]
/** The post faces the entry door, just inside it on the right. */
const POST = { x: 2.0, z: HW - 0.36, w: 0.6, d: 0.5, top: 0.76, phoneDz: -0.15, chairDx: 0.6 }
const LOCKER = { w: 0.42, h: 1.9, d: 0.45 }
const LOCKER_ROWS = [PIERS[1]!, PIERS[2]!]
const TABLE = { x: WINDOWS[3]!, w: 0.8, d: 0.6 }

/** Three lockers side by side, doors toward the walkway. */
const lockerRow = (x: number) =>
  [-1, 0, 1].flatMap((i) => place(locker(LOCKER.w, LOCKER.h, LOCKER.d, 0x6f7a68), [x + i * (LOCKER.w + 0.01), 0, HW - LOCKER.d / 2], FACING.minusZ))

export const guards = defineCarriage({
  id: 'guards',
  length: LENGTH,
  shell: { wall: 0xa29f82, floor: 0x4f5148, curtain: 0x5d6640, trim: 0x4a4d3c, ceiling: 0xdad8cb },
  items: [
    item([...place(postDesk(POST.w, POST.d, POST.top), [POST.x, 0, POST.z], FACING.minusX), ...place(telephone(POST.top), [POST.x, 0, POST.z + POST.phoneDz], FACING.minusX)]),
    item(place(chair(KIT.olive, KIT.frame), [POST.x + POST.chairDx, 0, POST.z], FACING.minusX)),
    ...BUNKS.map((x) => item(place(bunks(), [x, 0, BUNK_Z]))),
    ...LOCKER_ROWS.map((x) => item(lockerRow(x))),
    item(place(messTable(TABLE.w, TABLE.d), [TABLE.x, 0, -HW + TABLE.d / 2])),
    ...[-1, 1].map((s) => item(place(bench(1.0), [TABLE.x + s * 0.72, 0, -HW + 0.5], s < 0 ? FACING.plusX : FACING.minusX))),
    item(place(bench(1.2), [PIERS[3]!, 0, HW - 0.21], FACING.minusZ)),
    item(place(kitTrunks(), [WINDOWS[2]! + 0.1, 0, -HW + 0.25])),
  ],
  anchors: {
    post: [POST.x, POST.top + 0.2, POST.z + POST.phoneDz],
    lockers: [LOCKER_ROWS[0]!, 1.7, HW - LOCKER.d - 0.05],
    bunks: [BUNKS[0]! + 0.3, BUNK.upper + 0.2, BUNK_Z + BUNK.width / 2 + 0.08],
    window: [WINDOWS[3]!, 1.45, HW - 0.1],
  },
})
