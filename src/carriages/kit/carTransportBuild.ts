import { type Item, type Part, box, cylinder, item, objectItem, place } from '../../geometry/parts'
import type { CarriageBuild } from '../../train/types'
import { defineBuild } from './build'
import { CAR_TRANSPORT_LENGTH, CAR_Z, RIGHT_WALL_Z, TOOL_CHEST_X } from './carTransport'
import { FACING } from './define'
import { PALETTE } from './palette'
import { cabinet, floorPatch } from './props'
import { sedan, wheelChocks } from './sedan'
import { carTransport } from './shells/carTransport'

const HW = carTransport.halfWidth

function toolChest(): Part[] {
  const parts: Part[] = [box([0.9, 1.0, 0.5], [0, 0.5, 0], 0xa3262a, 'gloss')]
  for (const y of [0.2, 0.42, 0.64, 0.86])
    parts.push(
      box([0.84, 0.012, 0.01], [0, y, 0.255], 0x3a0c0e),
      box([0.3, 0.02, 0.03], [0, y + 0.08, 0.26], PALETTE.chrome, 'gloss'),
    )
  return parts
}

function extinguisher(): Part[] {
  return [
    cylinder(0.09, 0.5, [0, 0.35, 0], 0xc4161c, 'gloss', { segments: 12 }),
    cylinder(0.03, 0.12, [0, 0.66, 0], PALETTE.black),
  ]
}

function spareTyres(): Part[] {
  return [0, 1, 2].map((i) => cylinder(0.36, 0.25, [0, 0.125 + i * 0.26, 0], PALETTE.rubber, 'matte', { segments: 18 }))
}

/** The car on its rails (facing forward or back), the tool chest and extinguisher, and `extras`. */
export function carTransportBuild(facing: 1 | -1, extras: Item[]): CarriageBuild {
  const mid = CAR_TRANSPORT_LENGTH / 2
  return defineBuild([
    item(
      [
        floorPatch(1.4, CAR_TRANSPORT_LENGTH - 1.4, CAR_Z - 0.55, CAR_Z - 0.45, PALETTE.steel),
        floorPatch(1.4, CAR_TRANSPORT_LENGTH - 1.4, CAR_Z + 0.45, CAR_Z + 0.55, PALETTE.steel),
      ],
      false,
    ),
    objectItem('sedan', sedan(), [mid, 0, CAR_Z], facing === 1 ? 0 : Math.PI),
    item(place(wheelChocks(), [mid, 0, CAR_Z], facing === 1 ? 0 : Math.PI), false),
    item(place(toolChest(), [TOOL_CHEST_X, 0, RIGHT_WALL_Z], FACING.minusZ)),
    item(place(extinguisher(), [CAR_TRANSPORT_LENGTH - 0.6, 0, HW - 0.15])),
    ...extras,
  ])
}

export const tyreStack = (x: number, z: number): Item => item(place(spareTyres(), [x, 0, z]))
export const workbench = (x: number): Item =>
  item(place(cabinet(1.8, 0.9, 0.5, PALETTE.grey), [x, 0, RIGHT_WALL_Z], FACING.minusZ))
