import { type BufferGeometry, type Material, Matrix4 } from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import type { Placement } from '../geometry/parts'
import type { LoadedModel } from './loader'

/**
 * Every placement of an object in one room, merged into one geometry per material: a
 * restaurant's eighteen place settings are one draw call, as they were when built in code.
 */
export function placedMeshes(
  model: LoadedModel,
  placements: readonly Placement[],
): { geometry: BufferGeometry; material: Material }[] {
  const byMaterial = new Map<Material, BufferGeometry[]>()
  const m = new Matrix4()
  for (const p of placements)
    for (const mesh of model.meshes) {
      m.makeRotationY(p.rotY).setPosition(p.at[0], p.at[1], p.at[2])
      const g = mesh.geometry.clone().applyMatrix4(m)
      const list = byMaterial.get(mesh.material)
      if (list) list.push(g)
      else byMaterial.set(mesh.material, [g])
    }
  return [...byMaterial].map(([material, pieces]) => {
    const merged = pieces.length === 1 ? pieces[0]! : mergeGeometries(pieces, false)
    if (pieces.length > 1) pieces.forEach((g) => g.dispose())
    if (!merged) throw new Error('models: could not merge the placements of an object')
    merged.computeBoundingSphere()
    return { geometry: merged, material }
  })
}
