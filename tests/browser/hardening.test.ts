import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import tours from '../../src/content/tours.json'
import { canvasVariety, idleFor, openTrain, settle } from './setup/page'
import { useChromium } from './setup/suite'

const SMALL = { width: 960, height: 540 }

/** Records every distinct place the visitor stands (to the centimetre), each frame. */
async function trackSteps(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const seen: string[] = []
    ;(window as unknown as { __steps: string[] }).__steps = seen
    const step = () => {
      const p = window.__TAEYANGHO__!.pose()
      const at = `${p.x.toFixed(2)},${p.z.toFixed(2)}`
      if (seen[seen.length - 1] !== at) seen.push(at)
      requestAnimationFrame(step)
    }
    step()
  })
  return () => page.evaluate(() => (window as unknown as { __steps: string[] }).__steps.length)
}

describe('a broken entry costs only itself', () => {
  const { browser, baseUrl } = useChromium()

  /** The build's own hotspots with `office-map` sent to a carriage that does not exist. */
  const breakOfficeMap = async (page: Page) => {
    await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
      const js = await (await route.fetch()).text()
      const at = /id:(`|")office-map\1,carriage:(`|")office\2/g
      const found = js.match(at)?.length ?? 0
      if (found !== 1) throw new Error(`expected office-map's entry once in the bundle, found ${found}`)
      await route.fulfill({
        contentType: 'text/javascript',
        body: js.replace(at, 'id:`office-map`,carriage:`piano-car`'),
      })
    })
  }

  it('keeps both tours with their other stops, and the attract loop moving', async () => {
    const warnings: string[] = []
    const { page, errors } = await openTrain(browser(), baseUrl, '?kiosk&dwell=1&tourSpeed=4#/meeting', SMALL, {
      serviceWorkers: 'block',
      before: async (p) => {
        await breakOfficeMap(p)
        p.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()))
      },
    })
    expect(warnings.join('\n')).toContain('piano-car')
    expect(await page.locator('[data-hotspot=office-map]').count()).toBe(0)
    await page.getByRole('button', { name: 'Take the tour' }).click()
    for (const t of tours) expect(await page.locator(`[data-tour=${t.id}]`).count(), t.id).toBe(1)
    await page.keyboard.press('Escape')
    // The attract loop skips the broken stop and walks on through the train.
    await idleFor(page, 'idle')
    await idleFor(page, 'countdown')
    await page.waitForSelector('[data-testid=attract]', { timeout: 5000 })
    const highlights = tours.find((t) => t.id === 'highlights')!.stops.filter((s) => s !== 'office-map')
    const seen = new Set<string>()
    const t0 = Date.now()
    while (seen.size < 2 && Date.now() - t0 < 60_000) {
      const open = new URL(page.url()).hash.split('/')[2]
      if (open) seen.add(open)
      await page.waitForTimeout(200)
    }
    expect(
      [...seen].every((s) => highlights.includes(s)),
      [...seen].join(),
    ).toBe(true)
    expect(seen.size).toBeGreaterThanOrEqual(2)
    expect(errors).toEqual([])
  })
})

describe('reduced motion', () => {
  const { browser, baseUrl } = useChromium()

  it('a guided tour cuts from stop to stop instead of gliding', async () => {
    const ctx = await browser().newContext({ viewport: SMALL, reducedMotion: 'reduce' })
    const { page } = await openTrain(ctx as never, baseUrl, '?dwell=30#/meeting', SMALL)
    const steps = await trackSteps(page)
    await page.getByRole('button', { name: 'Take the tour' }).click()
    await page.locator('[data-tour=highlights]').click()
    const [first, second] = tours.find((t) => t.id === 'highlights')!.stops
    await page.waitForFunction((id) => location.hash.endsWith(`/${id}`), first, { timeout: 10_000 })
    await page.getByRole('button', { name: 'Next' }).click()
    await page.waitForFunction((id) => location.hash.endsWith(`/${id}`), second, { timeout: 10_000 })
    await settle(page)
    // Where the visitor stood, the first stop, the second: a glide would pass through dozens.
    expect(await steps()).toBeLessThanOrEqual(4)
    expect(await canvasVariety(page)).toBeGreaterThan(40)
    await ctx.close()
  })

  it('the attract loop cuts too', async () => {
    const ctx = await browser().newContext({ viewport: SMALL, reducedMotion: 'reduce', hasTouch: true })
    const { page } = await openTrain(ctx as never, baseUrl, '?kiosk&dwell=1#/meeting', SMALL)
    const steps = await trackSteps(page)
    await idleFor(page, 'idle')
    await idleFor(page, 'countdown')
    await page.waitForSelector('[data-testid=attract]', { timeout: 5000 })
    const stops: string[] = []
    const t0 = Date.now()
    while (stops.length < 3 && Date.now() - t0 < 60_000) {
      const open = new URL(page.url()).hash.split('/')[2]
      if (open && stops[stops.length - 1] !== open) stops.push(open)
      await page.waitForTimeout(100)
    }
    expect(stops.length).toBe(3)
    // The reset's jump to the front, then one place per stop (a little slack for the hand-over).
    expect(await steps()).toBeLessThanOrEqual(stops.length + 4)
    await ctx.close()
  })
})

