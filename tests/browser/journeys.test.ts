import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import journeys from '../../src/content/journeys.json'
import zhJourneys from '../../src/content/i18n/zh/journeys.json'
import zhUi from '../../src/content/i18n/zh/ui.json'
import { captureCanvas, frames, framesFrom, openTrain, settle } from './setup/page'
import { useChromium } from './setup/suite'

const SIZE = { width: 1280, height: 720 }

/** Share of sampled canvas pixels that changed since the last call (the first call keeps a shot and returns 0). */
async function changedSinceLast(page: Page, keepLast = false): Promise<number> {
  await captureCanvas(page)
  return page.evaluate((keepLast) => {
    const w = window as unknown as { __shot: Uint8ClampedArray; __prev?: Uint8ClampedArray }
    const prev = w.__prev
    if (!keepLast || !prev) w.__prev = w.__shot
    if (!prev) return 0
    let changed = 0
    let n = 0
    for (let i = 0; i < prev.length; i += 4 * 31) {
      n++
      const d = Math.abs(prev[i]! - w.__shot[i]!) + Math.abs(prev[i + 1]! - w.__shot[i + 1]!)
      if (d > 24) changed++
    }
    return changed / n
  }, keepLast)
}

/**
 * The greatest share of the view changed since the last shot taken without `keepLast`,
 * over up to `tries` shots 20 frames apart: the countryside repeats, so one shot can land where a passing stretch
 * looks much like the one before, however far the train went.
 */
async function mostChanged(page: Page, over: number, tries = 6): Promise<number> {
  let most = 0
  for (let i = 0; i < tries && most <= over; i++) {
    if (i > 0) {
      await framesFrom(page, await frames(page), 20)
    }
    most = Math.max(most, await changedSinceLast(page, true))
  }
  return most
}

/** The camera's height and roll, sampled over `ms`: their spread. */
async function swaySpread(page: Page, ms = 1500): Promise<number> {
  return page.evaluate(async (ms) => {
    const ys: number[] = []
    const rolls: number[] = []
    const t0 = performance.now()
    while (performance.now() - t0 < ms) {
      const c = window.__TAEYANGHO__!.camera()
      ys.push(c.y)
      rolls.push(c.roll)
      await new Promise((r) => requestAnimationFrame(r))
    }
    const spread = (a: number[]) => Math.max(...a) - Math.min(...a)
    return spread(ys) + spread(rolls)
  }, ms)
}

/** Faces the office's window on the platform side, so the passing countryside fills much of the view. */
const faceWindow = (page: Page) =>
  page.evaluate(() => {
    const p = window.__TAEYANGHO__!.pose()
    window.__TAEYANGHO__!.place(p.x, 0, Math.PI, -0.05)
  })

