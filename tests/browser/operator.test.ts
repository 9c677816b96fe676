import { mkdirSync, readFileSync, readdirSync } from 'node:fs'
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import pkg from '../../package.json'
import en from '../../src/content/i18n/en/ui.json'
import { DIST } from './setup/dist'
import { DEFAULT_PIN, VIEWPORT, openTrain } from './setup/page'
import { useChromium } from './setup/suite'

/** The PIN a fresh install ships with (README, "The operator PIN"). */

const WRONG_PIN = '111111'
const SHOTS = 'artifacts/screenshots/operator'
const OPERATOR_KEY = 'taeyangho-operator'

/** A two-second press in the top-left corner opens the PIN pad. */
async function openPad(page: Page): Promise<Locator> {
  await page.mouse.move(10, 10)
  await page.mouse.down()
  await page.waitForTimeout(2300)
  await page.mouse.up()
  const pad = page.getByRole('dialog', { name: en['ui.operator'] })
  await pad.waitFor({ timeout: 5000 })
  return pad
}

const key = (pad: Locator, d: string) => pad.getByRole('button', { name: d, exact: true })

/** Types a PIN and presses Enter, as a person would: a disabled key takes nothing. */
async function enter(pad: Locator, pin: string): Promise<void> {
  for (const d of pin) await key(pad, d).click({ force: true, timeout: 5000 })
  await key(pad, en['ui.enter']).click({ force: true, timeout: 5000 })
}

/** The answer to a try: checking first (PBKDF2 takes a few hundred ms), then what it says. */
async function answer(pad: Locator): Promise<string> {
  const page = pad.page()
  await page.waitForFunction(
    (checking) => !document.querySelector('[role=dialog]')?.textContent?.includes(checking),
    en['ui.pinChecking'],
    { timeout: 15_000, polling: 50 },
  )
  return (await pad.textContent()) ?? ''
}

const menuOpen = async (page: Page) =>
  (await page.getByRole('dialog', { name: en['ui.operator'] }).getByRole('button', { name: en['ui.reload'] }).count()) >
  0

/** The default PIN's digits anywhere near the word pin. */
const NEAR_PIN = new RegExp(`pin[\\s\\S]{0,200}${DEFAULT_PIN}|${DEFAULT_PIN}[\\s\\S]{0,200}pin`, 'i')
const lockedText = new RegExp(en['ui.pinLocked'].replace('{n}', '(\\d+)'))

