import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { canvasVariety, captureCanvas, hold, openTrain, pose, settle } from './setup/page'
import { useChromium } from './setup/suite'

const MANIFEST = JSON.parse(readFileSync('public/models/models.json', 'utf8')) as {
  models: { id: string; file: string; footprint: { min: number[]; max: number[] } }[]
}

/**
 * A curator's car, made the way no file of ours is made: glTF JSON written by hand, one
 * box in a colour nothing in the train has (a teal), with its buffer inline, and an
 * `anchor_car` empty above one end of its roof, where the built car's anchor is mid-roof.
 */
function handMadeCar(): string {
  const { min, max } = MANIFEST.models.find((m) => m.id === 'sedan')!.footprint
  const [x0, y0, z0] = min.map((v, i) => (i === 1 ? 0.2 : v * 0.8)) as [number, number, number]
  const [x1, y1, z1] = max.map((v) => v * 0.8) as [number, number, number]
  const corners = (f: (a: number, b: number) => [number, number, number]) => [f(0, 0), f(0, 1), f(1, 1), f(1, 0)]
  const lerp = (a: number, b: number, t: number) => a + (b - a) * t
  // Six faces, four corners each, counter-clockwise seen from outside.
  const faces: { n: [number, number, number]; c: [number, number, number][] }[] = [
    { n: [1, 0, 0], c: corners((a, b) => [x1, lerp(y0, y1, a), lerp(z1, z0, b)]) },
    { n: [-1, 0, 0], c: corners((a, b) => [x0, lerp(y0, y1, a), lerp(z0, z1, b)]) },
    { n: [0, 1, 0], c: corners((a, b) => [lerp(x0, x1, a), y1, lerp(z1, z0, b)]) },
    { n: [0, -1, 0], c: corners((a, b) => [lerp(x0, x1, a), y0, lerp(z0, z1, b)]) },
    { n: [0, 0, 1], c: corners((a, b) => [lerp(x0, x1, a), lerp(y0, y1, b), z1]) },
    { n: [0, 0, -1], c: corners((a, b) => [lerp(x1, x0, a), lerp(y0, y1, b), z0]) },
  ]
  const positions = new Float32Array(faces.flatMap((f) => f.c.flat()))
  const normals = new Float32Array(faces.flatMap((f) => [f.n, f.n, f.n, f.n].flat()))
  const indices = new Uint16Array(faces.flatMap((_, i) => [0, 1, 2, 0, 2, 3].map((k) => i * 4 + k)))
  const bytes = Buffer.concat([Buffer.from(positions.buffer), Buffer.from(normals.buffer), Buffer.from(indices.buffer)])
  const gltf = {
    asset: { version: '2.0', generator: 'tests/browser/models.test.ts, by hand' },
    scene: 0,
    scenes: [{ nodes: [0, 1] }],
    nodes: [
      { name: 'teal car', mesh: 0 },
      { name: 'anchor_car', translation: [x0 * 0.75, y1 + 0.3, 0] },
    ],
    meshes: [{ primitives: [{ attributes: { POSITION: 0, NORMAL: 1 }, indices: 2, material: 0 }] }],
    materials: [
      { name: 'teal paint', pbrMetallicRoughness: { baseColorFactor: [0.0, 0.55, 0.45, 1], metallicFactor: 0 } },
    ],
    buffers: [{ byteLength: bytes.length, uri: `data:application/octet-stream;base64,${bytes.toString('base64')}` }],
    bufferViews: [
      { buffer: 0, byteOffset: 0, byteLength: positions.byteLength, target: 34962 },
      { buffer: 0, byteOffset: positions.byteLength, byteLength: normals.byteLength, target: 34962 },
      { buffer: 0, byteOffset: positions.byteLength * 2, byteLength: indices.byteLength, target: 34963 },
    ],
    accessors: [
      { bufferView: 0, componentType: 5126, count: 24, type: 'VEC3', min: [x0, y0, z0], max: [x1, y1, z1] },
      { bufferView: 1, componentType: 5126, count: 24, type: 'VEC3' },
      { bufferView: 2, componentType: 5123, count: 36, type: 'SCALAR' },
    ],
  }
  return JSON.stringify(gltf)
}

