import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { CARRIAGE_IDS } from '../../src/carriages/registry'
import { DIST, initialJs } from './setup/dist'
import { openTrain } from './setup/page'
import { useChromium } from './setup/suite'

/** The performance budgets that are counts, not timings: a change that breaks one fails here. */
const BUDGET = {
  drawCalls: 60,
  triangles: 150_000,
  programs: 16,
  initialJsKB: 420,
  texturePixels: 16e6,
  textureSide: 2048,
}
const TURNS = 8

/** The most draw calls and triangles of any view, turning on the spot; the programs compiled. */
const worstView = (page: Page) =>
  page.evaluate((turns) => {
    const t = window.__TAEYANGHO__!
    const start = t.pose().yaw
    let calls = 0
    let triangles = 0
    for (let k = 0; k < turns; k++) {
      const v = t.view(start + (k * Math.PI * 2) / turns, -0.06)
      calls = Math.max(calls, v.calls)
      triangles = Math.max(triangles, v.triangles)
    }
    return { calls, triangles, programs: t.info().programs }
  }, TURNS)

describe('performance budgets', () => {
  const { browser, baseUrl } = useChromium()

  it(`ships at most ${BUDGET.initialJsKB} KB of initial JS, gzipped, with the 3D code left lazy`, () => {
    const { files, gzipBytes } = initialJs()
    const kb = gzipBytes / 1024
    expect(kb, `initial JS ${kb.toFixed(1)} KB (${files.join(', ')})`).toBeLessThanOrEqual(BUDGET.initialJsKB)
    for (const f of files)
      expect(readFileSync(`${DIST}/${f}`, 'utf8'), `${f} must not carry three.js`).not.toContain('WebGLRenderer')
  })

  it('paints its loading screen from the HTML alone, before any script runs', () => {
    const html = readFileSync(`${DIST}/index.html`, 'utf8')
    // The loader's markup is inline and its style a stylesheet (the CSP allows no <style>);
    // the only script is a module, which the browser defers until the document (and so the
    // loader) has been parsed, and runs after the stylesheets before it.
    expect(html).toMatch(/<div id="boot"[^>]*role="status"/)
    const css = /<link rel="stylesheet"[^>]*href="\.\/([^"]+\.css)"/.exec(html)?.[1]
    expect(css && readFileSync(`${DIST}/${css}`, 'utf8')).toMatch(/#boot/)
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])
    expect(scripts.length).toBeGreaterThan(0)
    for (const tag of scripts) expect(tag).toContain('type="module"')
  })

  it('riding a journey, a saloon and a car transport stay within draw calls, triangles and programs', async () => {
    const { page } = await openTrain(browser(), baseUrl, '#/journey/beijing-2025', { width: 640, height: 360 })
    await page.click('[data-ride=beijing-2025]')
    await page.waitForSelector('[data-testid=ride-clock]')
    for (const id of ['restaurant', 'cars-1']) {
      await page.evaluate((h) => (location.hash = h), `#/${id}`)
      await page.waitForFunction((h) => location.hash === h, `#/${id}`)
      const worst = await worstView(page)
      expect(worst.calls, `riding ${id}: ${worst.calls} draw calls`).toBeLessThanOrEqual(BUDGET.drawCalls)
      expect(worst.triangles, `riding ${id}: ${worst.triangles} triangles`).toBeLessThanOrEqual(BUDGET.triangles)
      expect(worst.programs, `riding ${id}: ${worst.programs} programs`).toBeLessThanOrEqual(BUDGET.programs)
    }
    await page.close()
  })

  it.each(CARRIAGE_IDS.map((id) => [id]))(
    '%s: every view, turning on the spot, stays within draw calls, triangles and programs',
    async (id) => {
      const { page } = await openTrain(browser(), baseUrl, `#/${id}`, { width: 640, height: 360 })
      const worst = await worstView(page)
      expect(worst.calls, `${id}: ${worst.calls} draw calls`).toBeLessThanOrEqual(BUDGET.drawCalls)
      expect(worst.triangles, `${id}: ${worst.triangles} triangles`).toBeLessThanOrEqual(BUDGET.triangles)
      expect(worst.programs, `${id}: ${worst.programs} shader programs`).toBeLessThanOrEqual(BUDGET.programs)
      await page.close()
    },
  )

  it('the platform: every view along the whole train, turning on the spot, stays within the budgets', async () => {
    const { page } = await openTrain(browser(), baseUrl, '#/platform', { width: 640, height: 360 })
    const worst = await page.evaluate((turns) => {
      const t = window.__TAEYANGHO__!
      const { x: x0, z } = t.pose()
      let calls = 0
      let triangles = 0
      // From the head of the train to past its end, in 30 m steps.
      for (let x = x0 - 30; x < x0 + 200; x += 30) {
        t.place(x, z, 0, 0)
        for (let k = 0; k < turns; k++) {
          const v = t.view((k * Math.PI * 2) / turns, -0.06)
          calls = Math.max(calls, v.calls)
          triangles = Math.max(triangles, v.triangles)
        }
      }
      return { calls, triangles, programs: t.info().programs }
    }, TURNS)
    expect(worst.calls, `platform: ${worst.calls} draw calls`).toBeLessThanOrEqual(BUDGET.drawCalls)
    expect(worst.triangles, `platform: ${worst.triangles} triangles`).toBeLessThanOrEqual(BUDGET.triangles)
    expect(worst.programs, `platform: ${worst.programs} shader programs`).toBeLessThanOrEqual(BUDGET.programs)
    expect(worst.calls).toBeGreaterThan(5)
    await page.close()
  })

  it('keeps textures within 16 Mpx in all, none over 2048 px', async () => {
    const { page } = await openTrain(browser(), baseUrl, '#/office', { width: 640, height: 360 })
    const textures = await page.evaluate(() => window.__TAEYANGHO__!.textures())
    expect(textures.length).toBeGreaterThan(0)
    const total = textures.reduce((n, t) => n + t.width * t.height, 0)
    expect(total, `${(total / 1e6).toFixed(2)} Mpx`).toBeLessThanOrEqual(BUDGET.texturePixels)
    for (const t of textures) expect(Math.max(t.width, t.height), t.name).toBeLessThanOrEqual(BUDGET.textureSide)
    await page.close()
  })
})
