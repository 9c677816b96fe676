import { describe, expect, it } from 'vitest'
import en from '../../src/content/i18n/en/ui.json'
import ko from '../../src/content/i18n/ko/ui.json'
import { canvasVariety, openTrain, pose, pushStick, settle } from './setup/page'
import { useChromium } from './setup/suite'

/** Places in links: the platform (reserved, a notice for now) and places that do not exist. */
describe('places', () => {
  const { browser, baseUrl } = useChromium()

  it('#/platform shows the platform’s notice, in the visitor’s language, and boards at the front', async () => {
    const { page, errors } = await openTrain(browser(), baseUrl, '#/platform')
    const notice = page.getByRole('region', { name: en['ui.platform.title'] })
    await expect(notice.textContent()).resolves.toContain(en['ui.platform.body'])
    expect(page.url()).toMatch(/#\/platform$/)
    await expect(page.getByTestId('carriage-name').textContent()).resolves.toBe(en['ui.platform.title'])
    // No room is current, and the platform has no hotspots yet.
    expect(await page.locator('.carriage-nav [aria-current]').count()).toBe(0)
    expect(await page.locator('.marker').count()).toBe(0)
    await page.getByRole('button', { name: '한국어' }).click()
    await expect(page.getByRole('region', { name: ko['ui.platform.title'] }).isVisible()).resolves.toBe(true)
    await page.getByRole('button', { name: ko['ui.platform.board'] }).click()
    await page.waitForFunction(() => location.hash === '#/office')
    await settle(page)
    expect(await page.getByTestId('platform').count()).toBe(0)
    expect(await canvasVariety(page)).toBeGreaterThan(40)
    expect(errors).toEqual([])
    await page.close()
  })

  it('a jump to the platform leaves the camera where it is, and the place stays the platform', async () => {
    const { page, errors } = await openTrain(browser(), baseUrl, '#/meeting')
    const before = await pose(page)
    await page.evaluate(() => (location.hash = '#/platform'))
    await page.getByTestId('platform').waitFor()
    await settle(page)
    expect(await pose(page)).toEqual(before)
    // Keys do not walk there: nothing to walk in yet.
    await page.keyboard.down('KeyW')
    await page.waitForTimeout(400)
    await page.keyboard.up('KeyW')
    await settle(page)
    expect(await pose(page)).toEqual(before)
    expect(page.url()).toMatch(/#\/platform$/)
    expect(errors).toEqual([])
    await page.close()
  })

  it('the thumb stick does not move the hidden camera at the platform', async () => {
    const SMALL = { width: 960, height: 540 }
    const ctx = await browser().newContext({ viewport: SMALL, hasTouch: true, isMobile: true })
    const { page, errors } = await openTrain(ctx as never, baseUrl, '#/platform', SMALL)
    const before = await pose(page)
    const release = await pushStick(page)
    await page.waitForTimeout(800)
    await release()
    await settle(page)
    expect(await pose(page)).toEqual(before)
    expect(page.url()).toMatch(/#\/platform$/)
    expect(errors).toEqual([])
    await ctx.close()
  })

  it('a link to a place that does not exist lands at the front of the train', async () => {
    const { page, errors } = await openTrain(browser(), baseUrl, '#/nowhere')
    expect(page.url()).toMatch(/#\/office$/)
    await expect(page.getByTestId('carriage-name').textContent()).resolves.toBe('Office')
    expect(await page.getByTestId('platform').count()).toBe(0)
    expect(errors).toEqual([])
    await page.close()
  })
})
