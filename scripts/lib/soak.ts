import type { CDPSession, Page } from 'playwright-core'
import tours from '../../src/content/tours.json'

/** The attract loop's stops (kiosk/controller.ts plays the Highlights tour). */
const HIGHLIGHTS = tours.find((t) => t.id === 'highlights')!.stops

/**
 * The kiosk's day, compressed: the attract loop runs, a visitor touches at a random
 * moment, taps and walks about for a while, walks away; the countdown comes (sometimes
 * someone touches it and stays), the kiosk resets and attracts the next one. Each
 * minute it records what would pile up over a day: the JS heap after a forced garbage
 * collection, DOM nodes, event listeners and the GPU's geometries, textures and
 * programs, each time just after a reset. The idle clock is driven
 * (window.__KIOSK__.pass), so a visit lasts seconds.
 */
export interface SoakRow {
  minute: number
  heapMB: number
  /** Nodes in the document. */
  nodes: number
  /**
   * Chromium's count, which adds nodes no longer in the document that something still
   * holds: in 60-minute runs it swings by about 30 (a panel's worth; most likely React
   * keeping the last subtree it removed until its next commit there) without growing.
   */
  allNodes: number
  listeners: number
  geometries: number
  textures: number
  programs: number
  visits: number
  resets: number
  errors: number
}

/**
 * The panels a visitor opens from the HUD. Some load code and data on first use, kept for
 * the page (the journeys map's Natural Earth outlines, about 4 MB of heap, one more
 * preload link): the warm-up opens each once, so a first use is not counted as growth.
 * The QR code shows only with a public address set, which a soak kiosk has not.
 */
const PANELS = ['[aria-controls=controls-help]', '[data-about-button]', '[data-map-button]', '[data-journeys-button]']

/** The URL a soak opens: a kiosk whose tours move fast, in the front room. */
export const SOAK_URL = '?kiosk&dwell=2&tourSpeed=4#/office'

/** A small, seeded random generator: the same seed gives the same day. */
function random(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

async function measure(page: Page, cdp: CDPSession) {
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }
  const dom = (await cdp.send('Memory.getDOMCounters')) as { nodes: number; jsEventListeners: number }
  const gpu = await page.evaluate(() => window.__TAEYANGHO__!.info())
  const attached = await page.evaluate(() => {
    let n = 1
    const walk = document.createTreeWalker(document, NodeFilter.SHOW_ALL)
    while (walk.nextNode()) n++
    return n
  })
  return {
    heapMB: +(heap.usedSize / 1048576).toFixed(2),
    nodes: attached,
    allNodes: dom.nodes,
    listeners: dom.jsEventListeners,
    geometries: gpu.geometries,
    textures: gpu.textures,
    programs: gpu.programs,
  }
}

/**
 * Runs the cycle for `minutes` on a page already showing the kiosk (SOAK_URL), calling
 * `onRow` after each minute. `errors` is the page's list of errors, read as it grows.
 */
