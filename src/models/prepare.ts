import {
  BufferAttribute,
  type BufferGeometry,
  Color,
  type Material,
  type Mesh,
  type MeshStandardMaterial,
  NoColorSpace,
  type Texture,
} from 'three'
import { heightShade, irradiance } from '../geometry/lighting'
import { materials, texturedMaterial } from '../geometry/materials'
import type { ModelEntry } from './manifest'

/** The file is the one `npm run models` wrote: its light is baked already. */
export const isOurs = (entry: ModelEntry) => entry.file === entry.built

/** An attribute as plain floats (a quantised file stores int16 or bytes), in place of transforms losing range. */
function floats(a: BufferAttribute, size = a.itemSize): BufferAttribute {
  const out = new Float32Array(a.count * size)
  for (let i = 0; i < a.count; i++) for (let c = 0; c < size; c++) out[i * size + c] = a.getComponent(i, c)
  return new BufferAttribute(out, size)
}

export interface PreparedMesh {
  geometry: BufferGeometry
  material: Material
  renderOrder: number
  name: string
  texturePixels: number
}

const _c = new Color()
const _light: [number, number, number] = [0, 0, 0]

/**
 * One mesh of a file, in the model's frame, drawn by the train's own shaders. Ours keep
 * their baked colours. A curator's file is lit at load as ours are lit at build time
 * (the same lights and fall-off toward the floor, per vertex, from its normals), times
 * its base colour and vertex colours; a base colour texture is kept (the second shader).
 */
export function bakeLight(mesh: Mesh, ours: boolean): PreparedMesh {
  const src = mesh.geometry
  const geometry = src.clone()
  for (const name of Object.keys(geometry.attributes)) {
    const keep = name === 'position' || name === 'normal' || name === 'color' || name === 'uv'
    if (!keep) geometry.deleteAttribute(name)
    else
      geometry.setAttribute(
        name,
        floats(geometry.getAttribute(name) as BufferAttribute, name === 'color' ? 3 : undefined),
      )
  }
  geometry.applyMatrix4(mesh.matrixWorld)
  const source = (Array.isArray(mesh.material) ? mesh.material[0] : mesh.material) as MeshStandardMaterial
  const renderOrder = typeof mesh.userData.renderOrder === 'number' ? mesh.userData.renderOrder : 0
  if (ours) {
    geometry.deleteAttribute('normal')
    geometry.deleteAttribute('uv')
    const material = source.name === 'glass' ? materials().glass : materials().matte
    return { geometry, material, renderOrder, name: mesh.name, texturePixels: 0 }
  }
  if (!geometry.getAttribute('normal')) geometry.computeVertexNormals()
  const pos = geometry.getAttribute('position') as BufferAttribute
  const nor = geometry.getAttribute('normal') as BufferAttribute
  const vcol = source.vertexColors ? (geometry.getAttribute('color') as BufferAttribute | undefined) : undefined
  const colors = new Float32Array(pos.count * 3)
  const base = source.color ?? _c.set(1, 1, 1)
  const emissive = source.emissive && source.emissive.getHex() !== 0 ? source.emissive : null
  for (let i = 0; i < pos.count; i++) {
    if (emissive) _light[0] = _light[1] = _light[2] = 1
    else {
      irradiance(nor.getX(i), nor.getY(i), nor.getZ(i), _light)
      const shade = heightShade(pos.getY(i))
      _light[0] *= shade
      _light[1] *= shade
      _light[2] *= shade
    }
    const tint = emissive ?? base
    colors[i * 3] = tint.r * (vcol ? vcol.getX(i) : 1) * _light[0]
    colors[i * 3 + 1] = tint.g * (vcol ? vcol.getY(i) : 1) * _light[1]
    colors[i * 3 + 2] = tint.b * (vcol ? vcol.getZ(i) : 1) * _light[2]
  }
  geometry.setAttribute('color', new BufferAttribute(colors, 3))
  geometry.deleteAttribute('normal')
  const map: Texture | null = source.map ?? null
  if (!map) geometry.deleteAttribute('uv')
  if (map) {
    // Sampled as stored (display values) and multiplied by the display-value vertex colour: see materials.ts.
    map.colorSpace = NoColorSpace
    map.needsUpdate = true
  }
  const image = map?.image as { width?: number; height?: number } | undefined
  const material = source.transparent ? materials().glass : map ? texturedMaterial(map) : materials().matte
  return { geometry, material, renderOrder, name: mesh.name, texturePixels: (image?.width ?? 0) * (image?.height ?? 0) }
}
