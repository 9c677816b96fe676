import { describe, expect, it } from 'vitest'
import hotspots from '../../src/content/hotspots.json'
import tours from '../../src/content/tours.json'
import { CARRIAGE_IDS } from '../../src/carriages/registry'
import { openTrain } from './setup/page'
import { useChromium } from './setup/suite'

const LOOPS = 3
const SMALL = { width: 640, height: 360 }

/**
 * Runs the kiosk's attract loop through the whole train several times and checks that
 * nothing accumulates: GPU geometries and textures stay at the same count, and the JS
 * heap (after garbage collection) stays flat. Prints the figures.
 */
describe('soak', () => {
  const { browser, baseUrl } = useChromium()

  it(
    `keeps GPU resources and the JS heap flat over ${LOOPS} attract loops through the train`,
    { timeout: 600_000 },
    async () => {
      const { page, errors } = await openTrain(
        browser(),
        baseUrl,
        '?kiosk&idle=1&countdown=1&dwell=0.5&tourSpeed=4#/office',
        SMALL,
      )
      const cdp = await page.context().newCDPSession(page)
      await cdp.send('HeapProfiler.enable')
      const measure = async () => {
        await cdp.send('HeapProfiler.collectGarbage')
        const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }
        const info = await page.evaluate(() => window.__TAEYANGHO__!.info())
        return { heapMB: +(heap.usedSize / 1048576).toFixed(2), geometries: info.geometries, textures: info.textures }
      }
      await page.waitForSelector('[data-testid=attract]', { timeout: 30_000 })
      const stops = tours.find((t) => t.id === 'highlights')!.stops
      const last = hotspots.find((h) => h.id === stops[stops.length - 1])!.carriage
      /** Waits for the loop to reach its last room and come back to the first. */
      const oneLoop = async () => {
        await page.waitForFunction((c) => location.hash.startsWith(`#/${c}`), last, { timeout: 180_000, polling: 200 })
        await page.waitForFunction((c) => location.hash.startsWith(`#/${c}`), CARRIAGE_IDS[0], {
          timeout: 180_000,
          polling: 200,
        })
      }
      const t0 = Date.now()
      await oneLoop() // warm-up: every carriage, panel and font has now been shown once
      const start = await measure()
      for (let i = 0; i < LOOPS; i++) await oneLoop()
      const end = await measure()
      const minutes = ((Date.now() - t0) / 60000).toFixed(1)
      console.log(
        `soak: ${LOOPS + 1} loops in ${minutes} min; start ${JSON.stringify(start)}; end ${JSON.stringify(end)}`,
      )
      expect(end.geometries).toBe(start.geometries)
      expect(end.textures).toBe(start.textures)
      expect(end.heapMB).toBeLessThan(start.heapMB * 1.15 + 1)
      expect(errors).toEqual([])
      await page.close()
    },
  )
})
