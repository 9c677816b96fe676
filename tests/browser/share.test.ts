import { mkdirSync } from 'node:fs'
import jsQR from 'jsqr'
import type { Browser, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { LANG_NAMES } from '../../src/content/i18n'
import type { Lang } from '../../src/content/schema'
import en from '../../src/content/i18n/en/ui.json'
import ko from '../../src/content/i18n/ko/ui.json'
import zh from '../../src/content/i18n/zh/ui.json'
import enSpots from '../../src/content/i18n/en/hotspots.json'
import koSpots from '../../src/content/i18n/ko/hotspots.json'
import zhSpots from '../../src/content/i18n/zh/hotspots.json'
import { DEFAULT_PIN, decodePng, idleFor, openTrain } from './setup/page'
import { useChromium } from './setup/suite'

/** Screenshots land here (git-ignored) for a person to look at. */
const SHOTS = 'artifacts/screenshots/share'
const KIOSK = { width: 960, height: 540 }
const PHONE = { width: 390, height: 844 }
const PUBLIC = 'http://exhibit.example/taeyangho/'
const PLACE = '#/restaurant/restaurant-wine'
const UI: Record<Lang, Record<string, string>> = { en, ko, zh }
const WINE: Record<Lang, string> = {
  en: enSpots['hotspot.restaurant-wine.title'],
  ko: koSpots['hotspot.restaurant-wine.title'],
  zh: zhSpots['hotspot.restaurant-wine.title'],
}
const kioskAt = (lang: Lang, publicUrl: string | null = PUBLIC) =>
  `?kiosk${publicUrl === null ? '' : `&publicUrl=${encodeURIComponent(publicUrl)}`}&lang=${lang}${PLACE}`

/**
 * What a phone's camera would read off the screen: the page's screenshot, decoded to RGBA
 * in a page of its own (Chromium reads the PNG), then read by jsQR here.
 */
async function readQr(browser: Browser, page: Page): Promise<string | null> {
  const png = await page.screenshot()
  const decoder = await browser.newPage()
  const { width, height } = await decodePng(decoder, png)
  const rgba = await decoder.evaluate(() => {
    const bytes = new Uint8Array((window as unknown as { __shot: Uint8ClampedArray }).__shot.buffer)
    let bin = ''
    for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
    return btoa(bin)
  })
  await decoder.close()
  return jsQR(new Uint8ClampedArray(Buffer.from(rgba, 'base64')), width, height)?.data ?? null
}

describe('take the visit home', () => {
  const { browser, baseUrl } = useChromium()
  mkdirSync(SHOTS, { recursive: true })

  it('a kiosk’s QR code reads as the public link of this room, panel and language, and the link opens them', async () => {
    const ctx = await browser().newContext({ viewport: KIOSK, hasTouch: true })
    const { page, errors } = await openTrain(ctx as never, baseUrl, kioskAt('ko'), KIOSK)
    await page.getByRole('dialog', { name: WINE.ko }).waitFor()
    await page.getByRole('button', { name: ko['ui.share.phone'] }).click()
    const qr = page.getByRole('dialog', { name: ko['ui.share.phone'] })
    await qr.waitFor()
    // The focus moves into it, as into the other panels.
    expect(await qr.evaluate((el) => el.contains(document.activeElement))).toBe(true)
    const expected = `${PUBLIC}?lang=ko${PLACE}`
    expect(await qr.getByTestId('share-link').textContent()).toBe(expected)
    const box = (await qr.getByRole('img', { name: ko['ui.share.qrLabel'] }).boundingBox())!
    expect(box.width).toBeGreaterThanOrEqual(240)
    expect(box.y + box.height).toBeLessThanOrEqual(KIOSK.height)
    const read = await readQr(browser(), page)
    expect(read).toBe(expected)
    expect(read).not.toMatch(/kiosk|publicUrl/)

    // Escape closes the QR code only: the panel it was made for stays open.
    await page.keyboard.press('Escape')
    await qr.waitFor({ state: 'detached' })
    expect(await page.getByRole('dialog', { name: WINE.ko }).isVisible()).toBe(true)
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-phone-button'))
    expect(errors).toEqual([])
    await ctx.close()

    // The visitor's phone: the same room, panel and language, and no kiosk.
    const phone = await browser().newContext({ viewport: PHONE, hasTouch: true, isMobile: true })
    const home = await openTrain(phone as never, read!.replace(PUBLIC, baseUrl), '', PHONE)
    expect(new URL(home.page.url()).hash).toBe(PLACE)
    expect(await home.page.getByRole('dialog', { name: WINE.ko }).isVisible()).toBe(true)
    expect(await home.page.evaluate(() => document.documentElement.lang)).toBe('ko')
    expect(await home.page.evaluate(() => document.documentElement.classList.contains('kiosk'))).toBe(false)
    expect(await home.page.getByRole('button', { name: ko['ui.share.share'] }).isVisible()).toBe(true)
    expect(home.errors).toEqual([])
    await phone.close()
  })

  it('follows the visitor’s language while it shows, in English, Korean and Chinese', async () => {
    const ctx = await browser().newContext({ viewport: KIOSK, hasTouch: true })
    const { page, errors } = await openTrain(ctx as never, baseUrl, kioskAt('en'), KIOSK)
    await page.getByRole('button', { name: en['ui.share.phone'] }).click()
    for (const lang of ['en', 'ko', 'zh'] as const) {
      await page.getByRole('button', { name: LANG_NAMES[lang] }).click()
      const qr = page.getByRole('dialog', { name: UI[lang]['ui.share.phone'] })
      await qr.waitFor()
      const expected = `${PUBLIC}?lang=${lang}${PLACE}`
      expect(await qr.getByTestId('share-link').textContent()).toBe(expected)
      await page.screenshot({ path: `${SHOTS}/qr-${lang}.png` })
      expect(await readQr(browser(), page), lang).toBe(expected)
    }
    expect(errors).toEqual([])
    await ctx.close()
  })

  it('fits a phone-sized kiosk screen, and still reads', async () => {
    const ctx = await browser().newContext({ viewport: PHONE, hasTouch: true, isMobile: true })
    const { page } = await openTrain(ctx as never, baseUrl, kioskAt('zh'), PHONE)
    await page.getByRole('button', { name: zh['ui.share.phone'] }).click()
    const qr = page.getByRole('dialog', { name: zh['ui.share.phone'] })
    await qr.waitFor()
    const dialog = (await qr.boundingBox())!
    expect(dialog.x).toBeGreaterThanOrEqual(0)
    expect(dialog.y).toBeGreaterThanOrEqual(0)
    expect(dialog.x + dialog.width).toBeLessThanOrEqual(PHONE.width)
    expect(dialog.y + dialog.height).toBeLessThanOrEqual(PHONE.height)
    const code = (await qr.getByRole('img').boundingBox())!
    expect(code.width).toBeGreaterThanOrEqual(240)
    await page.screenshot({ path: `${SHOTS}/qr-zh-phone.png` })
    expect(await readQr(browser(), page)).toBe(`${PUBLIC}?lang=zh${PLACE}`)
    await ctx.close()
  })

  it('a kiosk reset closes the QR code', async () => {
    const ctx = await browser().newContext({ viewport: KIOSK, hasTouch: true })
    const { page } = await openTrain(ctx as never, baseUrl, kioskAt('ko'), KIOSK)
    await page.getByRole('button', { name: ko['ui.share.phone'] }).click()
    const qr = page.getByRole('dialog', { name: ko['ui.share.phone'] })
    await qr.waitFor()
    await idleFor(page, 'idle')
    await idleFor(page, 'countdown')
    await page.waitForSelector('[data-testid=attract]', { timeout: 5000 })
    expect(await qr.count()).toBe(0)
    await ctx.close()
  })

  it('shows no phone button on a kiosk without a public address, nor for one given without ?kiosk', async () => {
    const ctx = await browser().newContext({ viewport: KIOSK, hasTouch: true })
    const { page } = await openTrain(ctx as never, baseUrl, kioskAt('en', null), KIOSK)
    expect(await page.getByRole('button', { name: en['ui.about'] }).isVisible()).toBe(true)
    expect(await page.getByRole('button', { name: en['ui.share.phone'] }).count()).toBe(0)
    expect(await page.getByRole('button', { name: en['ui.share.share'] }).count()).toBe(0)
    await page.goto(`${baseUrl}?publicUrl=${encodeURIComponent(PUBLIC)}${PLACE}`)
    await page.getByRole('button', { name: en['ui.share.share'] }).waitFor()
    expect(await page.getByRole('button', { name: en['ui.share.phone'] }).count()).toBe(0)
    await ctx.close()
  })

  it('an operator sets the public address from the menu; it is kept, and a wrong one is refused', async () => {
    const ctx = await browser().newContext({ viewport: KIOSK })
    const { page } = await openTrain(ctx as never, baseUrl, kioskAt('en', null), KIOSK)
    await page.mouse.move(10, 10)
    await page.mouse.down()
    await page.waitForTimeout(2300)
    await page.mouse.up()
    const menu = page.getByRole('dialog', { name: en['ui.operator'] })
    for (const d of DEFAULT_PIN) await menu.getByRole('button', { name: d, exact: true }).click()
    await menu.getByRole('button', { name: en['ui.enter'] }).click()
    const field = menu.getByLabel(en['ui.share.publicUrl'])
    const save = field.locator('xpath=..').getByRole('button', { name: en['ui.save'] })
    await field.fill('javascript:alert(1)')
    await save.click()
    expect(await menu.getByTestId('public-url-status').textContent()).toBe(en['ui.share.invalid'])
    expect(await page.getByRole('button', { name: en['ui.share.phone'] }).count()).toBe(0)
    await field.fill(PUBLIC)
    await save.click()
    expect(await menu.getByTestId('public-url-status').textContent()).toBe(
      en['ui.share.current'].replace('{url}', PUBLIC),
    )
    await page.getByRole('button', { name: en['ui.share.phone'] }).waitFor()
    // Kept on this kiosk, with the operator's other settings.
    await page.reload()
    await page.getByRole('button', { name: en['ui.share.phone'] }).click()
    const qr = page.getByRole('dialog', { name: en['ui.share.phone'] })
    expect(await qr.getByTestId('share-link').textContent()).toBe(`${PUBLIC}?lang=en${PLACE}`)
    await ctx.close()
  })

  it('on the web, Share copies the page’s link and says so', async () => {
    const ctx = await browser().newContext({ viewport: KIOSK })
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin })
    const { page, errors } = await openTrain(ctx as never, baseUrl, '?lang=zh#/comms/comms-radios', KIOSK)
    // Chromium on Linux has no share sheet: the link is copied.
    expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined')
    const status = page.getByRole('status').filter({ hasText: zh['ui.share.copied'] })
    expect(await status.count()).toBe(0)
    await page.getByRole('button', { name: zh['ui.share.share'] }).click()
    await status.waitFor()
    await page.screenshot({ path: `${SHOTS}/web-copied-zh.png` })
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toBe(page.url())
    expect(new URL(copied).hash).toBe('#/comms/comms-radios')
    expect(new URL(copied).searchParams.get('lang')).toBe('zh')
    expect(errors).toEqual([])
    await ctx.close()
  })
})
