/** The default mode: every carriage of this build, its load, its hotspots, and a walk through the train. */
import { existsSync, readFileSync } from 'node:fs'
import { expect, inject } from 'vitest'
import { launchChromium } from '../../tests/browser/setup/chromium'
import { DIST } from '../../tests/browser/setup/dist'
import { openTrain, settle } from '../../tests/browser/setup/page'
import {
  figures,
  LONG_TASKS,
  loadFigures,
  measureRoom,
  median,
  openCalibration,
  ratios,
  roomIds,
  takeLongTasks,
  type RoomFigures,
} from '../lib/measure'
import { REPEATS, SHORT, VIEWPORT, YAW_STEPS } from './config'
import { writeOut } from './output'

export async function benchWalkthrough() {
  const base = inject('baseUrl')
  const browser = await launchChromium()
  const ctx = await browser.newContext({ viewport: VIEWPORT })
  await ctx.addInitScript(LONG_TASKS)
  const carriages: Record<string, RoomFigures> = {}

  // Loading: what a first visit transfers and when it can be used.
  const { page } = await openTrain(ctx as never, base, '?dpr=1', VIEWPORT)
  const load = await loadFigures(page, DIST)
  await takeLongTasks(page)
  // The carriages as the page lists them, in train order.
  const ids = await roomIds(page)

  // The calibration quad, same size, same measurement, measured in turn with each step
  // of each carriage's turn: the machine's load drifts, and a ratio of two figures taken
  // minutes apart drifts with it.
  const cal = await openCalibration(ctx, REPEATS)

  // Every carriage: its spawn, turning on the spot, neighbours through the doors included.
  for (const id of ids)
    carriages[id] = figures(await measureRoom(page, id, cal.calibrate, { yawSteps: YAW_STEPS, repeats: REPEATS }))
  // The platform: from where its link puts the visitor (the locomotives ahead, the train
  // along the right, the station on the left), and halfway along the train.
  const places: Record<string, RoomFigures> = {}
  const opts = { yawSteps: YAW_STEPS, repeats: REPEATS }
  places.platform = figures(await measureRoom(page, 'platform', cal.calibrate, opts))
  const mid = await page.evaluate(() => window.__TAEYANGHO__!.pose())
  places['platform-mid'] = figures(
    await measureRoom(page, 'platform', cal.calibrate, { ...opts, at: { x: mid.x + 110, z: mid.z } }),
  )
  // Riding a journey: the countryside moves past the windows and the platform is left
  // behind. One row per kind of room: the two heaviest saloons, and a car transport.
  // (A build without journeys has no ride button and skips it.)
  const riding: Record<string, RoomFigures> = {}
  await page.evaluate(() => (location.hash = '#/journey/beijing-2025'))
  const ride = page.locator('[data-ride=beijing-2025]')
  if (
    await ride.waitFor({ timeout: 5000 }).then(
      () => true,
      () => false,
    )
  ) {
    await ride.click()
    // A few seconds on, the countryside held where it is: each frame measured alone, not
    // behind the ride's own frames still queued on a software GPU.
    await page.waitForTimeout(3000)
    await page.evaluate(() => window.__TAEYANGHO__!.holdRide?.(true))
    for (const id of ['restaurant', 'bedroom', 'cars-1'].filter((r) => ids.includes(r)))
      riding[`riding-${id}`] = figures(await measureRoom(page, id, cal.calibrate, opts))
    await page.locator('[data-testid=ride-stop]').click()
  }
  const textures = await page.evaluate(() => window.__TAEYANGHO__!.textures())
  await cal.page.close()

  // Opening hotspots: no long stall when a panel opens.
  await page.evaluate((h) => (location.hash = h), `#/${ids[0]}`)
  await settle(page)
  await takeLongTasks(page)
  for (const marker of await page.locator('.marker').all()) {
    await marker.focus()
    await page.keyboard.press('Enter')
    await page.waitForTimeout(SHORT ? 300 : 800)
    await page.keyboard.press('Escape')
  }
  const hotspotLongTasks = await takeLongTasks(page)

  // The map: opened and closed a few times, from a room and from the platform.
  const mapLongTasks: number[] = []
  let mapNodes = 0
  for (const where of [ids[0], 'platform', ids[ids.length - 1]]) {
    await page.evaluate((h) => (location.hash = h), `#/${where}`)
    await settle(page)
    await takeLongTasks(page)
    await page.locator('[data-map-button]').click()
    await page.locator('.train-map').waitFor()
    mapNodes = await page.locator('.train-map *').count()
    await page.waitForTimeout(300)
    await page.keyboard.press('Escape')
    mapLongTasks.push(...(await takeLongTasks(page)))
  }

  // Stepping out through a side door onto the platform and back in at the next room's:
  // no long stall at either (a build without side doors has no `sideDoors` and skips it).
  const doors = await page.evaluate(() => window.__TAEYANGHO__!.sideDoors?.() ?? [])
  let stepLongTasks: number[] | null = null
  if (doors.length > 3) {
    const [from, to] = [doors[2]!, doors[3]!]
    const hold = async (hash: string) => {
      await page.keyboard.down('KeyW')
      await page.waitForFunction((h) => location.hash === h, hash, { timeout: 20_000, polling: 100 })
      await page.waitForTimeout(600)
      await page.keyboard.up('KeyW')
    }
    await page.evaluate((h) => (location.hash = h), `#/${from.id}`)
    await settle(page)
    await page.evaluate((x) => window.__TAEYANGHO__!.place(x, 0.6, 0, 0), from.x)
    await settle(page)
    await takeLongTasks(page)
    await hold('#/platform')
    await page.evaluate((x) => window.__TAEYANGHO__!.place(x, window.__TAEYANGHO__!.pose().z, Math.PI, 0), to.x)
    await hold(`#/${to.id}`)
    await settle(page)
    stepLongTasks = await takeLongTasks(page)
  }

  // Walking the whole train at running pace: long tasks on entering carriages, then memory.
  // The carriage list puts the visitor back at the entrance, facing along the train.
  await page.locator(`[data-carriage="${ids[0]}"]`).click()
  await settle(page)
  await takeLongTasks(page)
  const cdp = await ctx.newCDPSession(page)
  await page.keyboard.down('Shift')
  await page.keyboard.down('KeyW')
  await page.waitForFunction((last) => location.hash === `#/${last}`, ids[ids.length - 1], {
    timeout: 180_000,
    polling: 100,
  })
  await page.keyboard.up('KeyW')
  await page.keyboard.up('Shift')
  await settle(page)
  const walkLongTasks = await takeLongTasks(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }
  const memory = await page.evaluate(() => window.__TAEYANGHO__!.info())

  await browser.close()

  const calMs = median(Object.values(carriages).map((c) => c.calibrationMs))
  // A carriage is held against its own quad, but never against one slower than the
  // run's median: an outlier quad would flatter that carriage rather than cancel any drift.
  const result = {
    date: new Date().toISOString(),
    mode: SHORT ? 'short' : 'full',
    viewport: VIEWPORT,
    carriages: Object.fromEntries(
      Object.entries(carriages).map(([id, c]) => [id, { ...c, ratio: ratios(c, calMs).ratio }]),
    ),
    places: Object.fromEntries(Object.entries(places).map(([id, c]) => [id, { ...c, ratio: ratios(c, calMs).ratio }])),
    riding: Object.fromEntries(Object.entries(riding).map(([id, c]) => [id, { ...c, ratio: ratios(c, calMs).ratio }])),
    map: { nodes: mapNodes, longestTaskMs: Math.round(Math.max(0, ...mapLongTasks)) },
    calibrationMs: +calMs.toFixed(2),
    worstRatio: Math.max(
      ...[...Object.values(carriages), ...Object.values(places), ...Object.values(riding)].map(
        (c) => ratios(c, calMs).ratio,
      ),
    ),
    initialJsGzipKB: load.initialJsGzipKB,
    totalTransferGzipKB: load.transferGzipKB,
    totalBlockingTimeMs: load.totalBlockingTimeMs,
    longestLoadTaskMs: load.longestLoadTaskMs,
    firstFrameMs: load.firstFrameMs,
    loadWindowMs: load.loadWindowMs,
    carriageListInteractiveMs: load.navInteractiveMs,
    texturePixels: textures.reduce((n, t) => n + t.width * t.height, 0),
    largestTexturePx: Math.max(0, ...textures.map((t) => Math.max(t.width, t.height))),
    afterWalk: {
      geometries: memory.geometries,
      textures: memory.textures,
      heapMB: +(heap.usedSize / 1048576).toFixed(2),
    },
    longTasks: {
      walkMaxMs: Math.round(Math.max(0, ...walkLongTasks)),
      hotspotMaxMs: Math.round(Math.max(0, ...hotspotLongTasks)),
      /** Out through a side door and in at the next room's; null for a build without side doors. */
      stepOutInMaxMs: stepLongTasks ? Math.round(Math.max(0, ...stepLongTasks)) : null,
    },
  }

  const rows = Object.entries({ ...result.carriages, ...result.places, ...result.riding }).map(
    ([id, c]) =>
      `| ${id.padEnd(17)} | ${String(c.calls).padStart(5)} | ${c.triangles.toLocaleString('en').padStart(9)} | ${String(c.programs).padStart(8)} | ${c.frameMs.toFixed(1).padStart(8)} | ${c.frameP95Ms.toFixed(1).padStart(7)} | ${c.calibrationMs.toFixed(1).padStart(7)} | ${(c.ratio.toFixed(1) + 'x').padStart(6)} |`,
  )
  const table = [
    `| place             | calls | triangles | programs | frame ms | p95 ms  | quad ms | ratio  |`,
    `|-------------------|-------|-----------|----------|----------|---------|---------|--------|`,
    ...rows,
    '',
    `calibration quad ${result.calibrationMs} ms (median; each carriage against the quad measured in turn with it, or this median if lower); worst carriage ${result.worstRatio.toFixed(1)}x (budget 3x)`,
    `initial JS ${result.initialJsGzipKB} KB gzipped (budget 420); first visit transfers ${result.totalTransferGzipKB} KB gzipped`,
    `loading (0-${result.loadWindowMs} ms after navigation): total blocking time ${result.totalBlockingTimeMs} ms, longest task ${result.longestLoadTaskMs} ms, first drawn frame ${result.firstFrameMs} ms; carriage list interactive ${result.carriageListInteractiveMs} ms`,
    `textures ${(result.texturePixels / 1e6).toFixed(2)} Mpx in all (budget 16), largest ${result.largestTexturePx} px (budget 2048)`,
    `after walking the train: ${result.afterWalk.geometries} geometries, ${result.afterWalk.textures} textures, ${result.afterWalk.heapMB} MB JS heap`,
    `longest task: walking ${result.longTasks.walkMaxMs} ms, opening hotspots ${result.longTasks.hotspotMaxMs} ms, opening the map ${result.map.longestTaskMs} ms, stepping out and in ${result.longTasks.stepOutInMaxMs ?? 'n/a'} ms (budget 200); the map ${result.map.nodes} DOM nodes`,
  ]
  console.log(`\nBenchmark (${result.mode}, ${VIEWPORT.width}x${VIEWPORT.height}, software WebGL)\n${table.join('\n')}`)

  const compareWith = process.env.BENCH_COMPARE
  if (compareWith && existsSync(compareWith)) {
    const before = JSON.parse(readFileSync(compareWith, 'utf8')) as typeof result
    const lines = Object.keys(result.carriages).map((id) => {
      const a = before.carriages[id]
      const b = result.carriages[id]!
      return a
        ? `${id}: calls ${a.calls} -> ${b.calls}, triangles ${a.triangles} -> ${b.triangles}, frame ${a.frameMs} -> ${b.frameMs} ms (${a.ratio}x -> ${b.ratio}x)`
        : `${id}: new`
    })
    lines.push(
      `initial JS ${before.initialJsGzipKB} -> ${result.initialJsGzipKB} KB; total blocking time ${before.totalBlockingTimeMs ?? '-'} -> ${result.totalBlockingTimeMs} ms; first frame ${before.firstFrameMs} -> ${result.firstFrameMs} ms`,
    )
    console.log(`\nCompared with ${compareWith}:\n${lines.join('\n')}`)
  }
  writeOut(result)
  expect(Object.keys(result.carriages)).toEqual(ids)
}
