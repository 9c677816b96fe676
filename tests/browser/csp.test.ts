import { readFileSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { type PreviewServer, preview } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CSP } from '../../scripts/csp'
import en from '../../src/content/i18n/en/ui.json'
import { DIST } from './setup/dist'
import { type OpenOptions, captureCanvas, openTrain, pose, settle } from './setup/page'
import { useChromium } from './setup/suite'

/**
 * Everything a visitor's page reports against the policy: `securitypolicyviolation`
 * events (through a binding, so none is lost to a reload) and Chromium's console errors
 * naming the directive, which say more than the event (the hash an inline style needs).
 */
async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = []
  await page.exposeFunction('__cspViolation', (v: string) => void seen.push(v))
  await page.addInitScript(() =>
    document.addEventListener(
      'securitypolicyviolation',
      (e) =>
        void (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(
          `${e.violatedDirective} ${e.blockedURI}`,
        ),
      true,
    ),
  )
  page.on(
    'console',
    (m) => void (m.type() === 'error' && m.text().includes('Content Security Policy') && seen.push(m.text())),
  )
  return seen
}

const warnings = (page: Page) => {
  const seen: string[] = []
  page.on('console', (m) => void (m.type() === 'warning' && seen.push(m.text())))
  return seen
}

/** A 2×2 magenta PNG: a colour nothing in the train has. */
const MAGENTA_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGP4z/AfiBggFAA31gf5btK+fQAAAABJRU5ErkJggg=='

/**
 * A curator's car as a .gltf whose texture is embedded in its (inline, data:) buffer:
 * three's loader fetches the buffer, then decodes the image through a blob: URL, the
 * two sources the policy admits for exactly this.
 */
function texturedCar(): string {
  const [x0, y0, z0, x1, y1, z1] = [-2.1, 0.2, -0.8, 2.1, 1.2, 0.8]
  const lerp = (a: number, b: number, t: number) => a + (b - a) * t
  const uv = [0, 0, 0, 1, 1, 1, 1, 0]
  const face = (n: number[], f: (a: number, b: number) => number[]) => ({ n, c: [f(0, 0), f(0, 1), f(1, 1), f(1, 0)] })
  const faces = [
    face([1, 0, 0], (a, b) => [x1, lerp(y0, y1, a), lerp(z1, z0, b)]),
    face([-1, 0, 0], (a, b) => [x0, lerp(y0, y1, a), lerp(z0, z1, b)]),
    face([0, 1, 0], (a, b) => [lerp(x0, x1, a), y1, lerp(z1, z0, b)]),
    face([0, -1, 0], (a, b) => [lerp(x0, x1, a), y0, lerp(z0, z1, b)]),
    face([0, 0, 1], (a, b) => [lerp(x0, x1, a), lerp(y0, y1, b), z1]),
    face([0, 0, -1], (a, b) => [lerp(x1, x0, a), lerp(y0, y1, b), z0]),
  ]
  const parts = [
    new Float32Array(faces.flatMap((f) => f.c.flat())),
    new Float32Array(faces.flatMap((f) => [f.n, f.n, f.n, f.n].flat())),
    new Float32Array(faces.flatMap(() => uv)),
    new Uint16Array(faces.flatMap((_, i) => [0, 1, 2, 0, 2, 3].map((k) => i * 4 + k))),
    Buffer.from(MAGENTA_PNG, 'base64'),
  ]
  let offset = 0
  const bufferViews = parts.map((p) => ({
    buffer: 0,
    byteOffset: (offset += p.byteLength) - p.byteLength,
    byteLength: p.byteLength,
  }))
  const bytes = Buffer.concat(parts.map((p) => Buffer.from(p.buffer, p.byteOffset, p.byteLength)))
  return JSON.stringify({
    asset: { version: '2.0', generator: 'tests/browser/csp.test.ts, by hand' },
    scene: 0,
    scenes: [{ nodes: [0] }],
    nodes: [{ name: 'magenta car', mesh: 0 }],
    meshes: [{ primitives: [{ attributes: { POSITION: 0, NORMAL: 1, TEXCOORD_0: 2 }, indices: 3, material: 0 }] }],
    materials: [{ pbrMetallicRoughness: { baseColorTexture: { index: 0 }, metallicFactor: 0 } }],
    textures: [{ source: 0 }],
    images: [{ bufferView: 4, mimeType: 'image/png' }],
    buffers: [{ byteLength: bytes.length, uri: `data:application/octet-stream;base64,${bytes.toString('base64')}` }],
    bufferViews,
    accessors: [
      { bufferView: 0, componentType: 5126, count: 24, type: 'VEC3', min: [x0, y0, z0], max: [x1, y1, z1] },
      { bufferView: 1, componentType: 5126, count: 24, type: 'VEC3' },
      { bufferView: 2, componentType: 5126, count: 24, type: 'VEC2' },
      { bufferView: 3, componentType: 5123, count: 36, type: 'SCALAR' },
    ],
  })
}

