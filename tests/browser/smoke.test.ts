import { chromium } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import en from '../../src/content/i18n/en/ui.json'
import { CARRIAGE_IDS } from '../../src/carriages/registry'
import { CHROMIUM_ARGS, findChromium } from './setup/chromium'
import { canvasVariety, openTrain, pose, settle } from './setup/page'
import { useChromium } from './setup/suite'

const ORDER = CARRIAGE_IDS.map((id) => (en as Record<string, string>)[`carriage.${id}.name`])

describe('the walkthrough loads', () => {
  const { browser, baseUrl } = useChromium()

  it('shows the first carriage with no console errors, on a drawn canvas', async () => {
    const { page, errors } = await openTrain(browser(), baseUrl)
    expect(page.url()).toMatch(/#\/office$/)
    await expect(page.getByTestId('carriage-name').textContent()).resolves.toBe('Office')
    expect(await canvasVariety(page)).toBeGreaterThan(40)
    expect(errors).toEqual([])
    await page.close()
  })

  it('lists every room in train order, says the order is ours, and jumps to one from the list', async () => {
    const { page, errors } = await openTrain(browser(), baseUrl)
    expect(ORDER).toHaveLength(10)
    expect(await page.locator('.reconstruction-note').textContent()).toContain('not their order')
    const nav = page.getByRole('navigation', { name: 'Rooms' })
    const buttons = nav.getByRole('button')
    expect((await buttons.allTextContents()).map((t) => t.replace(/^\d+/, ''))).toEqual(ORDER)
    await nav.getByRole('button', { name: 'Restaurant car' }).click()
    await page.waitForFunction(() => location.hash === '#/restaurant')
    await expect(page.getByTestId('carriage-name').textContent()).resolves.toBe('Restaurant car')
    await expect(nav.getByRole('button', { name: 'Restaurant car' }).getAttribute('aria-current')).resolves.toBe(
      'location',
    )
    expect(errors).toEqual([])
    await page.close()
  })

  it('draws no frames while the visitor stands still', async () => {
    const { page } = await openTrain(browser(), baseUrl)
    const before = await page.evaluate(() => window.__TAEYANGHO__!.frames())
    await page.waitForTimeout(1500)
    const after = await page.evaluate(() => window.__TAEYANGHO__!.frames())
    expect(after - before).toBe(0)
    await page.close()
  })

  it('walks to a point on the floor when it is clicked', async () => {
    const { page } = await openTrain(browser(), baseUrl, '#/meeting')
    const start = await pose(page)
    // Low in the middle of the view is the walkway, a few metres ahead.
    await page.mouse.click(660, 500)
    await page.waitForFunction((x0) => window.__TAEYANGHO__!.pose().x > x0 + 1, start.x, { timeout: 30_000 })
    await settle(page)
    const end = await pose(page)
    expect(end.x - start.x).toBeGreaterThan(1)
    await page.close()
  })
})

describe('without WebGL', () => {
  it('says so instead of showing a blank page', async () => {
    const b = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, '--disable-3d-apis'] })
    try {
      const page = await b.newPage()
      await page.goto(inject('baseUrl'))
      await expect(page.getByRole('alert').textContent()).resolves.toMatch(/cannot show the 3D train/)
      expect(await page.locator('canvas').count()).toBe(0)
    } finally {
      await b.close()
    }
  })
})
