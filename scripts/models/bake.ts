import type { BufferGeometry } from 'three'
import { FURNITURE_CHUNK, buildMerged, partGeometry } from '../../src/geometry/build'
import { type Part, box, heightRange, place } from '../../src/geometry/parts'
import { bakeOcclusion, occluderTree } from '../../src/models/occlusion'
import { INTERIOR_EYES } from '../../src/train/dimensions'
import type { MeshSpec } from './document'
import { simplifyBaked } from './simplify'
import type { ObjectSource, RoomSource } from './sources'

/**
 * Parts that ask for it (floors, the foot of walls) are cut into cells so shadows have
 * vertices to fall on. A room's inside loses the faces no eye sees (INTERIOR_EYES), as
 * its built-in fallback does; they still block light (`occluders`).
 */
const opts = (eyes?: readonly [number, number]) => ({ cells: true, normals: true, eyes })

/** Merged meshes named and ordered as the room draws them (shell, then furniture by stretch). */
function meshes(
  parts: readonly Part[],
  prefix: string,
  renderOrder: number,
  chunk?: number,
  eyes?: readonly [number, number],
): MeshSpec[] {
  return buildMerged(parts, chunk, opts(eyes)).map(({ key, mesh, geometry }) => {
    const stretch = key.split(':')[1]
    const name = `${prefix}${chunk ? `-${stretch}` : ''}${mesh === 'glass' ? '-glass' : ''}`
    return { name, geometry, glass: mesh === 'glass', renderOrder: renderOrder + (mesh === 'glass' ? 1 : 0) }
  })
}

/**
 * What blocks light: every opaque part (glass lets it through), solid: with the faces
 * it does not draw. A floor drawn as its top alone would let through the rays a wall's
 * foot casts along it, and the foot would lose its shadow.
 */
const occluders = (parts: readonly Part[]): BufferGeometry[] =>
  parts.filter((p) => p.bake !== 'glass').map((p) => partGeometry(p.kind === 'box' ? { ...p, hide: [] } : p))

async function finish(specs: MeshSpec[], blockers: readonly Part[]): Promise<MeshSpec[]> {
  const geometries = occluders(blockers)
  const tree = occluderTree(geometries)
  geometries.forEach((g) => g.dispose())
  bakeOcclusion(
    specs.filter((s) => !s.glass).map((s) => s.geometry),
    tree,
  )
  for (const s of specs) s.geometry = await simplifyBaked(s.geometry)
  return specs
}

/** A room's shell and fixed furniture, lit with its objects standing in it. */
export function roomMeshes(room: RoomSource): Promise<MeshSpec[]> {
  const specs = [
    ...meshes(room.shellParts, 'shell', 0, undefined, INTERIOR_EYES),
    ...meshes(room.build.fixedParts, 'furniture', -1, FURNITURE_CHUNK, INTERIOR_EYES),
  ]
  const placed = room.build.placements.flatMap((p) => place(p.parts, p.at, p.rotY))
  return finish(specs, [...room.shellParts, ...room.build.fixedParts, ...placed])
}

/** An object alone, standing on a floor as wide as three of it (what it darkens itself against). */
export function objectMeshes(obj: ObjectSource): Promise<MeshSpec[]> {
  const base = Math.min(...obj.parts.map((p) => heightRange(p)[0]))
  const ground = box([20, 0.02, 20], [0, base - 0.01, 0], 0x808080)
  return finish(meshes(obj.parts, 'object', -1), [...obj.parts, ground])
}