/** Pixels of the canvas in the texture's magenta. */
async function magentaPixels(page: Page): Promise<number> {
  await captureCanvas(page)
  return page.evaluate(() => {
    const d = (window as unknown as { __shot: Uint8ClampedArray }).__shot
    let n = 0
    for (let i = 0; i < d.length; i += 4) if (d[i]! > 100 && d[i + 2]! > 100 && d[i + 1]! < 0.4 * d[i]!) n++
    return n
  })
}

/** The built page under the policy it ships, served as a header too, as the README asks of a kiosk's server. */
describe('Content-Security-Policy', () => {
  const { browser } = useChromium()
  let server: PreviewServer
  let url = ''
  beforeAll(async () => {
    server = await preview({
      logLevel: 'warn',
      build: { outDir: DIST },
      preview: { host: '127.0.0.1', port: 4890, strictPort: false, headers: { 'Content-Security-Policy': CSP } },
    })
    url = server.resolvedUrls!.local[0]!
  })
  afterAll(async () => {
    await server?.close()
  })

  /** Opens the exhibit at `hash` with the policy watched from before the first byte. */
  async function open(b: Browser, hash: string, options: OpenOptions = {}) {
    let violations: string[] = []
    let warned: string[] = []
    const opened = await openTrain(b, url, hash, undefined, {
      ...options,
      before: async (page) => {
        violations = await watchViolations(page)
        warned = warnings(page)
        await options.before?.(page)
      },
    })
    return { ...opened, violations, warned }
  }

  it('the built index.html carries the policy as its first tag, and no inline style', async () => {
    expect((await fetch(url)).headers.get('content-security-policy')).toBe(CSP)
    const html = readFileSync(`${DIST}/index.html`, 'utf8')
    const meta = /<head>\s*<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)
    expect(meta?.[1]?.replaceAll('&#39;', "'"), 'the meta tag, first in <head>').toBe(CSP)
    expect(html).not.toMatch(/<style/i)
    expect(html).not.toMatch(/\sstyle=/i)
  })

  it('the boot screen is styled before any script runs', async () => {
    const page = await browser().newPage({ serviceWorkers: 'block' })
    const violations = await watchViolations(page)
    let release = () => {}
    const held = new Promise<void>((r) => (release = r))
    await page.route('**/assets/*.js', async (r) => (await held, r.continue()))
    // Not to "load": that waits for the scripts held back here.
    await page.goto(url, { waitUntil: 'commit' })
    await page.waitForFunction(
      () =>
        !!document.getElementById('root') && !!document.querySelector<HTMLLinkElement>('link[rel=stylesheet]')?.sheet,
    )
    const boot = await page.evaluate(() => {
      const bar = document.querySelector<HTMLElement>('#boot .bar')!
      const span = bar.querySelector('span')!
      const css = getComputedStyle(document.getElementById('boot')!)
      return { position: css.position, background: css.backgroundImage, fill: span.offsetWidth / bar.offsetWidth }
    })
    release()
    expect(boot.position).toBe('fixed')
    expect(boot.background).toContain('radial-gradient')
    expect(boot.fill).toBeCloseTo(0.05, 2)
    expect(violations).toEqual([])
    await page.close()
  })

  it('a visit: a panel, a walk, the train map to a room, the journeys, a ride: no violation', async () => {
    const { page, errors, violations, warned } = await open(browser(), '#/restaurant')
    // Walks until it has gone a little way: a busy machine draws few frames a second.
    const start = await pose(page)
    await page.keyboard.down('KeyW')
    await page.waitForFunction(
      (s) => Math.hypot(window.__TAEYANGHO__!.pose().x - s.x, window.__TAEYANGHO__!.pose().z - s.z) > 0.3,
      start,
      { timeout: 20_000 },
    )
    await page.keyboard.up('KeyW')
    await settle(page)

    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await page.getByRole('dialog').waitFor()
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog').count()).resolves.toBe(0)

    await page.getByRole('button', { name: en['ui.map'], exact: true }).click()
    await page.locator('[data-map-room="meeting"]').click()
    await page.waitForFunction(() => location.hash === '#/meeting')
    await settle(page)

    await page.evaluate(() => (location.hash = '#/journeys'))
    await page.waitForSelector('[data-testid=journey-map] svg.journey-map path.geo-land')
    await page.click('.journey-list [data-journey=beijing-2025]')
    await page.click('[data-ride=beijing-2025]')
    await page.waitForSelector('[data-testid=ride-clock]')
    await page.waitForTimeout(1500)
    await page.click('[data-testid=ride-stop]')
    await page.waitForSelector('.ride-hud', { state: 'detached' })
    await settle(page)

    // The service worker that keeps a kiosk offline installs under the policy too (ready never rejects: a race).
    const active = page.evaluate(() =>
      Promise.race([
        navigator.serviceWorker.ready.then((r) => !!r.active),
        new Promise<boolean>((r) => setTimeout(() => r(false), 30_000)),
      ]),
    )
    expect(await active).toBe(true)
    // Every room is a meshopt-packed .glb: a model drawn from code instead would say why here.
    expect(warned.filter((w) => w.startsWith('model '))).toEqual([])
    expect(violations).toEqual([])
    expect(errors).toEqual([])
    await page.close()
  })

  it('the office wall map in Korean, with its panel and the bundled Korean font: no violation', async () => {
    const { page, errors, violations } = await open(browser(), '?lang=ko#/office/office-map')
    const body = await page.getByTestId('hotspot-body').textContent()
    const faces = await page.evaluate(
      async (text) => (await document.fonts.load('16px "Noto Sans KR"', text)).length,
      body!.slice(0, 40),
    )
    expect(faces).toBeGreaterThan(0)
    expect(violations).toEqual([])
    expect(errors).toEqual([])
    await page.close()
  })

  it("a curator's model with an embedded texture (data: buffer, blob: image) loads and draws: no violation", async () => {
    const manifest = JSON.parse(readFileSync('public/models/models.json', 'utf8')) as {
      models: { id: string; file: string }[]
    }
    manifest.models.find((m) => m.id === 'sedan')!.file = 'custom/magenta-car.gltf'
    const { page, errors, violations, warned } = await open(browser(), '#/cars-1', {
      serviceWorkers: 'block',
      before: async (p) => {
        await p.route('**/models/models.json', (r) => r.fulfill({ json: manifest }))
        await p.route('**/models/custom/magenta-car.gltf', (r) =>
          r.fulfill({ body: texturedCar(), contentType: 'model/gltf+json' }),
        )
      },
    })
    expect(warned.filter((w) => w.includes('sedan'))).toEqual([])
    // Drawn in the texture's colour: the image was decoded, not left white.
    expect(await magentaPixels(page)).toBeGreaterThan(5000)
    expect(violations).toEqual([])
    expect(errors).toEqual([])
    await page.close()
  })
})
