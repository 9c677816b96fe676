import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import kioskJson from '../../src/content/kiosk.json'
import tours from '../../src/content/tours.json'
import { CARRIAGE_IDS } from '../../src/carriages/registry'
import { canvasVariety, idleFor, openTrain, pushStick, settle } from './setup/page'
import { useChromium } from './setup/suite'

const SMALL = { width: 960, height: 540 }
const carriageOf = (page: Page) => new URL(page.url()).hash.split('/')[1] ?? ''

describe('touch and kiosk', () => {
  const { browser, baseUrl } = useChromium()

  it('dragging the joystick forward walks into the next carriage', async () => {
    const ctx = await browser().newContext({ viewport: SMALL, hasTouch: true, isMobile: true })
    const { page } = await openTrain(ctx as never, baseUrl, '#/cars-1', SMALL)
    const release = await pushStick(page)
    await page.waitForFunction(() => location.hash.startsWith('#/cars-2'), null, { timeout: 60_000, polling: 100 })
    await release()
    expect(carriageOf(page)).toBe('cars-2')
    await ctx.close()
  })

  it('an idle kiosk counts down, resets, runs the attract tour on its own, and a touch ends it', async () => {
    const ctx = await browser().newContext({ viewport: SMALL, hasTouch: true })
    const { page, errors } = await openTrain(
      ctx as never,
      baseUrl,
      '?kiosk&dwell=1&tourSpeed=3#/restaurant/restaurant-wine',
      SMALL,
    )
    await page.getByRole('button', { name: '中文' }).click()
    expect(page.url()).toContain('#/restaurant/restaurant-wine')
    // The idle clock driven, not raced: a busy machine cannot reset before the click.
    await idleFor(page, 'idle')
    await page.waitForSelector('[role=alertdialog]', { timeout: 5000 })
    await idleFor(page, 'countdown')
    await page.waitForSelector('[data-testid=attract]', { timeout: 5000 })
    // The reset: default language, nothing discovered, back at the front.
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(kioskJson.defaultLang)
    expect(await page.getByTestId('discovered').textContent()).toMatch(/^0 of /)
    const seen: string[] = []
    const t0 = Date.now()
    while (seen.length < 3 && Date.now() - t0 < 90_000) {
      const c = carriageOf(page)
      if (c && seen[seen.length - 1] !== c) seen.push(c)
      await page.waitForTimeout(250)
    }
    expect(seen.slice(0, 3)).toEqual(CARRIAGE_IDS.slice(0, 3))
    await page.touchscreen.tap(SMALL.width / 2, SMALL.height / 3)
    await page.waitForSelector('[data-testid=attract]', { state: 'detached', timeout: 5000 })
    const where = carriageOf(page)
    await page.waitForTimeout(2000)
    expect(carriageOf(page)).toBe(where)
    expect(await page.getByRole('dialog').count()).toBe(0)
    expect(errors).toEqual([])
    await ctx.close()
  })

  it('a visitor’s guided tour walks to each stop, shows its panel, and can be paused, skipped and ended', async () => {
    const { page } = await openTrain(browser(), baseUrl, '?dwell=30&tourSpeed=3#/office', SMALL)
    await page.getByRole('button', { name: 'Take the tour' }).click()
    await page.locator('[data-tour=highlights]').click()
    await page.waitForFunction(() => location.hash === '#/office/office-map', null, { timeout: 30_000 })
    expect(await page.locator('.tour-progress').textContent()).toMatch(
      new RegExp(`^Stop 1 of ${tours[0]!.stops.length}`),
    )
    await page.getByRole('button', { name: 'Next' }).click()
    await page.waitForFunction(() => location.hash === '#/comms/comms-radios', null, { timeout: 30_000 })
    await page.getByRole('button', { name: 'Pause' }).click()
    expect(await page.getByRole('button', { name: 'Resume' }).getAttribute('aria-pressed')).toBe('true')
    await page.getByRole('button', { name: 'End tour' }).click()
    expect(await page.locator('.tour-bar').count()).toBe(0)
    expect(await page.getByRole('dialog').count()).toBe(0)
    await page.close()
  })
})

describe('robustness', () => {
  const { browser, baseUrl } = useChromium()

  it('still shows the train after a reload with the network cut', async () => {
    const ctx = await browser().newContext({ viewport: SMALL })
    const { page } = await openTrain(ctx as never, baseUrl, '#/meeting', SMALL)
    const controlled = await page.evaluate(async () => {
      await navigator.serviceWorker.ready
      for (let i = 0; i < 100 && !navigator.serviceWorker.controller; i++) await new Promise((r) => setTimeout(r, 100))
      return !!navigator.serviceWorker.controller
    })
    expect(controlled).toBe(true)
    await ctx.setOffline(true)
    await page.reload()
    await page.waitForFunction(() => !!window.__TAEYANGHO__ && !document.querySelector('.loader, #boot'), null, {
      timeout: 60_000,
    })
    await settle(page)
    expect(await page.getByTestId('carriage-name').textContent()).toBe('Meeting car')
    expect(await canvasVariety(page)).toBeGreaterThan(40)
    await ctx.close()
  })

  it('draws the train again after the WebGL context is lost and restored', async () => {
    const { page, errors } = await openTrain(browser(), baseUrl, '#/office', SMALL)
    const before = await page.evaluate(() => window.__TAEYANGHO__!.info())
    await page.evaluate(() => {
      const gl = document.querySelector<HTMLCanvasElement>('.scene canvas')!.getContext('webgl2')!
      const ext = gl.getExtension('WEBGL_lose_context')!
      ;(window as unknown as { __lose: WEBGL_lose_context }).__lose = ext
      ext.loseContext()
    })
    await page.waitForSelector('.context-notice', { timeout: 5000 })
    await page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext())
    await page.waitForSelector('.context-notice', { state: 'detached', timeout: 10_000 })
    await settle(page)
    expect(await canvasVariety(page)).toBeGreaterThan(40)
    const after = await page.evaluate(() => window.__TAEYANGHO__!.info())
    expect(after.calls).toBe(before.calls)
    expect(errors.filter((e) => !/context/i.test(e))).toEqual([])
    await page.close()
  })
})
