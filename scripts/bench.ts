/**
 * `npm run bench`: the production build in real Chromium (software WebGL here), per
 * carriage and for the page as a whole. Prints a table, writes JSON, and compares
 * with an earlier JSON when BENCH_COMPARE names one. BENCH_SHORT=1 makes one quick
 * pass (CI runs it so the bench cannot rot); timings are reported, never asserted.
 *
 * Two more modes, each instead of the walkthrough:
 * - BENCH_BASE=<git rev>: that commit built in a worktree (scripts/lib/baseBuild.ts) and
 *   this build, both served and measured in one run, room by room in turn, in one table.
 *   BENCH_PASSES=3 goes through the train three times, each ratio the median of three.
 * - BENCH_ROOMS=5,15: the train made N rooms long (`?rooms=N`), for each N in one run:
 *   per room frame work, load time, JS heap and GPU resources, and how they grow with N.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { expect, inject, it } from 'vitest'
import { launchChromium } from '../tests/browser/setup/chromium'
import { openTrain, settle } from '../tests/browser/setup/page'
import { prepareBase, serveDist, type Served } from './lib/baseBuild'
import {
  figures,
  heapAfterGc,
  LONG_TASKS,
  loadFigures,
  measureRoom,
  median,
  openCalibration,
  pad,
  ratios,
  roomIds,
  takeLongTasks,
  warmUp,
  type LoadFigures,
  type RoomFigures,
} from './lib/measure'

const SHORT = process.env.BENCH_SHORT === '1'
const BASE_REV = process.env.BENCH_BASE
const ROOMS = process.env.BENCH_ROOMS ? process.env.BENCH_ROOMS.split(',').map((n) => Number(n.trim())) : undefined
const OUT =
  process.env.BENCH_OUT ??
  (BASE_REV
    ? 'artifacts/bench/side-by-side.json'
    : ROOMS
      ? 'artifacts/bench/rooms.json'
      : 'artifacts/bench/latest.json')
const VIEWPORT = { width: 1280, height: 720 }
const YAW_STEPS = SHORT ? 4 : 16
const REPEATS = SHORT ? 3 : 7
/** Fresh loads of each build (or train size) for the load figures, their median reported. */
const LOAD_RUNS = SHORT ? 1 : 3
/** BENCH_BASE mode: passes through the train, each room's ratios the median of them. */
const PASSES = Math.max(1, Number(process.env.BENCH_PASSES ?? 1))
const REPO = resolve(import.meta.dirname, '..')

function writeOut(result: unknown) {
  mkdirSync(OUT.replace(/\/[^/]+$/, ''), { recursive: true })
  writeFileSync(OUT, JSON.stringify(result, null, 2) + '\n')
  console.log(`\nwritten to ${OUT}`)
}

