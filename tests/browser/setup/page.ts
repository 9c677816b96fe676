import type { Browser, Page } from 'playwright-core'

export const VIEWPORT = { width: 1280, height: 720 }

export interface Opened {
  page: Page
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[]
}

/** Before the page loads: routes to install (a test's own files), and whether the service worker may run. */
export interface OpenOptions {
  before?: (page: Page) => Promise<void>
  /** 'block' when routes must see every request (a service worker would answer from its cache). */
  serviceWorkers?: 'allow' | 'block'
}

/** Opens the built app at a hash and waits for the first drawn frame of the train. */
export async function openTrain(
  browser: Browser,
  baseUrl: string,
  hash = '',
  viewport = VIEWPORT,
  options: OpenOptions = {},
): Promise<Opened> {
  const page = await browser.newPage({ viewport, serviceWorkers: options.serviceWorkers ?? 'allow' })
  await options.before?.(page)
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(String(e)))
  await page.goto(baseUrl + hash)
  await page.waitForFunction(() => !!window.__TAEYANGHO__ && !document.querySelector('.loader, #boot'), null, {
    timeout: 90_000,
  })
  await settle(page)
  return { page, errors }
}

/** Waits until the demand-driven render loop has drawn and gone quiet. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const t = window.__TAEYANGHO__!
    t.redraw()
    const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)))
    let last = -1
    for (let i = 0; i < 60; i++) {
      await frame()
      const now = t.frames()
      if (now === last && now > 0) return
      last = now
    }
  })
}

/** Where the visitor stands and looks. */
export function pose(page: Page) {
  return page.evaluate(() => window.__TAEYANGHO__!.pose())
}

/**
 * Takes the canvas as the visitor sees it (a screenshot, so what the compositor shows)
 * and decodes it in the page as `window.__shot` (RGBA bytes), for a scan to read there.
 */
export async function captureCanvas(page: Page): Promise<void> {
  await decodePng(page, await page.locator('.scene canvas').screenshot())
}

/**
 * Decodes a PNG in `page` (Chromium reads it) as `window.__shot` (RGBA bytes), with its
 * size as `window.__shotSize`, for a scan to read there or to send back.
 */
export async function decodePng(page: Page, png: Buffer): Promise<{ width: number; height: number }> {
  return page.evaluate(async (b64) => {
    const img = new Image()
    img.src = 'data:image/png;base64,' + b64
    await img.decode()
    const c = document.createElement('canvas')
    c.width = img.width
    c.height = img.height
    const ctx = c.getContext('2d')!
    ctx.drawImage(img, 0, 0)
    const w = window as unknown as { __shot: Uint8ClampedArray; __shotSize: { width: number; height: number } }
    w.__shot = ctx.getImageData(0, 0, c.width, c.height).data
    w.__shotSize = { width: c.width, height: c.height }
    return w.__shotSize
  }, png.toString('base64'))
}

/** Fraction of sampled canvas pixels that differ from the top-left pixel's colour. */
export async function canvasVariety(page: Page): Promise<number> {
  await captureCanvas(page)
  return page.evaluate(() => {
    const d = (window as unknown as { __shot: Uint8ClampedArray }).__shot
    const colours = new Set<number>()
    for (let i = 0; i < d.length; i += 4 * 97)
      colours.add((d[i]! >> 3) * 1024 + (d[i + 1]! >> 3) * 32 + (d[i + 2]! >> 3))
    return colours.size
  })
}

/**
 * Puts a finger on the thumb stick and pushes it forward, as a touch visitor walks;
 * returns the lifting of the finger. Touch events through CDP: Playwright's touchscreen
 * only taps.
 */
export async function pushStick(page: Page): Promise<() => Promise<void>> {
  const box = (await page.getByRole('application', { name: 'Move' }).boundingBox())!
  const x = box.x + box.width / 2
  const y = box.y + box.height / 2
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] })
  for (let i = 1; i <= 6; i++)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - i * 10 }] })
  return async () => void (await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] }))
}

/** Frames drawn since the page loaded. */
export const frames = (page: Page) => page.evaluate(() => window.__TAEYANGHO__!.frames())

/** Waits until `n` more frames than `from` are drawn: the loop keeps drawing, however slowly. */
export const framesFrom = (page: Page, from: number, n: number, timeout = 60_000) =>
  page.waitForFunction((f) => window.__TAEYANGHO__!.frames() >= f, from + n, { timeout })

/**
 * Holds `keys` down for `ms` of walking, however slowly the machine draws: a frame moves
 * the visitor by its time but at most MAX_DT (0.1 s, player/walking.ts), so on a busy
 * machine `ms` of wall time walks less. This waits for `ms` of wall time and for a frame
 * per 0.1 s of it. Only for keys that move the view (a still view draws no frames).
 */
export async function hold(page: Page, keys: readonly string[], ms: number): Promise<void> {
  const f0 = await frames(page)
  const t0 = Date.now()
  for (const k of keys) await page.keyboard.down(k)
  await framesFrom(page, f0, Math.ceil(ms / 100), 60_000 + ms * 10)
  await page.waitForTimeout(Math.max(0, ms - (Date.now() - t0)))
  for (const k of [...keys].reverse()) await page.keyboard.up(k)
}

/**
 * Counts the kiosk's idle time (or its countdown) as passed, at once: tests drive the
 * idle clock instead of racing it, so a busy machine cannot reset a kiosk mid-test.
 */
export const idleFor = (page: Page, what: 'idle' | 'countdown') =>
  page.evaluate(async (what) => {
    // Idle time only counts once the train is on screen.
    while (!window.__KIOSK__?.ready()) await new Promise((r) => setTimeout(r, 50))
    const k = window.__KIOSK__!
    k.pass(what === 'idle' ? k.config().idleSeconds : k.config().countdownSeconds)
  }, what)

/** The operator PIN a fresh install ships (README: an install sets its own with `npm run set-pin`). */
export const DEFAULT_PIN = '246810'
