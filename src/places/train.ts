import { type PlatformExtent, platformExtent, platformWorld } from '../exterior/platform'
import { outerHalfWidth } from '../exterior/exterior'
import type { Part } from '../geometry/parts'
import { type World, buildWorld } from '../player/world'
import { type CarriageSlot, layoutTrain } from '../train/layout'
import type { CarriageBuild, CarriageManifest, EndDoor, ShellEnds, SideDoor, WallOpening } from '../train/types'

/** A doorway in a room's end wall, in world coordinates: its plane (x) and the plan's door. */
export interface Doorway extends EndDoor {
  x: number
}

/** One room of a built train: what the renderer draws and what its portals cut. */
export interface BuiltRoom {
  manifest: CarriageManifest
  build: CarriageBuild
  slot: CarriageSlot
  ends: ShellEnds
  /** The shell's drawn parts, in the room's own coordinates. */
  shellParts: Part[]
  /** Its windows, in world coordinates. */
  windows: WallOpening[]
  /** The doorways to its neighbours, in world coordinates (null at the train's ends). */
  prevDoor: Doorway | null
  nextDoor: Doorway | null
  /** Its side door onto the platform, in world coordinates along x. */
  sideDoor: SideDoor
}

export interface BuiltTrain {
  rooms: BuiltRoom[]
  slots: CarriageSlot[]
  /** The collision world: every room, and the platform beside them. */
  world: World
  platform: PlatformExtent
}

/**
 * A train from its rooms' manifests and builds, in order: the layout, the collision
 * world, each room's shell and openings, all from the rooms' shell plans. Plain data,
 * so tests can build a small fixture train and the bench a long one.
 */
export function buildTrain(manifests: readonly CarriageManifest[], builds: readonly CarriageBuild[]): BuiltTrain {
  if (builds.length !== manifests.length)
    throw new Error(`buildTrain: ${manifests.length} manifests but ${builds.length} builds`)
  const slots = layoutTrain(manifests)
  const world = buildWorld(
    slots,
    manifests.map((m, i) => ({
      length: m.length,
      shell: m.shell,
      obstacles: builds[i]!.obstacles,
      occluders: builds[i]!.occluders,
    })),
  )
  // The platform is one more stretch of the world: beside every room, joined to each by
  // the step from its side door (the shell's collision has the passage through the wall).
  const platform = platformExtent(
    slots,
    manifests.map((m) => m.shell),
  )
  const sideDoors = manifests.map((m, i) => {
    const d = m.shell.sideDoor(m.length)
    return { ...d, x0: d.x0 + slots[i]!.start, x1: d.x1 + slots[i]!.start }
  })
  const outside = platformWorld(
    platform,
    sideDoors.map((d, i) => ({ ...d, outer: outerHalfWidth(manifests[i]!.shell) })),
  )
  world.rooms.push(outside)
  world.floors.push(...outside.floors)
  world.blockers.push(...outside.blockers)
  const rooms = manifests.map((manifest, i): BuiltRoom => {
    const slot = slots[i]!
    const ends = { prev: i > 0, next: i < manifests.length - 1 }
    const { door } = manifest.shell
    return {
      manifest,
      build: builds[i]!,
      slot,
      ends,
      shellParts: manifest.shell.parts(manifest.length, manifest.style, ends),
      windows: manifest.shell
        .windows(manifest.length)
        .map((w) => ({ ...w, x0: w.x0 + slot.start, x1: w.x1 + slot.start })),
      prevDoor: ends.prev ? { ...door, x: slot.start } : null,
      nextDoor: ends.next ? { ...door, x: slot.end } : null,
      sideDoor: sideDoors[i]!,
    }
  })
  return { rooms, slots, world, platform }
}

/** A room whose build did not load: its shell stands, empty. */
export const EMPTY_BUILD: CarriageBuild = { parts: [], fixedParts: [], placements: [], obstacles: [], occluders: [] }

/**
 * Fetches every room's build (each a chunk of its own) and builds the train. A build
 * that fails to load leaves its room standing empty, with a warning, never a blank page.
 */
export async function loadTrain(manifests: readonly CarriageManifest[]): Promise<BuiltTrain> {
  const builds = await Promise.all(
    manifests.map((m) =>
      m.load().then(
        (module) => module.default,
        (error: unknown) => {
          console.warn(`carriage ${m.id}: its furniture did not load; the room is shown empty`, error)
          return EMPTY_BUILD
        },
      ),
    ),
  )
  return buildTrain(manifests, builds)
}
