import { Color, Vector3 } from 'three'

/**
 * The train's light, fixed: a warm sky/ground hemisphere and a sun from above one side,
 * plus a weak fill from the other. Everything but glossy parts has it baked into vertex
 * colours at build time (exactly what a Lambert shader would compute for flat faces
 * under these lights), so rooms draw with an unlit shader: a weak GPU shades a pixel
 * for a fraction of the cost. Glossy parts use the same lights live, for highlights.
 */
export const LIGHTS = {
  sky: '#fff6e6',
  ground: '#b9a98f',
  hemisphere: 1.9,
  sun: { position: [12, 30, 18] as const, intensity: 1.4 },
  fill: { position: [-20, 8, -14] as const, intensity: 0.45 },
}

const sky = new Color(LIGHTS.sky)
const ground = new Color(LIGHTS.ground)
const sunDir = new Vector3(...LIGHTS.sun.position).normalize()
const fillDir = new Vector3(...LIGHTS.fill.position).normalize()

/** Light falling on a surface with unit normal (nx, ny, nz), per channel, linear. */
export function irradiance(nx: number, ny: number, nz: number, out: [number, number, number]): void {
  const w = 0.5 * ny + 0.5
  const sun = Math.max(0, nx * sunDir.x + ny * sunDir.y + nz * sunDir.z) * LIGHTS.sun.intensity
  const fill = Math.max(0, nx * fillDir.x + ny * fillDir.y + nz * fillDir.z) * LIGHTS.fill.intensity
  // three's Lambert divides by PI; so do we, to match the live-lit glossy parts.
  const k = 1 / Math.PI
  out[0] = ((ground.r + (sky.r - ground.r) * w) * LIGHTS.hemisphere + sun + fill) * k
  out[1] = ((ground.g + (sky.g - ground.g) * w) * LIGHTS.hemisphere + sun + fill) * k
  out[2] = ((ground.b + (sky.b - ground.b) * w) * LIGHTS.hemisphere + sun + fill) * k
}
