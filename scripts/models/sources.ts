import { type Part, type Placement, footprint } from '../../src/geometry/parts'
import { SHIPPED } from '../../src/carriages/registry'
import { LOCOMOTIVE_PARTS } from '../../src/exterior/locomotives'
import type { CarriageBuild, CarriageManifest, ShellEnds } from '../../src/train/types'

/** A room as its model file holds it: the shipped train's shell (with its ends) and fixed furniture. */
export interface RoomSource {
  manifest: CarriageManifest
  build: CarriageBuild
  ends: ShellEnds
  shellParts: Part[]
}

/** A replaceable object: its own parts, once, and every room that places it. */
export interface ObjectSource {
  id: string
  parts: Part[]
  placements: (Placement & { room: string })[]
}

export async function roomSources(): Promise<RoomSource[]> {
  const builds = await Promise.all(SHIPPED.map((m) => m.load().then((b) => b.default)))
  return SHIPPED.map((manifest, i) => {
    const ends = { prev: i > 0, next: i < SHIPPED.length - 1 }
    return {
      manifest,
      build: builds[i]!,
      ends,
      shellParts: manifest.shell.parts(manifest.length, manifest.style, ends),
    }
  })
}

/** The objects the rooms place; every placement of one model must place the same parts. */
export function objectSources(rooms: readonly RoomSource[]): ObjectSource[] {
  const byId = new Map<string, ObjectSource>()
  for (const r of rooms)
    for (const p of r.build.placements) {
      const known = byId.get(p.model)
      if (known && JSON.stringify(known.parts) !== JSON.stringify(p.parts))
        throw new Error(
          `models: "${p.model}" is placed with different parts in ${known.placements[0]!.room} and ${r.manifest.id}`,
        )
      if (known) known.placements.push({ ...p, room: r.manifest.id })
      else byId.set(p.model, { id: p.model, parts: p.parts, placements: [{ ...p, room: r.manifest.id }] })
    }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id))
}

/** The objects outside the train: the locomotives (placed at its head, not in a room). */
export const exteriorSources = (): ObjectSource[] =>
  Object.entries(LOCOMOTIVE_PARTS).map(([id, parts]) => ({ id, parts: parts(), placements: [] }))

/** The room anchors an object carries (on it, or just above it), in the object's own frame. */
export function objectAnchors(
  obj: ObjectSource,
  rooms: readonly RoomSource[],
): Record<string, [number, number, number]> {
  const f = footprint(obj.parts, 0.1)
  const out: Record<string, [number, number, number]> = {}
  const first = obj.placements[0]
  if (!first) return out
  const room = rooms.find((r) => r.manifest.id === first.room)!
  const c = Math.cos(first.rotY)
  const s = Math.sin(first.rotY)
  for (const [name, a] of Object.entries(room.manifest.anchors)) {
    const dx = a[0] - first.at[0]
    const dz = a[2] - first.at[2]
    // Into the object's frame: the inverse of parts.place's turn.
    const local: [number, number, number] = [c * dx - s * dz, a[1] - first.at[1], s * dx + c * dz]
    if (local[0] >= f.minX && local[0] <= f.maxX && local[2] >= f.minZ && local[2] <= f.maxZ)
      out[name] = local.map((v) => +v.toFixed(4)) as [number, number, number]
  }
  return out
}
