import {
  BufferAttribute,
  BufferGeometry,
  InterleavedBufferAttribute,
  MathUtils,
  Color,
  type Material,
  type Mesh,
  type MeshStandardMaterial,
  NoColorSpace,
  type Texture,
} from 'three'
import { displayColours, heightShade, irradiance } from '../geometry/lighting'
import { materials, texturedMaterial } from '../geometry/materials'
import type { ModelEntry } from './manifest'

/** The file is the one `npm run models` wrote: its light is baked already. */
export const isOurs = (entry: ModelEntry) => entry.file === entry.built

/**
 * An attribute as plain floats (a quantised file stores int16 or bytes, often
 * interleaved for alignment), in place of transforms losing range. Read straight from
 * the array: per-component `getComponent` made this a third of a model's load.
 */
function floats(a: BufferAttribute | InterleavedBufferAttribute, size = a.itemSize): BufferAttribute {
  const interleaved = a instanceof InterleavedBufferAttribute
  const src = interleaved ? a.data.array : a.array
  const stride = interleaved ? a.data.stride : a.itemSize
  const offset = interleaved ? a.offset : 0
  // three's own scale for the array's type (normalised data is always integers: glTF has
  // no normalised doubles), taken once; asked per value, it tripled this loop's time.
  const scale = a.normalized ? MathUtils.denormalize(1, src as Parameters<typeof MathUtils.denormalize>[1]) : 1
  const min = a.normalized ? -1 : -Infinity
  const out = new Float32Array(a.count * size)
  for (let i = 0; i < a.count; i++)
    for (let c = 0; c < size; c++) out[i * size + c] = Math.max(src[i * stride + offset + c]! * scale, min)
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
  // Ours carry no normals or texture coordinates worth keeping: their light is baked.
  const kept = ours ? ['position', 'color'] : ['position', 'normal', 'color', 'uv']
  const geometry = new BufferGeometry()
  if (src.index) geometry.setIndex(src.index.clone())
  for (const name of kept) {
    const a = src.getAttribute(name)
    if (a) geometry.setAttribute(name, floats(a, name === 'color' ? 3 : undefined))
  }
  geometry.applyMatrix4(mesh.matrixWorld)
  const source = (Array.isArray(mesh.material) ? mesh.material[0] : mesh.material) as MeshStandardMaterial
  const renderOrder = typeof mesh.userData.renderOrder === 'number' ? mesh.userData.renderOrder : 0
  if (ours) {
    displayColours(geometry)
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
  displayColours(geometry)
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
