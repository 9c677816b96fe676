/** BENCH_BASE mode: an earlier commit's build and this one, measured room by room in turn. */
import { resolve } from 'node:path'
import { expect } from 'vitest'
import { launchChromium } from '../../tests/browser/setup/chromium'
import { prepareBase, serveDist, type Served } from '../lib/baseBuild'
import { figures, measureRoom, median, openCalibration, pad, ratios, warmUp, type RoomFigures } from '../lib/measure'
import { BASE_REV, LOAD_RUNS, PASSES, REPEATS, REPO, SHORT, VIEWPORT, YAW_STEPS } from './config'
import { change, writeOut, x } from './output'
import { loadEach, openForRooms } from './pages'

interface Build {
  label: string
  url: string
  dist: string
}

export async function benchSideBySide() {
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
          ['total blocking time, ms', 'totalBlockingTimeMs'],
          ['longest load task, ms', 'longestLoadTaskMs'],
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
}