it.runIf(!BASE_REV && !ROOMS)('benchmarks the walkthrough', { timeout: 900_000 }, async () => {
  const base = inject('baseUrl')
  const browser = await launchChromium()
  const ctx = await browser.newContext({ viewport: VIEWPORT })
  await ctx.addInitScript(LONG_TASKS)
  const carriages: Record<string, RoomFigures> = {}

  // Loading: what a first visit transfers and when it can be used.
  const { page } = await openTrain(ctx as never, base, '?dpr=1', VIEWPORT)
  const load = await loadFigures(page, 'dist')
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
    calibrationMs: +calMs.toFixed(2),
    worstRatio: Math.max(...Object.values(carriages).map((c) => ratios(c, calMs).ratio)),
    initialJsGzipKB: load.initialJsGzipKB,
    totalTransferGzipKB: load.transferGzipKB,
    firstFrameMs: load.firstFrameMs,
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
    },
  }

  const rows = Object.entries(result.carriages).map(
    ([id, c]) =>
      `| ${id.padEnd(10)} | ${String(c.calls).padStart(5)} | ${c.triangles.toLocaleString('en').padStart(9)} | ${String(c.programs).padStart(8)} | ${c.frameMs.toFixed(1).padStart(8)} | ${c.frameP95Ms.toFixed(1).padStart(7)} | ${c.calibrationMs.toFixed(1).padStart(7)} | ${(c.ratio.toFixed(1) + 'x').padStart(6)} |`,
  )
  const table = [
    `| carriage   | calls | triangles | programs | frame ms | p95 ms  | quad ms | ratio  |`,
    `|------------|-------|-----------|----------|----------|---------|---------|--------|`,
    ...rows,
    '',
    `calibration quad ${result.calibrationMs} ms (median; each carriage against the quad measured in turn with it, or this median if lower); worst carriage ${result.worstRatio.toFixed(1)}x (budget 3x)`,
    `initial JS ${result.initialJsGzipKB} KB gzipped (budget 420); first visit transfers ${result.totalTransferGzipKB} KB gzipped`,
    `first drawn frame ${result.firstFrameMs} ms; carriage list interactive ${result.carriageListInteractiveMs} ms`,
    `textures ${(result.texturePixels / 1e6).toFixed(2)} Mpx in all (budget 16), largest ${result.largestTexturePx} px (budget 2048)`,
    `after walking the train: ${result.afterWalk.geometries} geometries, ${result.afterWalk.textures} textures, ${result.afterWalk.heapMB} MB JS heap`,
    `longest task: walking ${result.longTasks.walkMaxMs} ms, opening hotspots ${result.longTasks.hotspotMaxMs} ms (budget 200)`,
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
      `initial JS ${before.initialJsGzipKB} -> ${result.initialJsGzipKB} KB; first frame ${before.firstFrameMs} -> ${result.firstFrameMs} ms`,
    )
    console.log(`\nCompared with ${compareWith}:\n${lines.join('\n')}`)
  }
  writeOut(result)
  expect(Object.keys(result.carriages)).toEqual(ids)
})

interface Build {
  label: string
  url: string
  dist: string
}

/** `runs` fresh loads of each build in turn (a new context each, so nothing cached); the median of each figure. */
async function loadEach(browser: Browser, builds: { url: string; dist: string; query: string }[], runs: number) {
  const seen = builds.map(
    () => [] as (LoadFigures & { heapMB: number; geometries: number; textures: number; listed: number })[],
  )
  for (let r = 0; r < runs; r++) {
    for (const [i, b] of builds.entries()) {
      const ctx = await browser.newContext({ viewport: VIEWPORT })
      const { page } = await openTrain(ctx as never, b.url, b.query, VIEWPORT)
      const load = await loadFigures(page, b.dist)
      const listed = (await roomIds(page)).length
      const info = await page.evaluate(() => window.__TAEYANGHO__!.info())
      const heapMB = await heapAfterGc(page)
      seen[i]!.push({ ...load, heapMB, geometries: info.geometries, textures: info.textures, listed })
      await ctx.close()
    }
  }
  return seen.map((xs) => {
    const m = (k: keyof (typeof xs)[number]) => median(xs.map((x) => x[k]))
    return {
      firstFrameMs: m('firstFrameMs'),
      navInteractiveMs: m('navInteractiveMs'),
      transferGzipKB: m('transferGzipKB'),
      initialJsGzipKB: m('initialJsGzipKB'),
      heapMB: m('heapMB'),
      geometries: m('geometries'),
      textures: m('textures'),
      listed: m('listed'),
      firstFrameRuns: xs.map((x) => x.firstFrameMs),
    }
  })
}

/** A train page per build (own context), kept open for the rooms' turns. */
async function openForRooms(
  browser: Browser,
  url: string,
  query: string,
): Promise<{ ctx: BrowserContext; page: Page; ids: string[] }> {
  const ctx = await browser.newContext({ viewport: VIEWPORT })
  const { page } = await openTrain(ctx as never, url, query, VIEWPORT)
  return { ctx, page, ids: await roomIds(page) }
}

