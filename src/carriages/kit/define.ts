import { FACE_ALONG_TRAIN, GANGWAY } from '../../train/dimensions'
import type { CarriageManifest } from '../../train/types'

type Declared = Omit<CarriageManifest, 'spawn' | 'nameKey'> & Partial<Pick<CarriageManifest, 'spawn'>>

/**
 * A carriage's manifest from what it declares: by default the visitor arrives just
 * inside the entry door, on the walkway, looking down the carriage.
 */
export function defineCarriage(declared: Declared): CarriageManifest {
  return {
    ...declared,
    nameKey: `carriage.${declared.id}.name`,
    spawn: declared.spawn ?? { x: 1.1, z: GANGWAY.walkZ, yaw: FACE_ALONG_TRAIN },
  }
}

/** Rotations that turn a prop's front (+z) to face a direction on the floor plan. */
export const FACING = {
  plusZ: 0,
  minusZ: Math.PI,
  plusX: Math.PI / 2,
  minusX: -Math.PI / 2,
} as const
