import type { Vec3 } from '../../geometry/parts'
import { GANGWAY } from '../../train/dimensions'
import type { CarriageBuild, CarriageManifest } from '../../train/types'
import { defineCarriage } from './define'
import { carTransport } from './shells/carTransport'
import { windowCentres } from './shells/saloon'

/*
 * A car-transport carriage (FACTS C9: two armoured Mercedes travel with the train).
 * The car stands left of the walkway on tie-down rails; the tools and spares are our
 * reconstruction. Its furniture is in carTransportBuild.ts.
 */
export const CAR_TRANSPORT_LENGTH = 13
export const CAR_Z = -0.74
export const TOOL_CHEST_X = 3.4
const HW = carTransport.halfWidth
/** Right-hand furniture stands this far in from the wall. */
export const RIGHT_WALL_Z = HW - 0.27

export function carTransportCarriage(
  id: string,
  load: () => Promise<{ default: CarriageBuild }>,
  extraAnchors: Record<string, Vec3> = {},
): CarriageManifest {
  const mid = CAR_TRANSPORT_LENGTH / 2
  const windows = windowCentres(CAR_TRANSPORT_LENGTH)
  return defineCarriage({
    id,
    length: CAR_TRANSPORT_LENGTH,
    shell: carTransport,
    style: {
      wallColour: 0x8d9690,
      floorColour: 0x55595c,
      curtainColour: 0x4c5a52,
      trimColour: 0x3f4a44,
      ceilingColour: 0xd8dcd8,
    },
    anchors: {
      car: [mid, 1.75, CAR_Z],
      window: [windows[2]!, 1.45, HW - 0.1],
      farWindow: [windows[3]!, 1.45, HW - 0.1],
      // On the pier between the last two windows: its panel speaks of the wall.
      leftWall: [(windows[2]! + windows[3]!) / 2, 1.5, -HW + 0.05],
      toolChest: [TOOL_CHEST_X, 1.25, RIGHT_WALL_Z],
      bogies: [CAR_TRANSPORT_LENGTH - 3.4, 0.25, GANGWAY.walkZ + 0.45],
      rearDoor: [CAR_TRANSPORT_LENGTH - 0.05, 1.55, GANGWAY.walkZ],
      ...extraAnchors,
    },
    load,
  })
}

export const workbenchAnchor = (x: number): Vec3 => [x, 1.15, RIGHT_WALL_Z]