export async function soak(
  page: Page,
  minutes: number,
  errors: readonly string[],
  onRow: (row: SoakRow) => void = () => undefined,
  seed = 1,
): Promise<SoakRow[]> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.enable')
  const rnd = random(seed)
  const size = page.viewportSize() ?? { width: 640, height: 360 }
  const pass = (what: 'idle' | 'countdown') =>
    page.evaluate(async (what) => {
      while (!window.__KIOSK__?.ready()) await new Promise((r) => setTimeout(r, 50))
      const k = window.__KIOSK__!
      k.pass(what === 'idle' ? k.config().idleSeconds : k.config().countdownSeconds)
    }, what)
  /**
   * Opens one of PANELS and closes it again, by its button or Escape as a visitor would.
   * A panel a random tap opened (About, a ring's) is closed first: it covers the buttons.
   * A button still covered (a 60-minute run once met one) is a tap that missed, not an
   * error of the exhibit: that visitor does something else.
   */
  const openPanel = async (selector: string) => {
    for (let i = 0; i < 3 && (await page.locator('[role=dialog]').count()); i++) {
      await page.keyboard.press('Escape')
      await page.waitForTimeout(300)
    }
    const button = page.locator(selector).first()
    if (!(await button.isVisible())) return
    try {
      await button.tap({ timeout: 5000 })
    } catch {
      return
    }
    await page.waitForTimeout(1500)
    await page.keyboard.press('Escape')
    if (selector.includes('controls-help') && (await page.locator('#controls-help').count())) await button.tap()
  }
  const firstPanelOpen = () =>
    page.evaluate(
      (id) => location.hash.endsWith(`/${id}`) && !!document.querySelector('[role=dialog] .panel-body'),
      HIGHLIGHTS[0]!,
    )
  const tapSomewhere = () =>
    page.touchscreen.tap(Math.round(size.width * (0.1 + 0.8 * rnd())), Math.round(size.height * (0.2 + 0.5 * rnd())))
  const rows: SoakRow[] = []
  let visits = 0
  let resets = 0
  let nextRow = Infinity
  const wait = async (ms: number) => {
    const until = Date.now() + ms
    while (Date.now() < until) {
      await page.waitForTimeout(Math.min(500, Math.max(0, until - Date.now())))
      if (Date.now() >= nextRow) {
        // Measured in the same state each minute: just after a reset, the attract loop's
        // first panel open at the front of the train (a panel open at one minute and not
        // the next would look like growth).
        // A touch first: during the attract loop there is no idle time left to pass. The
        // panel stays open for the tour's dwell only (2 s): a measurement it outlasted
        // (a busy machine) is made again after another reset.
        let figures: Awaited<ReturnType<typeof measure>> | undefined
        for (let attempt = 0; attempt < 5 && !figures; attempt++) {
          await tapSomewhere()
          await pass('idle')
          await pass('countdown')
          resets++
          await page.waitForFunction((id) => location.hash.endsWith(`/${id}`), HIGHLIGHTS[0]!, { timeout: 90_000 })
          await page.getByRole('dialog').first().waitFor()
          await page.waitForTimeout(500)
          const m = await measure(page, cdp)
          if (await firstPanelOpen()) figures = m
        }
        if (!figures) throw new Error('soak: the attract loop never held its first panel open through a measurement')
        const row = { minute: rows.length + 1, ...figures, visits, resets, errors: errors.length }
        rows.push(row)
        onRow(row)
        nextRow += 60_000
      }
      if (rows.length >= minutes) return
    }
  }
  // Warm-up, not measured: each panel once, then the attract loop once round the whole
  // train, uninterrupted, so that every room's models and the outsides are loaded (kept
  // for the page, and counted once) before minute 1.
  for (const selector of PANELS) await openPanel(selector)
  await pass('idle')
  await pass('countdown')
  resets++
  const last = HIGHLIGHTS[HIGHLIGHTS.length - 1]!
  await page.waitForFunction((id) => location.hash.endsWith(`/${id}`), last, { timeout: 600_000, polling: 200 })
  await page.waitForFunction((id) => location.hash.endsWith(`/${id}`), HIGHLIGHTS[0]!, {
    timeout: 600_000,
    polling: 200,
  })
  nextRow = Date.now() + 60_000
  while (rows.length < minutes) {
    await wait(5_000 + rnd() * 25_000) // the attract loop, until someone comes
    if (rows.length >= minutes) break
    visits++
    await tapSomewhere() // ends the attract loop: a fresh visit where it stood
    const actions = 1 + Math.floor(rnd() * 4)
    for (let i = 0; i < actions && rows.length < minutes; i++) {
      const r = rnd()
      if (r < 0.3) await tapSomewhere()
      else if (r < 0.45) await openPanel(PANELS[Math.floor(rnd() * PANELS.length)]!)
      else if (r < 0.7) {
        // Not wait(): a minute's reset and measurement must not fall while the key is held.
        await page.keyboard.down('KeyW')
        await page.waitForTimeout(500 + rnd() * 1500)
        await page.keyboard.up('KeyW')
      } else await page.keyboard.press(r < 0.85 ? 'ArrowLeft' : 'Escape')
      await wait(500 + rnd() * 3000)
    }
    await pass('idle') // they walk away: "Are you still there?"
    await wait(300 + rnd() * 1000)
    if (rnd() < 0.25) {
      await tapSomewhere() // someone was still there after all
      await wait(1000 + rnd() * 3000)
      await pass('idle')
    }
    await pass('countdown')
    resets++
  }
  await cdp.detach()
  return rows
}

/** How far each figure strays from minute 1 at most, in percent (what must stay within 10). */
export function drift(
  rows: readonly SoakRow[],
): Record<'heapMB' | 'nodes' | 'listeners' | 'geometries' | 'textures' | 'programs', number> {
  const first = rows[0]
  const keys = ['heapMB', 'nodes', 'listeners', 'geometries', 'textures', 'programs'] as const
  const out = {} as Record<(typeof keys)[number], number>
  for (const k of keys)
    out[k] = first ? Math.max(0, ...rows.map((r) => (first[k] ? ((r[k] - first[k]) / first[k]) * 100 : 0))) : 0
  return out
}

export function formatRows(rows: readonly SoakRow[]): string {
  const head = 'min  heap MB  nodes  all nodes  listeners  geometries  textures  programs  visits  resets  errors'
  const line = (r: SoakRow) =>
    [
      String(r.minute).padStart(3),
      r.heapMB.toFixed(2).padStart(8),
      String(r.nodes).padStart(6),
      String(r.allNodes).padStart(10),
      String(r.listeners).padStart(10),
      String(r.geometries).padStart(11),
      String(r.textures).padStart(9),
      String(r.programs).padStart(9),
      String(r.visits).padStart(7),
      String(r.resets).padStart(7),
      String(r.errors).padStart(7),
    ].join(' ')
  return [head, ...rows.map(line)].join('\n')
}
