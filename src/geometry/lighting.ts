import { type BufferAttribute, type BufferGeometry, Color, LinearSRGBColorSpace, Vector3 } from 'three'

/**
 * The train's light, fixed: a warm sky/ground hemisphere and a sun from above one side,
 * plus a weak fill from the other. It is baked into vertex colours at build time
 * (exactly what a Lambert shader would compute for flat faces under these lights), so
 * everything draws with an unlit shader: a weak GPU shades a pixel for a fraction of
 * the cost, and the scene needs no live lights at all.
 */
export const LIGHTS = {
  sky: '#fff6e6',
  ground: '#b9a98f',
  hemisphere: 1.9,
  sun: { position: [12, 30, 18] as const, intensity: 1.4 },
  fill: { position: [-20, 8, -14] as const, intensity: 0.45 },
}

// Light is summed in linear terms (then raised to 1/2.2 when baked, see build.ts).
const sky = new Color().setStyle(LIGHTS.sky, LinearSRGBColorSpace).convertSRGBToLinear()
const ground = new Color().setStyle(LIGHTS.ground, LinearSRGBColorSpace).convertSRGBToLinear()
const sunDir = new Vector3(...LIGHTS.sun.position).normalize()
const fillDir = new Vector3(...LIGHTS.fill.position).normalize()

/**
 * The canvas draws display (sRGB) values straight to the screen, with no encoding
 * pass per pixel: the largest single cost on a software or weak GPU. Baked colours are
 * therefore display values: an sRGB colour times the light raised to 1/2.2, which is
 * what encoding (linear colour x light) would give.
 */
export const DISPLAY_GAMMA = 1 / 2.2

/**
 * A display value as the linear one stored in a vertex colour (glTF's convention, so
 * other tools show the models right); it is raised back by DISPLAY_GAMMA once, when
 * the geometry is made or loaded (displayColours).
 */
export const toLinear = (display: number): number => Math.max(0, display) ** (1 / DISPLAY_GAMMA)

/** A stored linear vertex colour as the display value the shader draws. */
export const toDisplay = (linear: number): number => Math.max(0, linear) ** DISPLAY_GAMMA

/**
 * Turns a geometry's linear vertex colours into display values, in place, once. The
 * shader then copies them: raising them per vertex in the shader cost SwiftShader a
 * power per vertex on every frame.
 */
export function displayColours(geometry: BufferGeometry): void {
  const colour = geometry.getAttribute('color') as BufferAttribute | undefined
  if (!colour) return
  const a = colour.array
  for (let i = 0; i < a.length; i++) a[i] = toDisplay(a[i]!)
  colour.needsUpdate = true
}

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

/**
 * Light fading toward the floor, as far as a metre up: a soft darkening that gives rooms
 * depth (multiplies the light, linear).
 */
export const heightShade = (y: number): number => 0.62 + 0.38 * Math.min(1, Math.max(0, (y + 0.05) / 0.9))

/** How much sky a glossy surface (car paint, chrome, a telephone) seems to reflect. */
export const GLOSS_SHEEN = 0.22
const sheenTint = new Color().setStyle('#cfe0f0', LinearSRGBColorSpace)

/**
 * A glossy surface's reflection of the sky, added on top of its baked colour: strongest
 * on faces turned up, nothing on faces turned down. It does not follow the eye as a real
 * highlight would, but it keeps black paint and chrome reading as polished.
 */
export function sheen(ny: number, out: [number, number, number]): void {
  const k = GLOSS_SHEEN * Math.max(0, 0.35 + 0.65 * ny) ** 3
  out[0] = sheenTint.r * k
  out[1] = sheenTint.g * k
  out[2] = sheenTint.b * k
}
