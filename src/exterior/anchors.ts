import type { Vec3 } from '../geometry/parts'
import type { CarriageSlot } from '../train/layout'
import type { ShellPlan } from '../train/types'
import { BODY_BOTTOM, bogieXs, crestAt, outerHalfWidth } from './exterior'
import { LOCO, PLATE_AT, locomotivePlacements } from './locomotives'
import { PLATFORM_PLAN, type PlatformExtent, signalAt } from './platform'

/** What the outside anchors are computed from: the train's layout and its rooms' shells and lengths. */
interface OutsideTrain {
  slots: readonly CarriageSlot[]
  rooms: readonly { length: number; shell: ShellPlan }[]
  platform: PlatformExtent
}

/**
 * Named points outside the train, in world coordinates (the platform's frame), for the
 * platform's hotspots (content/hotspots.json, "carriage": "platform"): each on its own
 * object, computed from the numbers that draw it. The locomotives' are those of the
 * default pair, coupled as locomotivePlacements couples them: the first locomotive's
 * body is there whichever is chosen, its number plate only on a DF11Z.
 */
export function outsideAnchors({ slots, rooms, platform }: OutsideTrain): Record<string, Vec3> {
  const side = PLATFORM_PLAN.side
  const room = (i: number) => ({
    slot: slots[Math.min(i, slots.length - 1)]!,
    room: rooms[Math.min(i, rooms.length - 1)]!,
  })
  const out = (r: { shell: ShellPlan }, d: number) => side * (outerHalfWidth(r.shell) + d)
  const front = slots[0]!.start - rooms[0]!.shell.endWall
  const [coupled] = locomotivePlacements('df11z', front)
  const lz = side * (LOCO.halfWidth + 0.05)
  // A turned locomotive (rotY π) has its plates on the other half of its length.
  const plateX = coupled!.at[0] + (coupled!.rotY ? -1 : 1) * PLATE_AT.x
  const signal = signalAt(platform)
  const first = room(0)
  const window = first.room.shell.windows(first.room.length).find((w) => w.z * side > 0)!
  const second = room(1)
  const third = room(2)
  return {
    signal: [signal.x + 0.2, signal.lamps + 0.5, signal.z],
    // Above the plate, so the marker leaves its digits readable.
    plate: [plateX, PLATE_AT.y + 0.45, lz],
    locomotive: [coupled!.at[0], 2.3, lz],
    armour: [first.slot.start + (window.x0 + window.x1) / 2, (window.y0 + window.y1) / 2, out(first.room, 0.05)],
    crest: [second.slot.start + crestAt(second.room.length).x, crestAt(second.room.length).y, out(second.room, 0.05)],
    bogie: [third.slot.start + bogieXs(third.room.length)[0], BODY_BOTTOM - 0.3, out(third.room, 0.05)],
  }
}
