import { type Material, ShaderMaterial } from 'three'
import type { MeshKey } from '../geometry/build'

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
