import { describe, expect, it } from 'vitest'
import { CARRIAGES, SLOTS, carriageIndex } from '../../src/carriages/registry'
import en from '../../src/content/i18n/en/ui.json'
import { HOTSPOTS } from '../../src/hotspots'
import { openTrain, pose, settle } from './setup/page'
import { useChromium } from './setup/suite'

const NAMES = CARRIAGES.map((c) => (en as Record<string, string>)[c.nameKey]!)

/** The map of the whole train: every room on it, where the visitor is, and a room a tap away. */
describe('map', () => {
  const { browser, baseUrl } = useChromium()

  it('shows every room with what is left to discover, marks where the visitor is, and goes to a room on click', async () => {
    const { page, errors } = await openTrain(browser(), baseUrl, '#/restaurant')
    await page.getByRole('button', { name: en['ui.map'], exact: true }).click()
    const map = page.getByRole('dialog', { name: en['ui.map.title'] })
    await map.waitFor()
    const rooms = map.locator('[data-map-room]:not([data-map-room="platform"])')
    expect(await rooms.count()).toBe(CARRIAGES.length)
    for (const [i, name] of NAMES.entries()) await expect(rooms.nth(i).textContent()).resolves.toContain(name)
    // The restaurant is current, with the visitor's marker in its plan and nowhere else.
    const here = map.locator('[aria-current="location"]')
    await expect(here.getAttribute('data-map-room')).resolves.toBe('restaurant')
    expect(await map.locator('.map-me').count()).toBe(1)
    expect(await here.locator('.map-me').count()).toBe(1)
    // Nothing discovered yet: every hotspot of the train is on the map, gold.
    // Every marker inside the train (a panel homed on the platform keeps one in its room).
    expect(await map.locator('.map-hotspot:not(.seen)').count()).toBe(
      HOTSPOTS.filter((h) => h.carriageIndex >= 0).length,
    )
    const perRoom = HOTSPOTS.filter((h) => h.carriage === 'medical').length
    await expect(map.locator('[data-map-room="medical"] .map-status').textContent()).resolves.toBe(
      en['ui.map.toFind'].replace('{n}', String(perRoom)),
    )
    // The furniture from above: the restaurant's tables stand in its plan.
    expect(await here.locator('.map-furniture').count()).toBeGreaterThan(4)
    await page.screenshot({ path: 'artifacts/map-desktop.png' })

    await map.locator('[data-map-room="bedroom"]').click()
    await page.waitForFunction(() => location.hash === '#/bedroom')
    await settle(page)
    await expect(page.getByTestId('carriage-name').textContent()).resolves.toBe('Bedroom')
    expect(await page.getByRole('dialog', { name: en['ui.map.title'] }).count()).toBe(0)
    const { x } = await pose(page)
    const slot = SLOTS[carriageIndex('bedroom')]!
    expect(x).toBeGreaterThan(slot.start)
    expect(x).toBeLessThan(slot.end)
    expect(errors).toEqual([])
    await page.close()
  })

  it('works by keyboard: Tab reaches a room, Enter goes there, Escape closes', async () => {
    const { page, errors } = await openTrain(browser(), baseUrl, '#/office')
    await page.getByRole('button', { name: en['ui.map'], exact: true }).focus()
    await page.keyboard.press('Enter')
    const map = page.getByRole('dialog', { name: en['ui.map.title'] })
    await map.waitFor()
    // The focus moved into the map; the walk keys do nothing while it is open.
    const before = await pose(page)
    await page.keyboard.down('KeyW')
    await page.waitForTimeout(300)
    await page.keyboard.up('KeyW')
    expect(await pose(page)).toEqual(before)
    let reached = ''
    for (let i = 0; i < 8 && reached !== 'comms'; i++) {
      await page.keyboard.press('Tab')
      reached = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.mapRoom ?? '')
    }
    expect(reached).toBe('comms')
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => location.hash === '#/comms')
    await page.getByRole('button', { name: en['ui.map'], exact: true }).click()
    await map.waitFor()
    await page.keyboard.press('Escape')
    await expect(map.count()).resolves.toBe(0)
    expect(page.url()).toMatch(/#\/comms$/)
    expect(errors).toEqual([])
    await page.close()
  })

  it('fits a 390 px phone, every room reachable by touch', async () => {
    const PHONE = { width: 390, height: 844 }
    const ctx = await browser().newContext({ viewport: PHONE, hasTouch: true, isMobile: true })
    const { page, errors } = await openTrain(ctx as never, baseUrl, '#/guards', PHONE)
    await page.getByRole('button', { name: en['ui.map'], exact: true }).tap()
    const map = page.getByRole('dialog', { name: en['ui.map.title'] })
    await map.waitFor()
    const overflow = await page.evaluate(() =>
      [...document.querySelectorAll('[data-map-room]')].map((e) => e.getBoundingClientRect().right),
    )
    expect(Math.max(...overflow)).toBeLessThanOrEqual(PHONE.width)
    await page.screenshot({ path: 'artifacts/map-phone.png' })
    const last = map.locator(`[data-map-room="${CARRIAGES.at(-1)!.id}"]`)
    await last.scrollIntoViewIfNeeded()
    await last.tap()
    await page.waitForFunction((id) => location.hash === `#/${id}`, CARRIAGES.at(-1)!.id)
    expect(errors).toEqual([])
    await ctx.close()
  })
})
