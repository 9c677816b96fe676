import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { CARRIAGE_IDS } from '../../src/carriages/registry'
import { CHROMIUM_ARGS, findChromium } from './setup/chromium'
import { canvasVariety, idleFor, openTrain, settle } from './setup/page'
import { useChromium } from './setup/suite'

const SMALL = { width: 960, height: 540 }
const ready = (page: Page) =>
  page.waitForFunction(() => !!window.__TAEYANGHO__ && !document.querySelector('.loader, #boot'), null, {
    timeout: 90_000,
  })

/** A visitor's few minutes: walk into the next room, open a ring, change language. */
async function walkIt(page: Page): Promise<void> {
  await page.keyboard.down('Shift')
  await page.keyboard.down('KeyW')
  await page.waitForFunction((next) => location.hash.startsWith(`#/${next}`), CARRIAGE_IDS[1], {
    timeout: 60_000,
    polling: 100,
  })
  await page.keyboard.up('KeyW')
  await page.keyboard.up('Shift')
  await page.goto(page.url().split('#')[0] + '#/meeting/meeting-couches')
  await page.getByRole('dialog').first().waitFor({ timeout: 10_000 })
  await page.getByRole('button', { name: '한국어' }).click()
  await page.waitForFunction(() => document.documentElement.lang === 'ko')
  await settle(page)
  expect(await canvasVariety(page)).toBeGreaterThan(40)
}

describe('storage that can fail', () => {
  const { browser, baseUrl } = useChromium()

  it('a fresh profile with site data blocked opens the exhibit, walks it, and a kiosk keeps its cycle', async () => {
    // Chromium's own setting, as a locked-down kiosk profile has it: touching
    // localStorage or sessionStorage then throws a SecurityError.
    const dir = mkdtempSync(join(tmpdir(), 'taeyangho-blocked-'))
    mkdirSync(join(dir, 'Default'))
    writeFileSync(
      join(dir, 'Default', 'Preferences'),
      JSON.stringify({ profile: { default_content_setting_values: { cookies: 2 } } }),
    )
    const ctx = await chromium.launchPersistentContext(dir, {
      executablePath: findChromium(),
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: SMALL,
    })
    try {
      const page = ctx.pages()[0] ?? (await ctx.newPage())
      const errors: string[] = []
      page.on('pageerror', (e) => errors.push(String(e)))
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
      await page.goto(baseUrl + '#/office')
      const blocked = await page.evaluate(() => {
        try {
          localStorage.getItem('x')
          return false
        } catch {
          return true
        }
      })
      expect(blocked, 'the profile blocks storage').toBe(true)
      await ready(page)
      await walkIt(page)
      // A kiosk on the same profile: the operator's settings cannot be kept, the cycle runs.
      await page.goto(baseUrl + '?kiosk#/office')
      await ready(page)
      await idleFor(page, 'idle')
      await page.waitForSelector('[role=alertdialog]', { timeout: 10_000 })
      await idleFor(page, 'countdown')
      await page.waitForSelector('[data-testid=attract]', { timeout: 10_000 })
      expect(errors).toEqual([])
    } finally {
      await ctx.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('starts normally whatever was stored, and says which key it reset', async () => {
    // The last field says whether the whole entry is reset (a warning), or only checked
    // field by field (the operator's settings: a bad field is dropped, a number clamped).
    const junk: [area: 'local' | 'session', key: string, value: string, warns: boolean][] = [
      ['session', 'taeyangho-visited', '{"state":{"visited":5},"version":0}', true],
      ['session', 'taeyangho-visited', '{"state":{"visited":[1,null]}}', true],
      ['session', 'taeyangho-visited', 'not json', true],
      ['local', 'taeyangho-operator', 'null', true],
      ['local', 'taeyangho-operator', '{"state":null,"version":1}', true],
      ['local', 'taeyangho-operator', '{"state":{"overrides":null},"version":1}', false],
      ['local', 'taeyangho-operator', '{"state":{"overrides":{"idleSeconds":-100}},"version":1}', false],
      ['local', 'taeyangho-operator', '{"state":{"overrides":{"idleSeconds":"soon"}},"version":1}', false],
    ]
    for (const [area, key, value, warns] of junk) {
      const ctx = await browser().newContext({ viewport: SMALL })
      await ctx.addInitScript(
        ({ area, key, value }) => {
          // Only before the first load: the page's own writes must stick after.
          if (sessionStorage.getItem('test-seeded')) return
          sessionStorage.setItem('test-seeded', '1')
          ;(area === 'local' ? localStorage : sessionStorage).setItem(key, value)
        },
        { area, key, value },
      )
      const warnings: string[] = []
      const { page, errors } = await openTrain(ctx as never, baseUrl, '?kiosk#/office/office-map', SMALL, {
        before: async (p) => void p.on('console', (m) => m.type() === 'warning' && warnings.push(m.text())),
      })
      expect(errors, value).toEqual([])
      expect(await page.getByRole('dialog').count(), value).toBe(1)
      expect(await page.getByTestId('discovered').textContent(), value).toMatch(/^1 of /)
      if (warns) expect(warnings.join('\n'), value).toContain(`"${key}"`)
      const idle = await page.evaluate(() => window.__KIOSK__!.config().idleSeconds)
      expect(idle, value).toBeGreaterThanOrEqual(10)
      await ctx.close()
    }
  })
})
