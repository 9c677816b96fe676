import { describe, expect, it } from 'vitest'
import { saloon } from '../../src/carriages/kit/shells/saloon'
import { VISITOR } from '../../src/train/dimensions'
import { CARRIAGE_IDS } from '../../src/carriages/registry'
import { hold, openTrain, pose, settle } from './setup/page'
import { useChromium } from './setup/suite'

/** A smaller window draws faster in software WebGL; walking speed does not depend on it. */
const SMALL = { width: 800, height: 450 }

describe('walking the train', () => {
  const { browser, baseUrl } = useChromium()

  it('holding forward walks from the first carriage to the last, through every one in order', async () => {
    const { page, errors } = await openTrain(browser(), baseUrl, '#/office', SMALL)
    await page.evaluate(() => {
      const seen: string[] = [location.hash]
      ;(window as unknown as { __seen: string[] }).__seen = seen
      setInterval(() => {
        if (seen[seen.length - 1] !== location.hash) seen.push(location.hash)
      }, 40)
    })
    const t0 = Date.now()
    await page.keyboard.down('Shift')
    await page.keyboard.down('KeyW')
    await page.waitForFunction(
      (last) => location.hash === `#/${last}` && window.__TAEYANGHO__!.pose().x > 0,
      CARRIAGE_IDS[CARRIAGE_IDS.length - 1],
      { timeout: 100_000, polling: 100 },
    )
    await page.waitForTimeout(1500)
    await page.keyboard.up('KeyW')
    await page.keyboard.up('Shift')
    const seconds = (Date.now() - t0) / 1000
    const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen)
    expect(seen).toEqual(CARRIAGE_IDS.map((id) => `#/${id}`))
    await settle(page)
    // Stopped by the closed door at the back, not through it.
    const end = await pose(page)
    expect(end.x).toBeGreaterThan(0)
    expect(errors).toEqual([])
    console.log(`walked the train at running speed in ${seconds.toFixed(1)} s of wall time`)
    await page.close()
  })

  it('does not let the visitor through a side wall', async () => {
    const { page } = await openTrain(browser(), baseUrl, '#/restaurant', SMALL)
    // Turn to face the right-hand wall and keep walking into it.
    await page.keyboard.down('ArrowRight')
    await page.waitForFunction(() => window.__TAEYANGHO__!.pose().yaw < -Math.PI + 0.05, null, { polling: 20 })
    await page.keyboard.up('ArrowRight')
    // On a busy machine the turn overshoots; facing the wall squarely, strafing slides
    // along it, never toward the door in the end wall.
    await page.evaluate(() => {
      const p = window.__TAEYANGHO__!.pose()
      window.__TAEYANGHO__!.place(p.x, p.z, -Math.PI, 0)
    })
    await hold(page, ['KeyW'], 2500)
    await hold(page, ['KeyD'], 1500)
    await settle(page)
    const p = await pose(page)
    expect(Math.abs(p.z)).toBeLessThanOrEqual(saloon.halfWidth - VISITOR.radius + 1e-3)
    expect(page.url()).toMatch(/#\/restaurant$/)
    await page.close()
  })
})