describe('the operator PIN', () => {
  const { browser, baseUrl } = useChromium()

  it('is not in the built JS: neither the default PIN nor any pin in plain text', () => {
    const dir = `${DIST}/assets`
    const files = readdirSync(dir).filter((f) => f.endsWith('.js'))
    expect(files.length).toBeGreaterThan(0)
    for (const f of files) {
      const js = readFileSync(`${dir}/${f}`, 'utf8')
      // `"pin":"…"` as JSON, or `pin:"…"`/pin:`…` as the minifier writes an object key with a string.
      expect(js.match(/(?:^|[{,;\s])["'`]?pin["'`]?\s*:\s*["'`][^"'`]*["'`]/i)?.[0], f).toBeUndefined()
      expect(js, f).not.toMatch(new RegExp(`["'\`]${DEFAULT_PIN}["'\`]`))
      expect(js.match(NEAR_PIN)?.[0], f).toBeUndefined()
    }
  })

  it('refuses a wrong PIN; five lock the pad with a countdown, even to the right PIN, and a reload keeps the lock', async () => {
    const ctx = await browser().newContext({ viewport: VIEWPORT })
    const { page, errors } = await openTrain(ctx as never, baseUrl, '?kiosk#/office', VIEWPORT)
    let pad = await openPad(page)
    await enter(pad, WRONG_PIN)
    expect(await answer(pad)).toContain(en['ui.wrongPin'])
    for (let i = 2; i <= 5; i++) {
      expect(await key(pad, '1').isDisabled(), `before try ${i}`).toBe(false)
      await enter(pad, WRONG_PIN)
      await answer(pad)
    }
    const locked = (await pad.textContent())?.match(lockedText)
    expect(locked, 'a countdown after five wrong tries').toBeTruthy()
    expect(Number(locked![1])).toBeGreaterThan(20)
    expect(Number(locked![1])).toBeLessThanOrEqual(30)
    for (const d of [...'0123456789', en['ui.enter']]) expect(await key(pad, d).isDisabled(), d).toBe(true)
    mkdirSync(SHOTS, { recursive: true })
    await page.screenshot({ path: `${SHOTS}/locked-pad.png` })
    // It counts down.
    await page.waitForTimeout(2100)
    expect(Number((await pad.textContent())?.match(lockedText)?.[1])).toBeLessThan(Number(locked![1]))
    // The right PIN, tapped while locked, opens nothing.
    await enter(pad, DEFAULT_PIN)
    await page.waitForTimeout(1500)
    expect(await menuOpen(page)).toBe(false)
    expect(await pad.textContent()).toMatch(lockedText)

    await page.reload()
    await page.waitForFunction(() => !!window.__TAEYANGHO__ && !document.querySelector('.loader, #boot'), null, {
      timeout: 90_000,
    })
    pad = await openPad(page)
    expect(await pad.textContent(), 'the lock outlasts a reload').toMatch(lockedText)
    expect(await key(pad, en['ui.enter']).isDisabled()).toBe(true)
    await enter(pad, DEFAULT_PIN)
    await page.waitForTimeout(1500)
    expect(await menuOpen(page)).toBe(false)
    expect(errors).toEqual([])
    await ctx.close()
  })

  it('opens the menu on the right PIN; an idle time out of range is refused with a message and nothing stored', async () => {
    const ctx = await browser().newContext({ viewport: VIEWPORT })
    const { page, errors } = await openTrain(ctx as never, baseUrl, '?kiosk#/office', VIEWPORT)
    const pad = await openPad(page)
    await enter(pad, DEFAULT_PIN)
    const menu = page.getByRole('dialog', { name: en['ui.operator'] })
    await menu.getByRole('button', { name: en['ui.reload'] }).waitFor({ timeout: 15_000 })
    expect(await menu.textContent()).toContain(pkg.version)

    const stored = () => page.evaluate((k) => localStorage.getItem(k), OPERATOR_KEY)
    const before = await stored()
    const field = menu.getByLabel(en['ui.idleSeconds'])
    const save = field.locator('xpath=..').getByRole('button', { name: en['ui.save'] })
    expect(await field.getAttribute('min')).toBe('10')
    expect(await field.getAttribute('max')).toBe('3600')
    const refused = en['ui.idleRange'].replace('{min}', '10').replace('{max}', '3600')
    for (const typed of ['99999999', '9']) {
      await field.fill(typed)
      await save.click()
      expect(await menu.textContent(), typed).toContain(refused)
      expect(await stored(), typed).toBe(before)
    }
    // A figure within bounds is kept, and the message goes.
    await field.fill('600')
    await save.click()
    expect(await menu.textContent()).not.toContain(refused)
    expect(JSON.parse((await stored())!).state.overrides.idleSeconds).toBe(600)
    expect(errors).toEqual([])
    await ctx.close()
  })

  it('?kiosk&idle=1&countdown=1 runs at the bounds: 10 s idle, a 5 s countdown', async () => {
    const ctx = await browser().newContext({ viewport: VIEWPORT })
    const { page } = await openTrain(ctx as never, baseUrl, '?kiosk&idle=1&countdown=1#/office', VIEWPORT)
    const pad = await openPad(page)
    await enter(pad, DEFAULT_PIN)
    const menu = page.getByRole('dialog', { name: en['ui.operator'] })
    await menu.getByRole('button', { name: en['ui.reload'] }).waitFor({ timeout: 15_000 })
    expect(await menu.getByLabel(en['ui.idleSeconds']).inputValue()).toBe('10')
    await menu.getByRole('button', { name: en['ui.close'] }).click()
    const quietFrom = Date.now()
    await page.waitForSelector('[role=alertdialog]', { timeout: 30_000 })
    expect(Date.now() - quietFrom, 'ms before "Are you still there?"').toBeGreaterThan(8000)
    // The largest figure the countdown shows is its length.
    const shown = await page.evaluate(async () => {
      let most = 0
      const t0 = performance.now()
      while (document.querySelector('[role=alertdialog]') && performance.now() - t0 < 20_000) {
        const n = Number(document.getElementById('starting-over')?.textContent?.match(/\d+/)?.[0] ?? 0)
        most = Math.max(most, n)
        await new Promise((r) => setTimeout(r, 50))
      }
      return { most, lasted: performance.now() - t0 }
    })
    expect(shown.most).toBe(5)
    expect(shown.lasted).toBeGreaterThan(3500)
    await ctx.close()
  })
})
