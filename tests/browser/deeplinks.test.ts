import { mkdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import en from '../../src/content/i18n/en/ui.json'
import { CARRIAGES, SLOTS } from '../../src/carriages/registry'
import { canvasVariety, openTrain, pose } from './setup/page'
import { useChromium } from './setup/suite'

/** Screenshots land here (git-ignored) for a person to look at. */
const SHOTS = 'artifacts/screenshots'

/** Budgets for one carriage view, neighbours seen through the doors included. */
const MAX_DRAW_CALLS = 60
const MAX_TRIANGLES = 150_000

describe('deep links', () => {
  const { browser, baseUrl } = useChromium()
  mkdirSync(SHOTS, { recursive: true })

  const NAMES = en as Record<string, string>

  it.each(CARRIAGES.map((c, i) => [c.id, NAMES[`carriage.${c.id}.name`], i] as const))(
    '#/%s opens in that carriage',
    async (id, name, i) => {
      const { page, errors } = await openTrain(browser(), baseUrl, `#/${id}`)
      expect(page.url()).toMatch(new RegExp(`#/${id}$`))
      await expect(page.getByTestId('carriage-name').textContent()).resolves.toBe(name)
      const p = await pose(page)
      expect(p.x).toBeGreaterThan(SLOTS[i]!.start)
      expect(p.x).toBeLessThan(SLOTS[i]!.end)
      expect(await canvasVariety(page)).toBeGreaterThan(40)
      const info = await page.evaluate(() => window.__TAEYANGHO__!.info())
      expect(info.calls, `${id}: draw calls`).toBeLessThanOrEqual(MAX_DRAW_CALLS)
      expect(info.triangles, `${id}: triangles`).toBeLessThanOrEqual(MAX_TRIANGLES)
      await page.screenshot({ path: `${SHOTS}/${id}.png` })
      expect(errors).toEqual([])
      await page.close()
    },
  )

  it('sends an unknown carriage to the front of the train', async () => {
    const { page } = await openTrain(browser(), baseUrl, '#/no-such-carriage')
    expect(page.url()).toMatch(/#\/office$/)
    await page.close()
  })

  it('jumps when the hash is edited by hand', async () => {
    const { page } = await openTrain(browser(), baseUrl, '#/office')
    await page.evaluate(() => (location.hash = '#/cars-2'))
    await page.waitForFunction(
      () => document.querySelector('[data-testid=carriage-name]')?.textContent === 'Car transport II',
    )
    const p = await pose(page)
    expect(p.x).toBeGreaterThan(SLOTS[SLOTS.length - 1]!.start)
    await page.close()
  })
})
