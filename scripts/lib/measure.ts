/**
 * What the bench measures, shared by its modes: the calibration quad, one room's turn
 * on the spot, the page's load figures. Everything about the train is read from the
 * page (its carriage list and window.__TAEYANGHO__), never imported from src/, so a
 * bench can measure an older build of the app as well as this one.
 */
import { existsSync } from 'node:fs'
import type { BrowserContext, Page } from 'playwright-core'
import { gzipBytes, initialJs } from '../../tests/browser/setup/dist'
import { settle } from '../../tests/browser/setup/page'

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
export const p95 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!
export const kb = (bytes: number) => +(bytes / 1024).toFixed(1)

/** A full-screen quad at the same size, measured the same way: the machine's floor. */
export const CALIBRATION = `<!doctype html><body style="margin:0;overflow:hidden"><canvas id="c" style="width:100vw;height:100vh;display:block"></canvas><script>
const c = document.getElementById('c'); c.width = innerWidth; c.height = innerHeight
const gl = c.getContext('webgl2', { antialias: false })
const sh = (t, s) => { const x = gl.createShader(t); gl.shaderSource(x, s); gl.compileShader(x); return x }
const p = gl.createProgram()
gl.attachShader(p, sh(gl.VERTEX_SHADER, '#version 300 es\\nin vec2 a; void main(){ gl_Position = vec4(a, 0., 1.); }'))
gl.attachShader(p, sh(gl.FRAGMENT_SHADER, '#version 300 es\\nprecision highp float; out vec4 o; void main(){ o = vec4(gl_FragCoord.xy / 1000., .5, 1.); }'))
gl.linkProgram(p); gl.useProgram(p)
gl.bindBuffer(gl.ARRAY_BUFFER, gl.createBuffer()); gl.bufferData(gl.ARRAY_BUFFER, new Float32Array([-1,-1,3,-1,-1,3]), gl.STATIC_DRAW)
gl.enableVertexAttribArray(0); gl.vertexAttribPointer(0, 2, gl.FLOAT, false, 0, 0)
const px = new Uint8Array(4)
window.work = () => { const t = performance.now(); gl.clear(gl.COLOR_BUFFER_BIT | gl.DEPTH_BUFFER_BIT); gl.drawArrays(gl.TRIANGLES, 0, 3); gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px); return performance.now() - t }
</script>`

interface LongTaskWindow {
  __longTasks: number[]
  __longTaskLog: [start: number, duration: number][]
}

/**
 * An init script (`addInitScript`, so it runs before the page's own) that records long
 * tasks from the start of navigation: `__longTasks` their durations, emptied by
 * `takeLongTasks` to time one stretch (walking, opening hotspots); `__longTaskLog` every
 * one with its start, never emptied, for the load window of `loadFigures`.
 */
export const LONG_TASKS = () => {
  const w = window as unknown as LongTaskWindow
  w.__longTasks = []
  w.__longTaskLog = []
  new PerformanceObserver((list) =>
    list.getEntries().forEach((e) => {
      w.__longTasks.push(e.duration)
      w.__longTaskLog.push([e.startTime, e.duration])
    }),
  ).observe({ type: 'longtask', buffered: true })
}
export const takeLongTasks = (page: Page) =>
  page.evaluate(() => (window as unknown as LongTaskWindow).__longTasks.splice(0))

/** The calibration quad in its own page of `ctx`; `calibrate()` times `repeats` frames of it. */
export async function openCalibration(
  ctx: BrowserContext,
  repeats: number,
): Promise<{ page: Page; calibrate: () => Promise<number[]> }> {
  const page = await ctx.newPage()
  await page.setContent(CALIBRATION)
  const calibrate = () =>
    page.evaluate((n) => {
      const w = window as unknown as { work: () => number }
      return Array.from({ length: n }, () => w.work())
    }, repeats)
  return { page, calibrate }
}

/** The carriages in train order, as the page's carriage list shows them. */
export async function roomIds(page: Page): Promise<string[]> {
  const sel = '.carriage-nav [data-carriage], [data-carriage]'
  await page.waitForSelector(sel, { timeout: 30_000 })
  const ids = await page.$$eval(sel, (els) => [
    ...new Set(els.map((e) => (e as HTMLElement).dataset.carriage!).filter(Boolean)),
  ])
  if (ids.length === 0) throw new Error('the page lists no carriages')
  return ids
}

export interface RoomRun {
  calls: number
  triangles: number
  programs: number
  /** Every frame's work, ms. */
  ms: number[]
  /** The calibration quad measured in turn with them. */
  quad: number[]
}

export interface RoomFigures {
  calls: number
  triangles: number
  programs: number
  frameMs: number
  frameP95Ms: number
  calibrationMs: number
}

