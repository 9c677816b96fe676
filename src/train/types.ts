import type { ComponentType } from 'react'
import type { ShellStyle } from '../carriages/shared/shell'
import type { Part, Vec3 } from '../geometry/parts'
import type { Rect } from './geometry2d'

/** Where a visitor arriving in this carriage stands and looks (local coordinates). */
export interface Spawn {
  x: number
  z: number
  yaw: number
}

/**
 * One carriage of the train. Everything is in the carriage's own coordinates: x from
 * its entry end wall (0) to its far end wall (`length`), z across, y up from the floor.
 * The layout module decides where it sits in the train.
 */
export interface CarriageModule {
  /** Also the URL segment; the visitor-facing name is content (`carriage.<id>.name`). */
  id: string
  /** Interior length, metres. */
  length: number
  shell: ShellStyle
  /** Furniture and fittings particular to this carriage, merged per material when drawn. */
  parts: Part[]
  /** Floor the visitor may stand on. */
  walkable: Rect
  /** Footprints of furniture (and cars) the visitor walks around. */
  obstacles: Rect[]
  /** Footprints of furniture taller than eye level: they hide hotspot markers behind them. */
  occluders: Rect[]
  /**
   * Named points hotspots attach to (content/hotspots.json says "anchor": "map"),
   * computed from the same numbers that place the furniture.
   */
  anchors: Record<string, Vec3>
  spawn: Spawn
  /**
   * What the merged parts cannot draw (a textured map...): a loader, so its code is a
   * chunk of its own. The train waits for all of them once, before it builds anything.
   */
  loadScene?: () => Promise<{ default: ComponentType }>
}