const x = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '-' : n.toFixed(1) + 'x')
const change = (a: number | undefined, b: number | undefined) =>
  a && b ? `${b >= a ? '+' : ''}${Math.round((b / a - 1) * 100)}%` : ''

it.runIf(!!BASE_REV)(`benchmarks this build side by side with ${BASE_REV}`, { timeout: 1_800_000 }, async () => {
  const built = prepareBase(BASE_REV!)
  const servers: Served[] = []
  const browser = await launchChromium()
  try {
    // Both builds served alike, on their own ports; this one is what the global setup built.
    servers.push(await serveDist(built.dir, 4880), await serveDist(REPO, 4890))
    const builds: Build[] = [
      { label: `base ${built.short.slice(0, 7)}`, url: servers[0]!.url, dist: built.dist },
      { label: 'this', url: servers[1]!.url, dist: resolve(REPO, 'dist') },
    ]
    const opened = [
      await openForRooms(browser, builds[0]!.url, '?dpr=1'),
      await openForRooms(browser, builds[1]!.url, '?dpr=1'),
    ]
    const ids = [...new Set([...opened[0]!.ids, ...opened[1]!.ids])]
    const calCtx = await browser.newContext({ viewport: VIEWPORT })
    const cal = await openCalibration(calCtx, REPEATS)
    for (const o of opened) await warmUp(o.page, cal.calibrate)
    // Room by room, each build in turn, the first of the pair alternating (A B, B A, ...):
    // a spell of load on the machine falls on both builds alike. BENCH_PASSES=3 goes
    // through the train three times and reports the median of each room's ratios.
    type Rated = RoomFigures & { ratio: number; p95Ratio: number }
    const passes: Record<string, (Rated | undefined)[]>[] = []
    for (let pass = 0; pass < PASSES; pass++) {
      const rooms: Record<string, (RoomFigures | undefined)[]> = {}
      for (const [n, id] of ids.entries()) {
        rooms[id] = [undefined, undefined]
        for (const i of (n + pass) % 2 === 0 ? [0, 1] : [1, 0]) {
          if (!opened[i]!.ids.includes(id)) continue
          rooms[id]![i] = figures(
            await measureRoom(opened[i]!.page, id, cal.calibrate, { yawSteps: YAW_STEPS, repeats: REPEATS }),
          )
        }
      }
      // Each pass against its own median quad, as a single run of the bench is.
      const passQuad = median(
        Object.values(rooms)
          .flat()
          .filter((r): r is RoomFigures => !!r)
          .map((r) => r.calibrationMs),
      )
      passes.push(
        Object.fromEntries(
          Object.entries(rooms).map(([id, pair]) => [
            id,
            pair.map((r) => (r ? { ...r, ...ratios(r, passQuad) } : undefined)),
          ]),
        ),
      )
    }
    await cal.page.close()
    for (const o of opened) await o.ctx.close()
    // The fresh loads come last: pages just loaded and closed slow the browser for a while.
    const loads = await loadEach(
      browser,
      builds.map((b) => ({ ...b, query: '?dpr=1' })),
      LOAD_RUNS,
    )
    const calMs = median(
      passes
        .flatMap((p) => Object.values(p).flat())
        .filter((r): r is Rated => !!r)
        .map((r) => r.calibrationMs),
    )
    const range = (xs: number[]) => (xs.length > 1 ? [Math.min(...xs), Math.max(...xs)] : undefined)
    const withRatios = Object.fromEntries(
      ids.map((id) => [
        id,
        [0, 1].map((i) => {
          const seen = passes.map((p) => p[id]![i]).filter((r): r is Rated => !!r)
          if (seen.length === 0) return null
          const last = seen[seen.length - 1]!
          return {
            ...last,
            ratio: median(seen.map((r) => r.ratio)),
            p95Ratio: median(seen.map((r) => r.p95Ratio)),
            ratioRange: range(seen.map((r) => r.ratio)),
            p95RatioRange: range(seen.map((r) => r.p95Ratio)),
          }
        }),
      ]),
    ) as Record<string, ((Rated & { ratioRange?: number[]; p95RatioRange?: number[] }) | null)[]>

    const result = {
      date: new Date().toISOString(),
      mode: SHORT ? 'short' : 'full',
      passes: PASSES,
      viewport: VIEWPORT,
      base: { rev: BASE_REV, sha: built.sha },
      builds: builds.map((b) => b.label),
      calibrationMs: +calMs.toFixed(2),
      rooms: Object.fromEntries(Object.entries(withRatios).map(([id, [a, b]]) => [id, { base: a, this: b }])),
      worstRatio: builds.map((_, i) => Math.max(...Object.values(withRatios).map((p) => p[i]?.ratio ?? 0))),
      load: { base: loads[0], this: loads[1] },
    }

    const [A, B] = builds.map((b) => b.label)
    const cell = (a: string, b: string, w: number) => `${a.padStart(w)} ${b.padStart(w)}`
    const num = (r: (typeof withRatios)[string][number] | undefined, k: 'calls' | 'triangles' | 'programs') =>
      r ? r[k].toLocaleString('en') : '-'
    const lines = [
      `| room         | calls       | triangles         | programs  | median frame/quad  | p95 frame/quad     |`,
      `|              | ${cell('base', 'this', 5)} | ${cell('base', 'this', 8)} | ${cell('base', 'this', 4)} | ${cell('base', 'this', 5)} ${pad('change', 6)} | ${cell('base', 'this', 5)} ${pad('change', 6)} |`,
      `|--------------|-------------|-------------------|-----------|--------------------|--------------------|`,
      ...Object.entries(withRatios).map(
        ([id, [a, b]]) =>
          `| ${id.padEnd(12)} | ${cell(num(a, 'calls'), num(b, 'calls'), 5)} | ${cell(num(a, 'triangles'), num(b, 'triangles'), 8)} | ${cell(num(a, 'programs'), num(b, 'programs'), 4)} | ${cell(x(a?.ratio), x(b?.ratio), 5)} ${pad(change(a?.ratio, b?.ratio), 6)} | ${cell(x(a?.p95Ratio), x(b?.p95Ratio), 5)} ${pad(change(a?.p95Ratio, b?.p95Ratio), 6)} |`,
      ),
      ...(PASSES > 1
        ? [
            '',
            `ranges over the ${PASSES} passes (median frame/quad): ` +
              Object.entries(withRatios)
                .map(
                  ([id, [a, b]]) =>
                    `${id} ${a?.ratioRange?.map((r) => r.toFixed(1)).join('-') ?? '-'} | ${b?.ratioRange?.map((r) => r.toFixed(1)).join('-') ?? '-'}`,
                )
                .join('; '),
          ]
        : []),
      '',
      `worst room: ${A} ${x(result.worstRatio[0])}, ${B} ${x(result.worstRatio[1])} (budget 3x); calibration quad ${result.calibrationMs} ms (median of the run); ${PASSES > 1 ? `each ratio the median of ${PASSES} passes` : 'one pass'}`,
      `| page (median of ${LOAD_RUNS} load${LOAD_RUNS > 1 ? 's' : ''})    | ${pad('base', 8)} | ${pad('this', 8)} | change |`,
      `|---------------------------|----------|----------|--------|`,
      ...(
        [
          ['initial JS, KB gzipped', 'initialJsGzipKB'],
          ['first visit, KB gzipped', 'transferGzipKB'],
          ['first frame, ms', 'firstFrameMs'],
          ['carriage list usable, ms', 'navInteractiveMs'],
          ['JS heap after load, MB', 'heapMB'],
          ['geometries after load', 'geometries'],
          ['textures after load', 'textures'],
        ] as const
      ).map(
        ([name, k]) =>
          `| ${name.padEnd(25)} | ${pad(loads[0]![k], 8)} | ${pad(loads[1]![k], 8)} | ${pad(change(loads[0]![k], loads[1]![k]), 6)} |`,
      ),
    ]
    console.log(
      `\nBenchmark side by side (${result.mode}, ${VIEWPORT.width}x${VIEWPORT.height}, software WebGL): base = ${BASE_REV} (${built.sha.slice(0, 12)}), this = the working tree's dist/\n${lines.join('\n')}`,
    )
    writeOut(result)
    expect(ids.length).toBeGreaterThan(0)
  } finally {
    await browser.close()
    for (const s of servers) await s.close()
  }
})

