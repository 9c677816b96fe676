/** Pages of a build, shared by the side-by-side and rooms modes: fresh loads, and pages kept open for the rooms' turns. */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { openTrain } from '../../tests/browser/setup/page'
import { heapAfterGc, LONG_TASKS, loadFigures, median, roomIds, type LoadFigures } from '../lib/measure'
import { VIEWPORT } from './config'

/** `runs` fresh loads of each build in turn (a new context each, so nothing cached); the median of each figure. */
export async function loadEach(browser: Browser, builds: { url: string; dist: string; query: string }[], runs: number) {
  const seen = builds.map(
    () => [] as (LoadFigures & { heapMB: number; geometries: number; textures: number; listed: number })[],
  )
  for (let r = 0; r < runs; r++) {
    for (const [i, b] of builds.entries()) {
      const ctx = await browser.newContext({ viewport: VIEWPORT })
      // Long tasks from the start of navigation, for the load's blocking time.
      await ctx.addInitScript(LONG_TASKS)
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
      totalBlockingTimeMs: m('totalBlockingTimeMs'),
      longestLoadTaskMs: m('longestLoadTaskMs'),
      firstFrameMs: m('firstFrameMs'),
      loadWindowMs: m('loadWindowMs'),
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
export async function openForRooms(
  browser: Browser,
  url: string,
  query: string,
): Promise<{ ctx: BrowserContext; page: Page; ids: string[] }> {
  const ctx = await browser.newContext({ viewport: VIEWPORT })
  const { page } = await openTrain(ctx as never, url, query, VIEWPORT)
  return { ctx, page, ids: await roomIds(page) }
}
