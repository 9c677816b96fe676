import { defineCarriage } from '../kit/define'
import { saloon } from '../kit/shells/saloon'
import { BUNK, BUNKS, BUNK_Z, HW, LENGTH, LOCKER, LOCKER_ROWS, POST, WINDOWS } from './layout'

/*
 * The security guards' carriage (FACTS C8: an expert says guards travel in carriages of
 * their own; nothing of them is described). A post by the entry door facing it, bunks
 * along the left wall, lockers on the piers of the right, a table and benches: all our
 * reconstruction. Furniture: build.ts.
 */
export const guards = defineCarriage({
  id: 'guards',
  length: LENGTH,
  shell: saloon,
  style: {
    wallColour: 0xa29f82,
    floorColour: 0x4f5148,
    curtainColour: 0x5d6640,
    trimColour: 0x4a4d3c,
    ceilingColour: 0xdad8cb,
  },
  anchors: {
    post: [POST.x, POST.top + 0.2, POST.z + POST.phoneDz],
    lockers: [LOCKER_ROWS[0]!, 1.7, HW - LOCKER.d - 0.05],
    bunks: [BUNKS[0]! + 0.3, BUNK.upper + 0.2, BUNK_Z + BUNK.width / 2 + 0.08],
    window: [WINDOWS[3]!, 1.45, HW - 0.1],
  },
  load: () => import('./build'),
})