it.runIf(!!ROOMS)(`benchmarks trains of ${ROOMS?.join(', ')} rooms`, { timeout: 1_800_000 }, async () => {
  const sizes = ROOMS!
  expect(
    sizes.every((n) => Number.isInteger(n) && n > 0),
    `BENCH_ROOMS=${process.env.BENCH_ROOMS}: whole numbers, comma separated`,
  ).toBe(true)
  const url = inject('baseUrl')
  const dist = resolve(REPO, 'dist')
  const query = (n: number) => `?rooms=${n}&dpr=1`
  const browser = await launchChromium()
  try {
    const trains: Awaited<ReturnType<typeof openForRooms>>[] = []
    for (const n of sizes) trains.push(await openForRooms(browser, url, query(n)))
    const calCtx = await browser.newContext({ viewport: VIEWPORT })
    const cal = await openCalibration(calCtx, REPEATS)
    for (const t of trains) await warmUp(t.page, cal.calibrate)
    // Position by position, each train in turn (the first alternating), so the machine's
    // drift falls on every size alike.
    const perTrain = trains.map(() => [] as { id: string; figures: RoomFigures }[])
    const longest = Math.max(...trains.map((t) => t.ids.length))
    for (let k = 0; k < longest; k++) {
      const order = trains.map((_, i) => i)
      if (k % 2 === 1) order.reverse()
      for (const i of order) {
        const id = trains[i]!.ids[k]
        if (id === undefined) continue
        perTrain[i]!.push({
          id,
          figures: figures(
            await measureRoom(trains[i]!.page, id, cal.calibrate, { yawSteps: YAW_STEPS, repeats: REPEATS }),
          ),
        })
      }
    }
    const after: { geometries: number; textures: number; heapMB: number }[] = []
    for (const t of trains) {
      const info = await t.page.evaluate(() => window.__TAEYANGHO__!.info())
      after.push({ geometries: info.geometries, textures: info.textures, heapMB: await heapAfterGc(t.page) })
    }
    await cal.page.close()
    for (const t of trains) await t.ctx.close()
    // The fresh loads come last: pages just loaded and closed slow the browser for a while.
    const loads = await loadEach(
      browser,
      sizes.map((n) => ({ url, dist, query: query(n) })),
      LOAD_RUNS,
    )

    const calMs = median(perTrain.flat().map((r) => r.figures.calibrationMs))
    const rated = perTrain.map((rooms) => rooms.map((r) => ({ id: r.id, ...r.figures, ...ratios(r.figures, calMs) })))
    const summary = sizes.map((n, i) => ({
      rooms: n,
      listed: trains[i]!.ids.length,
      supported: trains[i]!.ids.length === n,
      medianRatio: median(rated[i]!.map((r) => r.ratio)),
      worstRatio: Math.max(...rated[i]!.map((r) => r.ratio)),
      medianP95Ratio: median(rated[i]!.map((r) => r.p95Ratio)),
      medianCalls: median(rated[i]!.map((r) => r.calls)),
      firstFrameMs: loads[i]!.firstFrameMs,
      navInteractiveMs: loads[i]!.navInteractiveMs,
      heapAfterLoadMB: loads[i]!.heapMB,
      geometriesAfterLoad: loads[i]!.geometries,
      texturesAfterLoad: loads[i]!.textures,
      heapAfterAllMB: after[i]!.heapMB,
      geometriesAfterAll: after[i]!.geometries,
      texturesAfterAll: after[i]!.textures,
    }))
    const result = {
      date: new Date().toISOString(),
      mode: SHORT ? 'short' : 'full',
      viewport: VIEWPORT,
      calibrationMs: +calMs.toFixed(2),
      sizes: summary,
      rooms: Object.fromEntries(sizes.map((n, i) => [n, rated[i]])),
    }

    const w = Math.max(11, ...rated.flat().map((r) => r.id.length))
    const lines = [
      `| pos | ${sizes.map((n) => `${`${n} rooms`.padEnd(w)} ${pad('median', 6)} ${pad('p95', 6)}`).join(' | ')} |`,
      `|-----|${sizes.map(() => '-'.repeat(w + 16)).join('|')}|`,
      ...Array.from(
        { length: longest },
        (_, k) =>
          `| ${pad(k + 1, 3)} | ${rated.map((rs) => (rs[k] ? `${rs[k].id.padEnd(w)} ${pad(x(rs[k].ratio), 6)} ${pad(x(rs[k].p95Ratio), 6)}` : ' '.repeat(w + 14))).join(' | ')} |`,
      ),
      '',
    ]
    const first = summary[0]!
    const last = summary[summary.length - 1]!
    const grow = (k: keyof (typeof summary)[number]) => {
      const a = first[k] as number
      const b = last[k] as number
      return a ? (b / a).toFixed(2) : '-'
    }
    const rowsOf = [
      ['rooms listed by the page', 'listed'],
      ['median frame / quad', 'medianRatio'],
      ['worst room frame / quad', 'worstRatio'],
      ['median p95 frame / quad', 'medianP95Ratio'],
      ['median draw calls', 'medianCalls'],
      ['first frame, ms', 'firstFrameMs'],
      ['carriage list usable, ms', 'navInteractiveMs'],
      ['JS heap after load, MB', 'heapAfterLoadMB'],
      ['geometries after load', 'geometriesAfterLoad'],
      ['textures after load', 'texturesAfterLoad'],
      ['JS heap after all rooms, MB', 'heapAfterAllMB'],
      ['geometries after all rooms', 'geometriesAfterAll'],
      ['textures after all rooms', 'texturesAfterAll'],
    ] as const
    const growth = summary.length > 1 ? `${last.rooms}/${first.rooms}` : ''
    lines.push(
      `| figure                      | ${sizes.map((n) => pad(`${n} rooms`, 9)).join(' | ')} | ${pad(growth ? `${growth} (rooms ${(last.rooms / first.rooms).toFixed(1)})` : '', 18)} |`,
      `|-----------------------------|${sizes.map(() => '-'.repeat(11)).join('|')}|--------------------|`,
      ...rowsOf.map(
        ([name, k]) =>
          `| ${name.padEnd(27)} | ${summary.map((s) => pad(s[k], 9)).join(' | ')} | ${pad(growth ? grow(k) : '', 18)} |`,
      ),
    )
    const unsupported = summary.filter((s) => !s.supported)
    if (unsupported.length)
      lines.push(
        '',
        `?rooms=N is not supported by this build: asked for ${unsupported.map((s) => s.rooms).join(', ')}, the page lists ${unsupported.map((s) => s.listed).join(', ')} rooms`,
      )
    console.log(
      `\nBenchmark by train length (${result.mode}, ${VIEWPORT.width}x${VIEWPORT.height}, software WebGL; frame work against the calibration quad, ${result.calibrationMs} ms)\n${lines.join('\n')}`,
    )
    writeOut(result)
    expect(summary.every((s) => s.listed > 0)).toBe(true)
  } finally {
    await browser.close()
  }
})
