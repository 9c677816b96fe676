import { useEffect, useMemo } from 'react'
import { buildMerged } from '../geometry/build'
import type { Part } from '../geometry/parts'
import { materials } from './materials'

/**
 * Draws parts as one mesh per material; frees the geometry when unmounted.
 * `order` raises the draw order, e.g. to draw the landscape after the rooms that hide it.
 */
export function MergedParts({ parts, order = 0 }: { parts: readonly Part[]; order?: number }) {
  const meshes = useMemo(() => buildMerged(parts), [parts])
  useEffect(() => () => meshes.forEach((m) => m.geometry.dispose()), [meshes])
  const mats = materials()
  return (
    <>
      {meshes.map(({ mat, geometry }) => (
        <mesh key={mat} geometry={geometry} material={mats[mat]} renderOrder={order + (mat === 'glass' ? 1 : 0)} />
      ))}
    </>
  )
}