export const figures = (r: RoomRun): RoomFigures => ({
  calls: r.calls,
  triangles: r.triangles,
  programs: r.programs,
  frameMs: +median(r.ms).toFixed(1),
  frameP95Ms: +p95(r.ms).toFixed(1),
  calibrationMs: +median(r.quad).toFixed(2),
})

/**
 * A room held against its own quad, but never against one slower than the run's
 * median: an outlier quad (8 ms against 4.5, seen in short runs) would flatter that
 * room rather than cancel any drift.
 */
export const ratios = (f: RoomFigures, runQuadMs: number) => {
  const quad = Math.min(f.calibrationMs, runQuadMs)
  return { ratio: +(f.frameMs / quad).toFixed(2), p95Ratio: +(f.frameP95Ms / quad).toFixed(2) }
}

/**
 * Goes to a room by its deep link, waits for its markers to stop pulsing, and turns on
 * the spot: `yawSteps` views of `repeats` frames each, the calibration quad after each
 * step so both see the same load. The train's page is brought to the front first: a
 * page in the background gets no animation frames.
 */
export async function measureRoom(
  page: Page,
  id: string,
  calibrate: () => Promise<number[]>,
  { yawSteps, repeats, at }: { yawSteps: number; repeats: number; at?: { x: number; z: number } },
): Promise<RoomRun> {
  await page.bringToFront()
  await page.evaluate((h) => (location.hash = h), `#/${id}`)
  await page.waitForFunction((h) => location.hash === h, `#/${id}`)
  await settle(page)
  // Somewhere else than where the link puts the visitor (along the platform, say).
  if (at) {
    await page.evaluate(({ x, z }) => window.__TAEYANGHO__!.place(x, z, window.__TAEYANGHO__!.pose().yaw, -0.06), at)
    await settle(page)
  }
  // The markers of a carriage pulse for a few seconds on entering it; measure the room after.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), null, {
    timeout: 15_000,
    polling: 200,
  })
  const start = await page.evaluate(() => window.__TAEYANGHO__!.pose().yaw)
  const ms: number[] = []
  const quad: number[] = []
  let calls = 0
  let triangles = 0
  for (let k = 0; k < yawSteps; k++) {
    const v = await page.evaluate(
      ({ yaw, repeats }) => {
        const t = window.__TAEYANGHO__!
        return Array.from({ length: repeats }, () => t.view(yaw, -0.06))
      },
      { yaw: start + (k * Math.PI * 2) / yawSteps, repeats },
    )
    ms.push(...v.map((x) => x.ms))
    calls = Math.max(calls, ...v.map((x) => x.calls))
    triangles = Math.max(triangles, ...v.map((x) => x.triangles))
    quad.push(...(await calibrate()))
  }
  if (process.env.BENCH_DEBUG)
    console.log(
      `${id} ${page.url()}: frame ms ${ms.map((m) => m.toFixed(0)).join(' ')}; quad ms ${quad.map((m) => m.toFixed(0)).join(' ')}`,
    )
  const programs = await page.evaluate(
    (yaw) => (window.__TAEYANGHO__!.view(yaw, -0.06), window.__TAEYANGHO__!.info().programs),
    start,
  )
  return { calls, triangles, programs, ms, quad }
}

export interface LoadFigures {
  /** Lighthouse's total blocking time over the load window: each long task's time past 50 ms, summed. */
  totalBlockingTimeMs: number
  longestLoadTaskMs: number
  firstFrameMs: number
  /** The load window's end, ms after navigation. */
  loadWindowMs: number
  navInteractiveMs: number
  /** What the first visit fetched that the build holds, gzipped. */
  transferGzipKB: number
  initialJsGzipKB: number
}

/**
 * Waits for the end of the load window and returns it with the long tasks that started
 * in it. The window runs from navigation until the page has settled: the first frame is
 * drawn, then neither a long task nor a fetch has ended for 2 s (the 3D models arrive
 * after the first frame); it ends 20 s after navigation at the latest. By the entries'
 * own times, not when the poll sees them: an observer reports a task a little late.
 */
function loadWindow(page: Page): Promise<{ end: number; tasks: number[] }> {
  return page.evaluate(
    async ({ quietMs, capMs }) => {
      const log = (window as unknown as LongTaskWindow).__longTaskLog
      if (!log) throw new Error('loadFigures: LONG_TASKS was not installed (addInitScript) before the page loaded')
      const lastEnd = () =>
        Math.max(
          0,
          ...log.map(([s, d]) => s + d),
          ...performance.getEntriesByType('resource').map((r) => r.startTime + r.duration),
        )
      const drawn = () => performance.getEntriesByName('taeyangho:first-frame').length > 0
      while (performance.now() < capMs && !(drawn() && performance.now() - lastEnd() >= quietMs))
        await new Promise((r) => setTimeout(r, 100))
      const end = Math.min(performance.now(), capMs)
      return { end, tasks: log.filter(([s]) => s < end).map(([, d]) => d) }
    },
    { quietMs: 2000, capMs: 20_000 },
  )
}

