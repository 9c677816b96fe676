import { useEffect, useMemo } from 'react'
import { buildMerged } from '../geometry/build'
import type { Part } from '../geometry/parts'
import { materials } from './materials'

/** Draws parts as one mesh per material; frees the geometry when unmounted. */
export function MergedParts({ parts }: { parts: readonly Part[] }) {
  const meshes = useMemo(() => buildMerged(parts), [parts])
  useEffect(() => () => meshes.forEach((m) => m.geometry.dispose()), [meshes])
  const mats = materials()
  return (
    <>
      {meshes.map(({ mat, geometry }) => (
        <mesh key={mat} geometry={geometry} material={mats[mat]} renderOrder={mat === 'glass' ? 1 : 0} />
      ))}
    </>
  )
}
