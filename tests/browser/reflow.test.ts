import { mkdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { openTrain, settle } from './setup/page'
import { useChromium } from './setup/suite'

const SHOTS = 'artifacts/screenshots/reflow'
/** 1280 px at 400% zoom, and the narrowest phones (WCAG 1.4.10). */
const NARROW = { width: 320, height: 640 }
/** A 1280×720 window at 200% zoom. */
const ZOOMED = { width: 640, height: 360 }
const KIOSK = { width: 960, height: 540 }
const CONTROLS = 'button, a[href], input, select, [role=button], [tabindex]:not([tabindex="-1"])'

type Open = 'nothing' | 'help' | 'hotspot' | 'map'
const HASH: Record<Open, string> = {
  nothing: '#/office',
  help: '#/office',
  hotspot: '#/restaurant/restaurant-wine',
  map: '#/office',
}

async function openThe(page: Page, what: Open): Promise<void> {
  if (what === 'help') await page.locator('button[aria-controls=controls-help]').click()
  if (what === 'map') await page.locator('[data-map-button]').click()
  await settle(page)
}

/**
 * The visible controls the visitor cannot reach: those outside the window that a scroll of
 * their own container (the room list sideways, a panel down) does not bring fully into it.
 * A marker hidden behind a wall is left out: Tab reaches it by turning the view to it.
 */
function outOfReach(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const W = document.documentElement.clientWidth
    const H = document.documentElement.clientHeight
    const inside = (r: DOMRect) => r.left >= 0 && r.right <= W + 0.5 && r.top >= -0.5 && r.bottom <= H + 0.5
    const label = (el: Element) =>
      `${el.tagName.toLowerCase()}.${el.className} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}"`
    const shown = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => {
      const r = el.getBoundingClientRect()
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden' && el.dataset.hidden !== 'true'
    })
    const outside = shown.filter((el) => !inside(el.getBoundingClientRect()))
    const bad: string[] = []
    for (const el of outside) {
      // Sideways to the centre, as the room list itself does: its rooms snap to the centre,
      // so a scroll to the nearest edge would snap back to the room before.
      el.scrollIntoView({ block: 'nearest', inline: 'center' })
      const r = el.getBoundingClientRect()
      if (!inside(r))
        bad.push(
          `${label(el)} at x ${Math.round(r.left)}–${Math.round(r.right)}, y ${Math.round(r.top)}–${Math.round(r.bottom)}`,
        )
    }
    return bad
  }, CONTROLS)
}

/** Scrolls the help's last row into view; whether it is then inside the window and on top there. */
function helpEndShows(page: Page): Promise<{ inside: boolean; onTop: string }> {
  return page.evaluate(() => {
    const last = document.querySelector('#controls-help tr:last-child')!
    last.scrollIntoView({ block: 'nearest' })
    const r = last.getBoundingClientRect()
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)
    return {
      inside: r.top >= 0 && r.bottom <= innerHeight + 0.5,
      onTop: hit && last.contains(hit) ? 'the row' : `${hit?.tagName.toLowerCase()}.${hit?.className}`,
    }
  })
}

const noSideScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)

