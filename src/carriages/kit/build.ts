import type { ComponentType } from 'react'
import { type Item, collect } from '../../geometry/parts'
import type { CarriageBuild, SceneProps } from '../../train/types'

/** A carriage's geometry from its furniture items: drawn parts, obstacles and occluders. */
export function defineBuild(items: readonly Item[], Scene?: ComponentType<SceneProps>): CarriageBuild {
  return { ...collect(items), Scene }
}