describe('the small ones', () => {
  const { browser, baseUrl } = useChromium()

  it('rebuilding the canvas ten times leaves no heap or DOM behind', { timeout: 240_000 }, async () => {
    const { page, errors } = await openTrain(browser(), baseUrl, '#/office', SMALL)
    const cdp = await page.context().newCDPSession(page)
    const rebuild = async () => {
      await page.evaluate(() => {
        ;(window.__TAEYANGHO__ as { old?: boolean }).old = true
        window.__TAEYANGHO__!.rebuild()
      })
      // The new canvas puts in a hook of its own when it has drawn.
      await page.waitForFunction(
        () => !(window.__TAEYANGHO__ as { old?: boolean }).old && !document.querySelector('.loader, #boot'),
        null,
        { timeout: 60_000 },
      )
      await settle(page)
    }
    const measure = async () => {
      await cdp.send('HeapProfiler.collectGarbage')
      await cdp.send('HeapProfiler.collectGarbage')
      const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }
      const dom = (await cdp.send('Memory.getDOMCounters')) as { nodes: number; jsEventListeners: number }
      return { mb: heap.usedSize / 1048576, nodes: dom.nodes, listeners: dom.jsEventListeners }
    }
    // Warm-up: V8's optimised code for the scene's build, and the rooms' outsides cache,
    // fill in over the first rebuilds and then stop (a few hundred KB, not a leak).
    for (let i = 0; i < 10; i++) await rebuild()
    const before = await measure()
    for (let i = 0; i < 10; i++) await rebuild()
    const after = await measure()
    console.log(`rebuild x10: before ${JSON.stringify(before)}, after ${JSON.stringify(after)}`)
    expect(after.nodes).toBeLessThanOrEqual(before.nodes)
    expect(after.listeners).toBeLessThanOrEqual(before.listeners)
    // 0.27 MB a rebuild leaked before; what is left is noise well under that for ten.
    expect(after.mb - before.mb).toBeLessThan(0.8)
    expect(await canvasVariety(page)).toBeGreaterThan(40)
    expect(errors).toEqual([])
  })

  it('keeps the pixel ratio in its bounds whatever ?dpr= says', async () => {
    const { page } = await openTrain(browser(), baseUrl, '?dpr=0.00001#/office', SMALL)
    const width = await page.evaluate(
      () => document.querySelector<HTMLCanvasElement>('.scene canvas')!.getContext('webgl2')!.drawingBufferWidth,
    )
    expect(width).toBeGreaterThanOrEqual(Math.floor(SMALL.width * 0.6))
    expect(await canvasVariety(page)).toBeGreaterThan(40)
    await page.close()
  })

  it('drops an unknown hotspot from the URL, at load and when the hash is edited in place', async () => {
    const { page } = await openTrain(browser(), baseUrl, '#/office/no-such-ring', SMALL)
    expect(new URL(page.url()).hash).toBe('#/office')
    await page.evaluate(() => (location.hash = '#/office/another-unknown'))
    await page.waitForFunction(() => location.hash === '#/office', null, { timeout: 5000 })
    await page.close()
  })
})
