import { item, place } from '../../geometry/parts'
import { defineBuild } from '../kit/build'
import { FACING } from '../kit/define'
import { chair, locker, telephone } from '../kit/props'
import { BUNKS, BUNK_Z, HW, LOCKER, LOCKER_ROWS, PIERS, POST, TABLE, WINDOWS } from './layout'
import { KIT, bench, bunks, kitTrunks, messTable, postDesk } from './props'

/** Three lockers side by side, doors toward the walkway. */
const lockerRow = (x: number) =>
  [-1, 0, 1].flatMap((i) =>
    place(
      locker(LOCKER.w, LOCKER.h, LOCKER.d, 0x6f7a68),
      [x + i * (LOCKER.w + 0.01), 0, HW - LOCKER.d / 2],
      FACING.minusZ,
    ),
  )

export default defineBuild([
  item([
    ...place(postDesk(POST.w, POST.d, POST.top), [POST.x, 0, POST.z], FACING.minusX),
    ...place(telephone(POST.top), [POST.x, 0, POST.z + POST.phoneDz], FACING.minusX),
  ]),
  item(place(chair(KIT.olive, KIT.frame), [POST.x + POST.chairDx, 0, POST.z], FACING.minusX)),
  ...BUNKS.map((x) => item(place(bunks(), [x, 0, BUNK_Z]))),
  ...LOCKER_ROWS.map((x) => item(lockerRow(x))),
  item(place(messTable(TABLE.w, TABLE.d), [TABLE.x, 0, -HW + TABLE.d / 2])),
  ...[-1, 1].map((s) =>
    item(place(bench(1.0), [TABLE.x + s * 0.72, 0, -HW + 0.5], s < 0 ? FACING.plusX : FACING.minusX)),
  ),
  item(place(bench(1.2), [PIERS[3]!, 0, HW - 0.21], FACING.minusZ)),
  item(place(kitTrunks(), [WINDOWS[2]! + 0.1, 0, -HW + 0.25])),
])
