import { type Material, ShaderMaterial, type Texture } from 'three'
import type { MeshKey } from './build'

/**
 * Vertex colours carry everything: the surface colour, the baked light
 * (geometry/lighting.ts) and the display encoding. The fragment shader only copies
 * them out. Pixels are what a weak or software GPU pays for: measured at 1280x720 in
 * SwiftShader, three's MeshBasicMaterial cost about 1.5 times this shader per pixel
 * (colour-space matrix, diffuse and light terms it has to carry), and a wood-grain
 * texture lookup over two times more again. See README, Performance.
 */
const VERTEX = /* glsl */ `
varying vec3 vColor;
void main() {
  // Display values already (lighting.ts displayColours): nothing to compute per vertex.
  vColor = color;
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
}
`
const FRAGMENT = /* glsl */ `
uniform float opacity;
varying vec3 vColor;
void main() {
  gl_FragColor = vec4(vColor, opacity);
}
`

function vertexColoured(opacity = 1): ShaderMaterial {
  return new ShaderMaterial({
    vertexShader: VERTEX,
    fragmentShader: FRAGMENT,
    uniforms: { opacity: { value: opacity } },
    vertexColors: true,
    transparent: opacity < 1,
    depthWrite: opacity >= 1,
  })
}

let shared: Record<MeshKey, Material> | null = null

/** The two materials the whole train shares: opaque, and the faint glass of closed doors. */
export function materials(): Record<MeshKey, Material> {
  shared ??= { matte: vertexColoured(), glass: vertexColoured(0.14) }
  return shared
}

const TEXTURED_VERTEX = /* glsl */ `
varying vec3 vColor;
varying vec2 vUv;
void main() {
  vColor = color;
  vUv = uv;
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
}
`
// The texture is sampled as stored (display values, see models/prepare.ts): display
// values multiply as linear ones do under a power-law gamma, so nothing is encoded per pixel.
const TEXTURED_FRAGMENT = /* glsl */ `
uniform sampler2D map;
varying vec3 vColor;
varying vec2 vUv;
void main() {
  gl_FragColor = vec4(vColor * texture2D(map, vUv).rgb, 1.0);
}
`
const textured = new Map<Texture, Material>()

/**
 * The one other shader: vertex colour times one texture, for what only a texture can
 * show (a fabric, a number plate, a scanned surface) in a curator's model. All textured
 * materials share its program; each texture has its own material.
 */
export function texturedMaterial(map: Texture): Material {
  let m = textured.get(map)
  if (!m) {
    m = new ShaderMaterial({
      vertexShader: TEXTURED_VERTEX,
      fragmentShader: TEXTURED_FRAGMENT,
      uniforms: { map: { value: map } },
      vertexColors: true,
    })
    textured.set(map, m)
  }
  return m
}