describe('journeys', () => {
  const { browser, baseUrl } = useChromium()

  it('the map lists every reported journey, draws the routes, and keeps the chosen one in the link', async () => {
    const { page, errors } = await openTrain(browser(), baseUrl, '#/journeys', SIZE)
    await page.waitForSelector('[data-testid=journey-map] svg.journey-map path.geo-land')
    const years = await page.$$eval('.journey-list button', (b) => b.map((x) => Number(x.textContent!.slice(0, 4))))
    for (const y of [2001, 2019, 2020, 2022, 2023, 2024, 2025]) expect(years).toContain(y)
    expect(years.length).toBe(journeys.journeys.length)
    const routed = journeys.journeys.filter((j) => 'legs' in j).map((j) => j.id)
    for (const id of routed) expect(await page.locator(`svg.journey-map [data-journey="${id}"] path`).count()).toBe(2)
    // The journeys with no reported place are shown on North Korea itself, with their years.
    expect(await page.locator('svg.journey-inset .geo-inside-label').textContent()).toBe('2020, 2022')
    await page.click('.journey-list [data-journey=hanoi-2019]')
    await page.waitForFunction(() => location.hash === '#/journey/hanoi-2019')
    expect(await page.getByTestId('journey-detail').textContent()).toContain('two and a half days')
    await page.keyboard.press('Escape')
    await page.waitForFunction(() => location.hash === '#/office')
    // A link to one journey opens the map at it.
    await page.goto(baseUrl + '#/journey/moscow-2001')
    await page.waitForSelector('[data-testid=journey-detail]')
    expect(await page.locator('[data-ride]').count()).toBe(0)
    expect(await page.getByTestId('journey-detail').textContent()).toContain('20,000 km')
    // In Chinese, sentences set one after the other take no space, and a label a full-width colon.
    await page.goto(baseUrl + '?lang=zh#/journey/moscow-2001')
    await page.waitForSelector('[data-testid=journey-detail]')
    const zh = zhJourneys as Record<string, string>
    expect(await page.locator('.journey-detail h3').textContent()).toBe(`2001：${zh['journey.moscow-2001.title']}`)
    expect(await page.locator('.journey-detail p.reconstructed').first().textContent()).toBe(
      zh['ui.journeys.approximate']! + zh['journey.moscow-2001.reconstructed']!,
    )
    expect(await page.locator('.journey-detail p.sources').textContent()).toMatch(
      new RegExp(`^${(zhUi as Record<string, string>)['ui.sources']}：The Independent`),
    )
    expect(errors).toEqual([])
    await page.close()
  })

  it('riding the 2025 trip moves the train; the Chinese border changes the locomotive; stopping rests the loop', async () => {
    const { page, errors } = await openTrain(browser(), baseUrl, '#/journey/beijing-2025', SIZE)
    await page.click('[data-ride=beijing-2025]')
    await page.waitForSelector('[data-testid=ride-clock]')
    await faceWindow(page)
    const f0 = await page.evaluate(() => window.__TAEYANGHO__!.frames())
    const clock0 = await page.getByTestId('ride-clock').textContent()
    await changedSinceLast(page)
    // The loop keeps drawing while the train moves: 20 frames, however slow the machine.
    // A frame moves the train by its time, capped at 0.1 s, so with at least 2 s gone
    // as well the countryside has moved by about 2 s of riding whatever the frame rate.
    const t0 = Date.now()
    await framesFrom(page, f0, 20)
    await page.waitForTimeout(Math.max(0, 2000 - (Date.now() - t0)))
    expect(await page.getByTestId('ride-clock').textContent()).not.toBe(clock0)
    expect(await mostChanged(page, 0.02), 'share of the view that changed').toBeGreaterThan(0.02)
    expect(await swaySpread(page)).toBeGreaterThan(0.002)
    // North Korea's stretch, then the Chinese border: a Chinese locomotive takes over.
    expect(await page.getByTestId('ride-loco').getAttribute('data-loco')).toBe('home')
    await page.waitForSelector('[data-testid=ride-border]', { timeout: 60_000 })
    expect(await page.getByTestId('ride-loco').getAttribute('data-loco')).toBe('df11z')
    expect(await page.getByTestId('ride-network').textContent()).toContain('80 km/h')
    await page.click('[data-testid=ride-stop]')
    await page.waitForSelector('.ride-hud', { state: 'detached' })
    await settle(page)
    const still = await page.evaluate(() => window.__TAEYANGHO__!.frames())
    await page.waitForTimeout(1500)
    expect(await page.evaluate(() => window.__TAEYANGHO__!.frames())).toBe(still)
    expect(errors).toEqual([])
    await page.close()
  })

  it('with reduced motion the camera does not sway, and the countryside still passes', async () => {
    const ctx = await browser().newContext({ viewport: SIZE, reducedMotion: 'reduce' })
    const { page, errors } = await openTrain(ctx as never, baseUrl, '#/journey/uiju-2024', SIZE)
    await page.click('[data-ride=uiju-2024]')
    await page.waitForSelector('[data-testid=ride-clock]')
    await faceWindow(page)
    await changedSinceLast(page)
    expect(await swaySpread(page)).toBe(0)
    expect(await changedSinceLast(page)).toBeGreaterThan(0.002)
    expect(errors).toEqual([])
    await ctx.close()
  })
})
