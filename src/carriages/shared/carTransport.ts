import { type Item, type Part, type Vec3, box, cylinder, item, place, slab } from '../../geometry/parts'
import { HALF_WIDTH as HW, SHELL } from '../../train/dimensions'
import { windowCentres } from './shell'
import type { CarriageModule } from '../../train/types'
import { FACING, defineCarriage } from './module'
import { PALETTE } from './palette'
import { cabinet, floorPatch } from './props'
import { sedan, wheelChocks } from './sedan'

/*
 * A car-transport carriage (FACTS C9: two armoured Mercedes travel with the train).
 * The car stands left of the walkway on tie-down rails; the loading doors, tools and
 * spares are our reconstruction.
 */
export const CAR_TRANSPORT_LENGTH = 13
export const CAR_Z = -0.74

function toolChest(): Part[] {
  const parts: Part[] = [box([0.9, 1.0, 0.5], [0, 0.5, 0], 0xa3262a, 'gloss')]
  for (const y of [0.2, 0.42, 0.64, 0.86]) parts.push(box([0.84, 0.012, 0.01], [0, y, 0.255], 0x3a0c0e), box([0.3, 0.02, 0.03], [0, y + 0.08, 0.26], PALETTE.chrome, 'gloss'))
  return parts
}

function extinguisher(): Part[] {
  return [cylinder(0.09, 0.5, [0, 0.35, 0], 0xc4161c, 'gloss', { segments: 12 }), cylinder(0.03, 0.12, [0, 0.66, 0], PALETTE.black)]
}

function spareTyres(): Part[] {
  return [0, 1, 2].map((i) => cylinder(0.36, 0.25, [0, 0.125 + i * 0.26, 0], PALETTE.rubber, 'matte', { segments: 18 }))
}

/** The loading door outline on the left wall, seen from inside. */
function loadingDoor(x: number): Part[] {
  const z = -HW + 0.01
  return [
    slab(x - 1.6, x + 1.6, 0.05, 0.1, z, z + 0.03, PALETTE.grey, 'gloss'),
    slab(x - 1.6, x - 1.55, 0.05, 2.15, z, z + 0.03, PALETTE.grey, 'gloss'),
    slab(x + 1.55, x + 1.6, 0.05, 2.15, z, z + 0.03, PALETTE.grey, 'gloss'),
    slab(x - 0.02, x + 0.02, 0.05, 2.15, z, z + 0.03, PALETTE.grey, 'gloss'),
  ]
}

const TOOL_CHEST_X = 3.4

export function carTransport(id: string, facing: 1 | -1, extras: Item[], extraAnchors: Record<string, Vec3> = {}): CarriageModule {
  const mid = CAR_TRANSPORT_LENGTH / 2
  const windows = windowCentres(CAR_TRANSPORT_LENGTH)
  return defineCarriage({
    id,
    length: CAR_TRANSPORT_LENGTH,
    shell: { wall: 0x8d9690, floor: 0x55595c, curtain: 0x4c5a52, trim: 0x3f4a44, ceiling: 0xd8dcd8 },
    items: [
      item([floorPatch(1.4, CAR_TRANSPORT_LENGTH - 1.4, CAR_Z - 0.55, CAR_Z - 0.45, PALETTE.steel), floorPatch(1.4, CAR_TRANSPORT_LENGTH - 1.4, CAR_Z + 0.45, CAR_Z + 0.55, PALETTE.steel)], false),
      item(place([...sedan(), ...wheelChocks()], [mid, 0, CAR_Z], facing === 1 ? 0 : Math.PI)),
      item(loadingDoor(mid), false),
      item(place(toolChest(), [TOOL_CHEST_X, 0, HW - 0.27], FACING.minusZ)),
      item(place(extinguisher(), [CAR_TRANSPORT_LENGTH - 0.6, 0, HW - 0.15])),
      ...extras,
    ],
    anchors: {
      car: [mid, 1.75, CAR_Z],
      window: [windows[2]!, 1.45, HW - 0.1],
      farWindow: [windows[3]!, 1.45, HW - 0.1],
      // On the pier between the last two windows: its panel speaks of the wall.
      leftWall: [(windows[2]! + windows[3]!) / 2, 1.5, -HW + 0.05],
      toolChest: [TOOL_CHEST_X, 1.25, HW - 0.27],
      bogies: [CAR_TRANSPORT_LENGTH - 3.4, 0.25, SHELL.walkZ + 0.45],
      rearDoor: [CAR_TRANSPORT_LENGTH - 0.05, 1.55, SHELL.walkZ],
      ...extraAnchors,
    },
  })
}

export const tyreStack = (x: number, z: number): Item => item(place(spareTyres(), [x, 0, z]))
export const workbench = (x: number): Item => item(place(cabinet(1.8, 0.9, 0.5, PALETTE.grey), [x, 0, HW - 0.27], FACING.minusZ))
export const workbenchAnchor = (x: number): Vec3 => [x, 1.15, HW - 0.27]
