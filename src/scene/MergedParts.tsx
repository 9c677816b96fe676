import { useEffect, useMemo } from 'react'
import { buildMerged } from '../geometry/build'
import type { Part } from '../geometry/parts'
import { displayColours } from '../geometry/lighting'
import { materials } from '../geometry/materials'
import { INTERIOR_MASK, SHELL_MASK } from './portals'

/** Parts merged as MergedParts draws them (buildMerged), their colours made display values. */
export function displayedMeshes(
  parts: readonly Part[],
  chunk?: number,
  eyes?: readonly [number, number],
): ReturnType<typeof buildMerged> {
  const built = buildMerged(parts, chunk, { eyes })
  for (const m of built) displayColours(m.geometry)
  return built
}

/**
 * Draws parts as one mesh per material (per `chunk` metres along x, if given); frees
 * the geometry when unmounted. `order` moves the group in the draw order; `interior`
 * puts it on the interior layer (what stands inside a room's walls, see portals.ts);
 * `eyes`, the heights it is seen from, drops the faces none of them sees.
 */
export function MergedParts({
  parts,
  order = 0,
  chunk,
  interior = false,
  eyes,
}: {
  parts: readonly Part[]
  order?: number
  chunk?: number
  interior?: boolean
  eyes?: readonly [number, number]
}) {
  const meshes = useMemo(() => displayedMeshes(parts, chunk, eyes), [parts, chunk, eyes])
  useEffect(() => () => meshes.forEach((m) => m.geometry.dispose()), [meshes])
  const mats = materials()
  return (
    <>
      {meshes.map(({ key, mesh, geometry }) => (
        <mesh
          key={key}
          geometry={geometry}
          material={mats[mesh]}
          renderOrder={order + (mesh === 'glass' ? 1 : 0)}
          layers-mask={interior ? INTERIOR_MASK : SHELL_MASK}
        />
      ))}
    </>
  )
}
