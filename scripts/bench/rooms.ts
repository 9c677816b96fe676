/** BENCH_ROOMS mode: trains of N rooms (`?rooms=N`), and how the figures grow with N. */
import { resolve } from 'node:path'
import { expect, inject } from 'vitest'
import { launchChromium } from '../../tests/browser/setup/chromium'
import {
  figures,
  heapAfterGc,
  measureRoom,
  median,
  openCalibration,
  pad,
  ratios,
  warmUp,
  type RoomFigures,
} from '../lib/measure'
import { LOAD_RUNS, REPEATS, REPO, ROOMS, SHORT, VIEWPORT, YAW_STEPS } from './config'
import { writeOut, x } from './output'
import { loadEach, openForRooms } from './pages'

export async function benchRooms() {
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
      totalBlockingTimeMs: loads[i]!.totalBlockingTimeMs,
      longestLoadTaskMs: loads[i]!.longestLoadTaskMs,
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
      ['total blocking time, ms', 'totalBlockingTimeMs'],
      ['longest load task, ms', 'longestLoadTaskMs'],
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
}