describe('reflow and zoom', () => {
  const { browser, baseUrl } = useChromium()
  mkdirSync(SHOTS, { recursive: true })

  const cases = (['en', 'zh', 'ko'] as const).flatMap((lang) =>
    (['nothing', 'help', 'hotspot', 'map'] as const).map((what) => [lang, what] as const),
  )
  it.each(cases)('at 320 px in %s with %s open, every control is on screen or a scroll away', async (lang, what) => {
    const { page, errors } = await openTrain(browser(), baseUrl, `?lang=${lang}${HASH[what]}`, NARROW)
    await openThe(page, what)
    await page.screenshot({ path: `${SHOTS}/test-320-${lang}-${what}.png` })
    expect(await noSideScroll(page), 'the page scrolls sideways').toBe(true)
    expect(await outOfReach(page)).toEqual([])
    if (what === 'help') expect(await helpEndShows(page)).toEqual({ inside: true, onTop: 'the row' })
    expect(errors).toEqual([])
    await page.close()
  })

  it.each([
    ['en', 2],
    ['zh', 1],
  ] as const)(
    'at 200 per cent zoom (640×360) in %s, the help scrolls to its last line, clear of the room list',
    async (lang, scale) => {
      const ctx = await browser().newContext({ viewport: ZOOMED, deviceScaleFactor: scale })
      const { page } = await openTrain(ctx as never, baseUrl, `?lang=${lang}#/office`, ZOOMED)
      await openThe(page, 'help')
      expect(await helpEndShows(page)).toEqual({ inside: true, onTop: 'the row' })
      await page.screenshot({ path: `${SHOTS}/test-640x360-${lang}-help.png` })
      expect(await noSideScroll(page)).toBe(true)
      expect(await outOfReach(page)).toEqual([])
      await ctx.close()
    },
  )

  it('on a 960×540 kiosk the tools keep to one row', async () => {
    const ctx = await browser().newContext({ viewport: KIOSK, hasTouch: true })
    const { page } = await openTrain(ctx as never, baseUrl, '?kiosk#/office', KIOSK)
    const rows = await page.locator('.tools > *').evaluateAll((els) =>
      els
        .map((e) => e.getBoundingClientRect())
        .filter((r) => r.height > 0)
        .map((r) => [r.top, r.bottom] as const),
    )
    // One row: each starts above where every other ends.
    const lowestTop = Math.max(...rows.map(([top]) => top))
    expect(lowestTop, 'the tools wrap to a second row').toBeLessThan(Math.min(...rows.map(([, bottom]) => bottom)))
    await ctx.close()
  })

  it.each([360, 390, 400, 430])('on a %i px phone every room button shows whole in the room list', async (width) => {
    const ctx = await browser().newContext({ viewport: { width, height: 800 }, hasTouch: true, isMobile: true })
    const { page } = await openTrain(ctx as never, baseUrl, '#/office', { width, height: 800 })
    const clipped = await page.evaluate(() => {
      const nav = document.querySelector('.carriage-nav')!
      return [...nav.querySelectorAll('button')].flatMap((el) => {
        el.scrollIntoView({ block: 'nearest', inline: 'center' })
        const n = nav.getBoundingClientRect()
        const r = el.getBoundingClientRect()
        return r.left < n.left - 0.5 || r.right > n.right + 0.5
          ? [`${el.textContent!.trim()}: ${Math.round(r.width)} px in a list ${Math.round(n.width)} px wide`]
          : []
      })
    })
    expect(clipped).toEqual([])
    if (width === 390) await page.screenshot({ path: `${SHOTS}/test-390-rooms.png` })
    await ctx.close()
  })

  it('on a 960×540 kiosk a link to one journey opens with its story in view', async () => {
    const ctx = await browser().newContext({ viewport: KIOSK, hasTouch: true, reducedMotion: 'reduce' })
    const { page } = await openTrain(ctx as never, baseUrl, '?kiosk#/journey/beijing-2025', KIOSK)
    await page.waitForFunction(
      () => {
        const panel = document.querySelector('.journeys-panel')?.getBoundingClientRect()
        const detail = document.querySelector('[data-testid=journey-detail]')?.getBoundingClientRect()
        return !!panel && !!detail && detail.top >= panel.top && detail.top + 40 <= panel.bottom
      },
      null,
      { timeout: 5000 },
    )
    await page.screenshot({ path: `${SHOTS}/test-kiosk-journey-linked.png` })
    // The map stays whole beside the story, above the Close button, however far the story
    // is scrolled: down to its Ride button too.
    const mapInView = () =>
      page.evaluate(() => {
        const panel = document.querySelector('.journeys-panel')!.getBoundingClientRect()
        const map = document.querySelector('svg.journey-map')!.getBoundingClientRect()
        const close = document.querySelector('.journeys-panel .panel-close')!.getBoundingClientRect()
        return { top: map.top - panel.top, overClose: close.top - map.bottom, height: Math.round(map.height) }
      })
    const linked = await mapInView()
    await page.locator('[data-ride]').scrollIntoViewIfNeeded()
    for (const seen of [linked, await mapInView()]) {
      expect(seen.top, JSON.stringify(seen)).toBeGreaterThanOrEqual(0)
      expect(seen.overClose, JSON.stringify(seen)).toBeGreaterThanOrEqual(0)
      expect(seen.height).toBeGreaterThan(200)
    }
    await ctx.close()
  })

  it('on a 960×540 kiosk a journey chosen from the list is scrolled into view', async () => {
    const ctx = await browser().newContext({ viewport: KIOSK, hasTouch: true, reducedMotion: 'reduce' })
    const { page } = await openTrain(ctx as never, baseUrl, '?kiosk#/journeys', KIOSK)
    // The lowest journey in the list that shows without scrolling (a click would scroll to
    // a lower one itself): its story starts under the list, below the fold.
    const lowest = await page.locator('.journey-list [data-journey]').evaluateAll((els) => {
      const panel = document.querySelector('.journeys-panel')!.getBoundingClientRect()
      return els.filter((e) => e.getBoundingClientRect().bottom <= panel.bottom - 80).length - 1
    })
    expect(lowest).toBeGreaterThan(0)
    expect(await page.getByTestId('journey-detail').count()).toBe(0)
    await page.locator('.journey-list [data-journey]').nth(lowest).click()
    // Reduced motion: the scroll is instant, one frame or two after the choice.
    await page.waitForFunction(
      () => {
        const panel = document.querySelector('.journeys-panel')!.getBoundingClientRect()
        const detail = document.querySelector('[data-testid=journey-detail]')?.getBoundingClientRect()
        return !!detail && detail.top >= panel.top && detail.top + 40 <= panel.bottom
      },
      null,
      { timeout: 5000 },
    )
    await page.screenshot({ path: `${SHOTS}/test-kiosk-journey-chosen.png` })
    await ctx.close()
  })
})