/** Pixels of the canvas of the teal nothing else in the train has. */
async function tealPixels(page: Page): Promise<number> {
  await captureCanvas(page)
  return page.evaluate(() => {
    const d = (window as unknown as { __shot: Uint8ClampedArray }).__shot
    let n = 0
    for (let i = 0; i < d.length; i += 4)
      if (d[i]! < 70 && d[i + 1]! > 110 && d[i + 2]! > 90 && d[i + 1]! > d[i]! + 60) n++
    return n
  })
}

/** Where the Mercedes hotspot's marker is on screen (its centre, CSS pixels), or null when hidden. */
const carMarker = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector<HTMLElement>('.marker[data-hotspot="cars1-mercedes"]')!
    if (el.dataset.hidden === 'true') return null
    const r = el.getBoundingClientRect()
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 }
  })

const warnings = (page: Page) => {
  const seen: string[] = []
  page.on('console', (m) => void (m.type() === 'warning' && seen.push(m.text())))
  return seen
}

describe('model files', () => {
  const { browser, baseUrl } = useChromium()

  it("a curator's hand-made .gltf replaces the Mercedes: drawn where the car stands, lit, its hotspot at its anchor, with no error", async () => {
    const built = await openTrain(browser(), baseUrl, '#/cars-1', undefined, { serviceWorkers: 'block' })
    const builtTeal = await tealPixels(built.page)
    const at = await pose(built.page)
    const builtMarker = await carMarker(built.page)
    await built.page.close()

    let seen: string[] = []
    const swapped = await openTrain(browser(), baseUrl, '#/cars-1', undefined, {
      serviceWorkers: 'block',
      before: async (page) => {
        seen = warnings(page)
        const manifest = structuredClone(MANIFEST)
        manifest.models.find((m) => m.id === 'sedan')!.file = 'custom/teal-car.gltf'
        await page.route('**/models/models.json', (r) => r.fulfill({ json: manifest }))
        await page.route('**/models/custom/teal-car.gltf', (r) =>
          r.fulfill({ body: handMadeCar(), contentType: 'model/gltf+json' }),
        )
      },
    })
    expect(await pose(swapped.page)).toEqual(at)
    const teal = await tealPixels(swapped.page)
    expect(builtTeal).toBe(0)
    // The car covers a good part of the first view of the car transport.
    expect(teal).toBeGreaterThan(5000)
    // Its anchor_car empty moves the car's hotspot with it: the marker stands elsewhere on screen.
    const marker = await carMarker(swapped.page)
    expect(builtMarker).not.toBeNull()
    expect(marker).not.toBeNull()
    expect(Math.hypot(marker!.x - builtMarker!.x, marker!.y - builtMarker!.y)).toBeGreaterThan(40)
    expect(seen.filter((w) => w.includes('sedan'))).toEqual([])
    expect(swapped.errors).toEqual([])
    await swapped.page.close()
  })

  it('a corrupt room file: that room is drawn from code, with a warning and no error, and the train stays walkable', async () => {
    let seen: string[] = []
    const { page, errors } = await openTrain(browser(), baseUrl, '#/restaurant', undefined, {
      serviceWorkers: 'block',
      before: async (p) => {
        seen = warnings(p)
        const garbage = Buffer.concat([Buffer.from('glTF'), Buffer.alloc(4000, 0x5a)])
        await p.route('**/models/built/restaurant.glb', (r) => r.fulfill({ body: garbage }))
      },
    })
    expect(seen.some((w) => w.startsWith('model restaurant:') && w.includes('built-in geometry'))).toBe(true)
    expect(await canvasVariety(page)).toBeGreaterThan(40)
    // Walk on, then on into the next room by its door in the list.
    const start = await pose(page)
    await hold(page, ['KeyW'], 700)
    await settle(page)
    expect(Math.hypot((await pose(page)).x - start.x, (await pose(page)).z - start.z)).toBeGreaterThan(0.3)
    await page.locator('.carriage-nav [data-carriage="bedroom"]').click()
    await page.waitForFunction(() => location.hash === '#/bedroom')
    await settle(page)
    expect(await canvasVariety(page)).toBeGreaterThan(40)
    expect(seen.filter((w) => w.startsWith('model ') && !w.startsWith('model restaurant:'))).toEqual([])
    expect(errors).toEqual([])
    await page.close()
  })
})
