import WebGL from 'three/addons/capabilities/WebGL.js'

/**
 * Whether this browser can show the train: three r187 draws with WebGL 2 only, so a
 * browser with WebGL 1 alone gets the "no WebGL" notice rather than a failed start.
 * The addon imports nothing of three's core, so the page shell stays without three.
 */
export function hasWebGL(): boolean {
  return WebGL.isWebGL2Available()
}
