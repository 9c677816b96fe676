import { collect, type Item } from '../../geometry/parts'
import { FACE_ALONG_TRAIN } from '../../player/walking'
import { HALF_WIDTH, SHELL } from '../../train/dimensions'
import { rect } from '../../train/geometry2d'
import type { CarriageModule } from '../../train/types'

type Declared = Omit<CarriageModule, 'parts' | 'obstacles' | 'occluders' | 'walkable' | 'spawn'> &
  Partial<Pick<CarriageModule, 'spawn'>> & { items: Item[] }

/**
 * Builds a carriage module from what the carriage declares: its furniture items become
 * drawn parts and obstacles, the floor and default spawn follow from its length.
 */
export function defineCarriage({ items, ...rest }: Declared): CarriageModule {
  const { parts, obstacles, occluders } = collect(items)
  return {
    ...rest,
    parts,
    obstacles,
    occluders,
    walkable: rect(0, rest.length, -HALF_WIDTH, HALF_WIDTH),
    spawn: rest.spawn ?? { x: 1.1, z: SHELL.walkZ, yaw: FACE_ALONG_TRAIN },
  }
}

/** Rotations that turn a prop's front (+z) to face a direction on the floor plan. */
export const FACING = {
  plusZ: 0,
  minusZ: Math.PI,
  plusX: Math.PI / 2,
  minusX: -Math.PI / 2,
} as const
