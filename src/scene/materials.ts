import { CanvasTexture, type Material, MeshBasicMaterial, NoColorSpace, RepeatWrapping } from 'three'
import type { MaterialKey } from '../geometry/parts'

/**
 * The few materials the whole train shares: colour comes from vertex colours, so one
 * material serves every piece of furniture of its kind. All carry baked light
 * (geometry/lighting.ts) and draw unlit, the cheapest shader a weak GPU can run.
 */
let shared: Record<MaterialKey, Material> | null = null

/** Wood grain as a near-white texture; vertex colours tint it walnut, oak... */
function woodGrain(): CanvasTexture | null {
  if (typeof document === 'undefined') return null
  const size = 256
  const canvas = document.createElement('canvas')
  canvas.width = canvas.height = size
  const ctx = canvas.getContext('2d')
  if (!ctx) return null
  ctx.fillStyle = '#f2f2f2'
  ctx.fillRect(0, 0, size, size)
  let seed = 7
  const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647)
  for (let i = 0; i < 90; i++) {
    const y = rnd() * size
    const amp = 2 + rnd() * 6
    const shade = 200 + Math.floor(rnd() * 40)
    ctx.strokeStyle = `rgba(${shade - 40},${shade - 60},${shade - 80},${0.15 + rnd() * 0.25})`
    ctx.lineWidth = 0.6 + rnd() * 2.2
    ctx.beginPath()
    for (let x = 0; x <= size; x += 8) {
      const yy = y + Math.sin((x / size) * Math.PI * 2 * (1 + (i % 3)) + i) * amp
      if (x === 0) ctx.moveTo(x, yy)
      else ctx.lineTo(x, yy)
    }
    ctx.stroke()
  }
  // Panel joints every half metre (the texture repeats once a metre).
  ctx.fillStyle = 'rgba(60,35,15,0.45)'
  ctx.fillRect(0, 0, 3, size)
  ctx.fillRect(size / 2, 0, 2, size)
  const tex = new CanvasTexture(canvas)
  tex.wrapS = tex.wrapT = RepeatWrapping
  // Display values, multiplied with display-value vertex colours (see geometry/lighting.ts).
  tex.colorSpace = NoColorSpace
  return tex
}

export function materials(): Record<MaterialKey, Material> {
  if (shared) return shared
  const matte = new MeshBasicMaterial({ vertexColors: true })
  shared = {
    matte,
    // Glossy parts are merged into the matte mesh (geometry/build.ts); the key stays for their bake.
    gloss: matte,
    wood: new MeshBasicMaterial({ vertexColors: true, map: woodGrain() }),
    glow: new MeshBasicMaterial({ vertexColors: true, toneMapped: false }),
    glass: new MeshBasicMaterial({ vertexColors: true, transparent: true, opacity: 0.14, depthWrite: false }),
  }
  return shared
}
