import { mkdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import hotspots from '../../src/content/hotspots.json'
import en from '../../src/content/i18n/en/hotspots.json'
import { CARRIAGE_IDS } from '../../src/carriages/registry'
import { openTrain, pose, settle } from './setup/page'
import { useChromium } from './setup/suite'

const TEXT = en as Record<string, string>
const SHOTS = 'artifacts/screenshots/hotspots'

/** Markers the visitor can see now: shown by the scene and inside the window. */
function visibleMarkers(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.marker')]
      .filter((m) => {
        if (m.dataset.hidden !== 'false') return false
        const r = m.getBoundingClientRect()
        return r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight
      })
      .map((m) => m.dataset.hotspot!),
  )
}

describe('hotspots', () => {
  const { browser, baseUrl } = useChromium()
  mkdirSync(SHOTS, { recursive: true })

  it.each(CARRIAGE_IDS.map((id) => [id]))('shows at least 3 markers from the spawn of %s', async (id) => {
    const { page, errors } = await openTrain(browser(), baseUrl, `#/${id}`)
    const seen = await visibleMarkers(page)
    expect(seen.length, `${id}: ${seen.join(', ')}`).toBeGreaterThanOrEqual(3)
    // Each is marked in this room: its home, or a room it is also marked in.
    for (const h of seen) {
      const data = hotspots.find((x) => x.id === h)!
      expect([data.carriage, ...(data.also ?? []).map((a) => a.carriage)], h).toContain(id)
    }
    expect(errors).toEqual([])
    await page.close()
  })

  it('shows the markers again on coming back to a carriage', async () => {
    const { page } = await openTrain(browser(), baseUrl, '#/office')
    const first = await visibleMarkers(page)
    await page.locator('[data-carriage=meeting]').click()
    await page.waitForFunction(() => location.hash === '#/meeting')
    await settle(page)
    await page.locator('[data-carriage=office]').click()
    await page.waitForFunction(() => location.hash === '#/office')
    await settle(page)
    expect(await visibleMarkers(page)).toEqual(first)
    expect(first.length).toBeGreaterThanOrEqual(3)
    await page.close()
  })

  it('Tab reaches a marker, Enter opens its dialog naming its source, Escape closes it and focus returns', async () => {
    const { page } = await openTrain(browser(), baseUrl, '#/meeting')
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-hotspot'))
    expect(focused).toBe('meeting-couches')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-haspopup'))).toBe('dialog')
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog')
    await expect(dialog.getByRole('heading').first().textContent()).resolves.toBe(TEXT['hotspot.meeting-couches.title'])
    expect(await dialog.textContent()).toContain('The Independent')
    expect(await dialog.textContent()).toContain('How we know')
    await page.waitForFunction(() => location.hash === '#/meeting/meeting-couches')
    expect(await page.getByTestId('discovered').textContent()).toMatch(/^1 of \d+ discovered$/)
    await page.keyboard.press('Escape')
    expect(await page.getByRole('dialog').count()).toBe(0)
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-hotspot') === 'meeting-couches')
    await page.waitForFunction(() => location.hash === '#/meeting')
    expect(await page.locator('[data-hotspot=meeting-couches]').getAttribute('data-visited')).toBe('true')
    await page.close()
  })

  it('ignores walking keys while a panel is open', async () => {
    const { page } = await openTrain(browser(), baseUrl, '#/restaurant/restaurant-wine')
    await settle(page)
    const before = await pose(page)
    await page.keyboard.down('KeyW')
    await page.waitForTimeout(800)
    await page.keyboard.up('KeyW')
    await settle(page)
    const after = await pose(page)
    expect(after.x).toBeCloseTo(before.x, 6)
    expect(after.z).toBeCloseTo(before.z, 6)
    await page.close()
  })

  it('shows Korean text and lang="ko" with ?lang=ko, with the Korean font loaded', async () => {
    const { page } = await openTrain(browser(), baseUrl, '?lang=ko#/office/office-map')
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ko')
    const body = await page.getByTestId('hotspot-body').textContent()
    expect(body).toMatch(/[\uac00-\ud7a3]/)
    expect(await page.getByRole('dialog').textContent()).toContain('출처')
    // The bundled subset serves the Hangul on this panel even where the system has none.
    const faces = await page.evaluate(
      async (text) => (await document.fonts.load('16px "Noto Sans KR"', text)).length,
      body!.slice(0, 40),
    )
    expect(faces).toBeGreaterThan(0)
    await page.close()
  })

  it('redraws the office map’s place names in the visitor’s language', async () => {
    const { page } = await openTrain(browser(), baseUrl, '#/office/office-map', { width: 640, height: 360 })
    /**
     * Draws the view and reads it back from the canvas; the first call keeps it, later ones
     * return the share of pixels that differ from it.
     */
    const changedSinceFirst = () =>
      page.evaluate(() => {
        const w = window as unknown as { __first?: Uint8Array }
        const t = window.__TAEYANGHO__!
        t.view(t.pose().yaw, t.pose().pitch)
        const gl = document.querySelector<HTMLCanvasElement>('.scene canvas')!.getContext('webgl2')!
        const px = new Uint8Array(gl.drawingBufferWidth * gl.drawingBufferHeight * 4)
        gl.readPixels(0, 0, gl.drawingBufferWidth, gl.drawingBufferHeight, gl.RGBA, gl.UNSIGNED_BYTE, px)
        const a = (w.__first ??= px)
        let n = 0
        for (let i = 0; i < a.length; i += 4)
          if (Math.abs(a[i]! - px[i]!) + Math.abs(a[i + 1]! - px[i + 1]!) + Math.abs(a[i + 2]! - px[i + 2]!) > 40) n++
        return n / (a.length / 4)
      })
    expect(await changedSinceFirst()).toBe(0)
    expect(await changedSinceFirst(), 'the same frame twice').toBe(0)
    await page.getByRole('button', { name: '한국어' }).click()
    let changed = 0
    for (let i = 0; i < 40 && changed < 0.0003; i++) {
      await page.waitForTimeout(150)
      changed = await changedSinceFirst()
    }
    // Only the labels change: a small part of the frame (the map is a few per cent of it), but never none.
    expect(changed).toBeGreaterThan(0.0003)
    expect(changed).toBeLessThan(0.1)
    await page.close()
  })

  it('names Korean and Chinese on the switcher in fonts that have their letters, on an English page', async () => {
    const { page } = await openTrain(browser(), baseUrl, '#/office', { width: 640, height: 360 })
    await page.evaluate(() => document.fonts.ready)
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('DOM.enable')
    await cdp.send('CSS.enable')
    const { root } = await cdp.send('DOM.getDocument')
    for (const lang of ['ko', 'zh-Hans']) {
      const { nodeId } = await cdp.send('DOM.querySelector', {
        nodeId: root.nodeId,
        selector: `.languages button[lang="${lang}"]`,
      })
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
      // The bundled Noto, or a system CJK font: never a Latin font drawing empty boxes.
      for (const f of fonts)
        expect(
          f.isCustomFont || /Noto Sans (KR|SC|CJK)|Gothic|Nanum|PingFang|YaHei|Hei|Song|Ming/i.test(f.familyName),
          `${lang}: ${f.familyName}`,
        ).toBe(true)
    }
    await page.close()
  })

  it('switches language from the switcher and keeps it in the URL', async () => {
    const { page } = await openTrain(browser(), baseUrl, '#/cars-1')
    await page.getByRole('button', { name: '中文' }).click()
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hans')
    expect(page.url()).toContain('lang=zh')
    expect(await page.getByTestId('carriage-name').textContent()).toMatch(/[\u4e00-\u9fff]/)
    await page.close()
  })

  it.each(hotspots.map((h) => [h.id, h.carriage] as const))(
    'deep link #/%s opens its panel facing it',
    async (id, carriage) => {
      const { page, errors } = await openTrain(browser(), baseUrl, `#/${carriage}/${id}`)
      await expect(page.getByRole('dialog').getByRole('heading').first().textContent()).resolves.toBe(
        TEXT[`hotspot.${id}.title`],
      )
      expect(page.url()).toMatch(new RegExp(`#/${carriage}/${id}$`))
      expect(await visibleMarkers(page)).toContain(id)
      const how = await page.getByTestId('hotspot-reconstructed').textContent()
      expect(how).toBe(`Reconstructed: ${TEXT[`hotspot.${id}.reconstructed`]}`)
      await page.screenshot({ path: `${SHOTS}/${id}.png` })
      expect(errors).toEqual([])
      await page.close()
    },
  )
})
