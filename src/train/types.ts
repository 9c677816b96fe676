import type { ComponentType } from 'react'
import type { Part, Placement, Vec3 } from '../geometry/parts'
import type { Rect } from '../geometry/floorPlan'

/** Where a visitor arriving in this carriage stands and looks (local coordinates). */
export interface Spawn {
  x: number
  z: number
  yaw: number
}

/** The colours a carriage chooses for its shell; the shapes are the plan's. */
export interface ShellStyle {
  wallColour: number
  /**
   * Wood panelling: the walls split into panels of slightly varied tone with dark
   * joints. Built in geometry, not a texture: on the largest surfaces of the view a
   * texture lookup per pixel is what a weak GPU can least afford.
   */
  panelled?: boolean
  floorColour: number
  /** A runner along the walkway; omitted for bare floors. */
  runnerColour?: number
  curtainColour: number
  trimColour: number
  ceilingColour?: number
}

/** Which end walls of a room open onto a neighbour (a closed door ends the train). */
export interface ShellEnds {
  prev: boolean
  next: boolean
}

/** A window: a flat rectangle in a side wall's inner face (z), local coordinates. */
export interface WallOpening {
  x0: number
  x1: number
  y0: number
  y1: number
  z: number
}

/** The doorway cut in both end walls: across z0..z1, up to `height`. */
export interface EndDoor {
  z0: number
  z1: number
  height: number
}

/**
 * The door in a side wall onto the platform: across x0..x1, up to `height`, in the side
 * wall of `side` (-1: z < 0). Its opening's inner face is at z = side * halfWidth.
 */
export interface SideDoor {
  x0: number
  x1: number
  height: number
  side: 1 | -1
}

/** What a room's shell gives the collision world, in local coordinates. */
export interface ShellCollision {
  /** Floor the visitor may stand on. */
  floors: Rect[]
  /** Walls: they block the visitor and hide what is behind them. */
  walls: Rect[]
}

/**
 * One kind of room shell (a saloon, a car transport...). What is drawn, what is bumped
 * into and what the portals cut all come from one plan's numbers, so they cannot
 * disagree. Local coordinates: x from the entry end wall's inner face (0) to the far
 * one's (`length`), z across, y up from the floor.
 */
export interface ShellPlan {
  kind: string
  /** Interior half-width: the room runs from -halfWidth to halfWidth across. */
  halfWidth: number
  height: number
  /** Thickness of the end walls: the layout joins two rooms by theirs and a gangway. */
  endWall: number
  door: EndDoor
  /** The side door onto the platform (at one end, on the platform's side). */
  sideDoor: (length: number) => SideDoor
  windows: (length: number) => WallOpening[]
  parts: (length: number, style: ShellStyle, ends: ShellEnds) => Part[]
  /** What this kind of room shows on its outside beyond every carriage's body (exterior/exterior.ts draws that). */
  outside?: (length: number) => Part[]
  collision: (length: number, ends: ShellEnds) => ShellCollision
}

/**
 * What a carriage's own scene component is given: the visitor's language and its texts
 * (`text(key, lang)`), so carriage code needs neither the content nor the stores.
 */
export interface SceneProps {
  lang: string
  text: (key: string, lang: string) => string
}

/** What a carriage's build module gives: its geometry, loaded only with the 3D code. */
export interface CarriageBuild {
  /** Furniture and fittings particular to this carriage, merged per material when drawn. */
  parts: Part[]
  /** The same without the replaceable objects: what the room's own model file holds. */
  fixedParts: Part[]
  /** Its replaceable objects (each a model file of its own) and where they stand. */
  placements: Placement[]
  /** Footprints of furniture (and cars) the visitor walks around. */
  obstacles: Rect[]
  /** Footprints of furniture taller than eye level: they hide hotspot markers behind them. */
  occluders: Rect[]
  /** What merged parts cannot draw (a textured map...). */
  Scene?: ComponentType<SceneProps>
}

/**
 * One carriage of the train, as the page shell, the hash and content validation see
 * it: small, with no geometry. Everything is in the carriage's own coordinates; the
 * layout decides where it sits in the train.
 */
export interface CarriageManifest {
  /** Also the URL segment. */
  id: string
  /** The model (public/models/models.json) its interior is drawn from, when not its id (a test train's repeat). */
  model?: string
  /** The content key of its visitor-facing name (a repeated room in a test train shares its original's). */
  nameKey: string
  /** Interior length, metres. */
  length: number
  shell: ShellPlan
  style: ShellStyle
  /**
   * Named points hotspots attach to (content/hotspots.json says "anchor": "map"),
   * computed from the same numbers that place the furniture.
   */
  anchors: Record<string, Vec3>
  spawn: Spawn
  /** Its geometry: a chunk of its own, fetched with the 3D view. */
  load: () => Promise<{ default: CarriageBuild }>
}