/**
 * The page's load figures and what it fetched, against the build folder it was served
 * from. Call it right after the page has opened; the page must have LONG_TASKS.
 */
export async function loadFigures(page: Page, dist: string): Promise<LoadFigures> {
  const settled = await loadWindow(page)
  const load = await page.evaluate(() => ({
    firstFrame: performance.getEntriesByName('taeyangho:first-frame')[0]?.startTime ?? NaN,
    navInteractive: performance.getEntriesByName('taeyangho:nav-interactive')[0]?.startTime ?? NaN,
    resources: performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname),
  }))
  const files = ['index.html', ...load.resources.map((p) => p.replace(/^\//, ''))].filter((f) =>
    existsSync(`${dist}/${f}`),
  )
  return {
    totalBlockingTimeMs: Math.round(settled.tasks.reduce((n, d) => n + Math.max(0, d - 50), 0)),
    longestLoadTaskMs: Math.round(Math.max(0, ...settled.tasks)),
    firstFrameMs: Math.round(load.firstFrame),
    loadWindowMs: Math.round(settled.end),
    navInteractiveMs: Math.round(load.navInteractive),
    transferGzipKB: kb(files.reduce((n, f) => n + gzipBytes(`${dist}/${f}`), 0)),
    initialJsGzipKB: kb(initialJs(dist).gzipBytes),
  }
}

/** JS heap in use after a full garbage collection, MB (Chrome's own figure). */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.enable')
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('Performance.enable')
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }
  await cdp.detach()
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN
  return +(used / 1048576).toFixed(2)
}

/** Right-aligns `s` in `n` columns. */
export const pad = (s: string | number, n: number) => String(s).padStart(n)

/**
 * Waits for the service worker to be active, i.e. done precaching the app (some 3 MB,
 * fetched and stored just after the first load): that work would otherwise fall on the
 * first rooms measured. A build without one passes at once.
 */
export async function swReady(page: Page, timeoutMs = 60_000): Promise<void> {
  await page.evaluate(async (ms) => {
    if (!('serviceWorker' in navigator)) return
    const sw = navigator.serviceWorker
    const sleep = (t: number) => new Promise((r) => setTimeout(r, t))
    // The app registers its worker once loaded; give it a few seconds to appear.
    let reg: ServiceWorkerRegistration | undefined
    for (let i = 0; i < 25 && !reg; i++) reg = (await sw.getRegistration()) ?? (await sleep(200), undefined)
    if (reg) await Promise.race([sw.ready, sleep(ms)])
  }, timeoutMs)
}

/**
 * A throwaway turn before anything is measured: the first frames of a page (and of the
 * quad) pay for shader compiles and uploads, and would fall on whichever room comes first.
 */
export async function warmUp(page: Page, calibrate: () => Promise<number[]>): Promise<void> {
  await page.bringToFront()
  await swReady(page)
  await settle(page)
  await page.evaluate(() => {
    const t = window.__TAEYANGHO__!
    const start = t.pose().yaw
    for (let k = 0; k < 8; k++) t.view(start + (k * Math.PI) / 4, -0.06)
    t.view(start, -0.06)
  })
  await calibrate()
  const samples = await untilQuiet(page)
  if (process.env.BENCH_DEBUG)
    console.log(`warm-up ${page.url()}: view ms ${samples.map((m) => m.toFixed(1)).join(' ')}`)
}

/**
 * For some seconds after pages load (up to half a minute after several), the browser
 * works in the background and a frame takes up to five times as long, easing off
 * slowly. Waits until the time of a view has stopped improving: the last three samples,
 * about a second apart, within 20% of each other and none better by 10% than the best
 * before them (at most `maxMs`). Returns the samples, for a log.
 */
export async function untilQuiet(page: Page, maxMs = 45_000): Promise<number[]> {
  const samples: number[] = []
  const t0 = Date.now()
  while (Date.now() - t0 < maxMs) {
    samples.push(
      await page.evaluate(() => {
        const t = window.__TAEYANGHO__!
        const yaw = t.pose().yaw
        const ms = Array.from({ length: 6 }, () => t.view(yaw, -0.06).ms).sort((a, b) => a - b)
        return ms[3]!
      }),
    )
    const last = samples.slice(-3)
    const before = samples.slice(0, -3)
    if (
      before.length > 0 &&
      Math.max(...last) <= 1.2 * Math.min(...last) &&
      Math.min(...last) >= 0.9 * Math.min(...before)
    )
      break
    await page.waitForTimeout(900)
  }
  return samples
}
