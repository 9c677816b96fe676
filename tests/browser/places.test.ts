import { describe, expect, it } from 'vitest'
import en from '../../src/content/i18n/en/ui.json'
import enHotspots from '../../src/content/i18n/en/hotspots.json'
import hotspots from '../../src/content/hotspots.json'
import ko from '../../src/content/i18n/ko/ui.json'
import type { Page } from 'playwright-core'
import { CARRIAGES, SLOTS } from '../../src/carriages/registry'
import { locomotivePlacements } from '../../src/exterior/locomotives'
import { captureCanvas, hold, openTrain, pose, pushStick, settle } from './setup/page'
import { useChromium } from './setup/suite'

const TEXT = enHotspots as Record<string, string>
/** The platform's own hotspots (homed there). */
const OUTSIDE = hotspots.filter((h) => h.carriage === 'platform')

/** Places in links: the platform beside the train, and places that do not exist. */
describe('places', () => {
  const { browser, baseUrl } = useChromium()

  /** Share of the canvas in the train's livery green (dark, green above red and blue), read from a screenshot. */
  const liveryShare = async (page: Page) => {
    await captureCanvas(page)
    return page.evaluate(() => {
      const d = (window as unknown as { __shot: Uint8ClampedArray }).__shot
      let green = 0
      let all = 0
      for (let i = 0; i < d.length; i += 4 * 13) {
        all++
        const [r, g, b] = [d[i]!, d[i + 1]!, d[i + 2]!]
        if (g > r + 12 && g > b + 4 && g < 110) green++
      }
      return green / all
    })
  }

  it('#/platform shows the train from outside, says it is a reconstruction, and the hash stays', async () => {
    const { page, errors } = await openTrain(browser(), baseUrl, '#/platform')
    expect(page.url()).toMatch(/#\/platform$/)
    await expect(page.getByTestId('carriage-name').textContent()).resolves.toBe(en['ui.platform.title'])
    await expect(page.locator('.reconstruction-note').textContent()).resolves.toBe(en['ui.platform.note'])
    // No room is current; the platform's own hotspots are marked.
    expect(await page.locator('.carriage-nav [aria-current]').count()).toBe(0)
    expect(await page.locator('.marker').count()).toBe(OUTSIDE.length)
    // The carriages' green sides fill a good part of the view; inside a room there is none of it.
    const outside = await liveryShare(page)
    expect(outside).toBeGreaterThan(0.1)
    const info = await page.evaluate(() => window.__TAEYANGHO__!.info())
    expect(info.calls).toBeLessThanOrEqual(60)
    await page.getByRole('button', { name: '한국어' }).click()
    await expect(page.getByTestId('carriage-name').textContent()).resolves.toBe(ko['ui.platform.title'])
    await page.evaluate(() => (location.hash = '#/restaurant'))
    await page.waitForFunction(() => location.hash === '#/restaurant')
    await settle(page)
    expect(await liveryShare(page)).toBeLessThan(outside / 2)
    expect(errors).toEqual([])
    await page.close()
  })

  it.each(OUTSIDE.map((h) => [h.id]))(
    'the hotspot %s outside opens its panel from a link, its marker in view on the platform',
    async (id) => {
      const { page, errors } = await openTrain(browser(), baseUrl, `#/platform/${id}`)
      const dialog = page.getByRole('dialog')
      await dialog.waitFor()
      await expect(dialog.getByRole('heading').first().textContent()).resolves.toBe(TEXT[`hotspot.${id}.title`])
      expect(page.url()).toMatch(new RegExp(`#/platform/${id}$`))
      await page.keyboard.press('Escape')
      await settle(page)
      const marker = page.locator(`.marker[data-hotspot="${id}"]`)
      expect(await marker.getAttribute('data-hidden')).toBe('false')
      const box = (await marker.boundingBox())!
      const view = page.viewportSize()!
      expect(box.x > 0 && box.y > 0 && box.x < view.width && box.y < view.height, `${id} at ${box.x}, ${box.y}`).toBe(
        true,
      )
      expect(errors).toEqual([])
      await page.close()
    },
  )

  it('on the platform the visitor walks along the train, kept off the track, and the hash stays', async () => {
    const { page, errors } = await openTrain(browser(), baseUrl, '#/platform')
    const start = await pose(page)
    await hold(page, ['KeyW'], 1500)
    await settle(page)
    const walked = await pose(page)
    expect(walked.x - start.x).toBeGreaterThan(1)
    // Turn toward the train and walk at it: the platform's edge stops the visitor.
    await page.evaluate(() => {
      const t = window.__TAEYANGHO__!
      const p = t.pose()
      t.place(p.x, p.z, Math.PI, 0)
    })
    await hold(page, ['KeyW'], 2500)
    await settle(page)
    const edge = await pose(page)
    expect(edge.z).toBeGreaterThan(start.z)
    expect(edge.z).toBeLessThan(-2)
    expect(page.url()).toMatch(/#\/platform$/)
    expect(errors).toEqual([])
    await page.close()
  })

  it("steps out through a room's side door onto the platform, walks along it and steps back in at another room's door, the hash following", async () => {
    const { page, errors } = await openTrain(browser(), baseUrl, '#/bedroom')
    // The centre of a room's side door, along the train.
    const doorX = (id: string) => {
      const i = CARRIAGES.findIndex((c) => c.id === id)
      const d = CARRIAGES[i]!.shell.sideDoor(CARRIAGES[i]!.length)
      return SLOTS[i]!.start + (d.x0 + d.x1) / 2
    }
    const walk = async (ms: number) => {
      await hold(page, ['KeyW'], ms)
      await settle(page)
    }
    // On the walkway beside the bedroom's side door, facing it (yaw 0 looks toward -z, the platform's side).
    await page.evaluate((x) => window.__TAEYANGHO__!.place(x, 0.6, 0, 0), doorX('bedroom'))
    await settle(page)
    await walk(3500)
    await page.waitForFunction(() => location.hash === '#/platform')
    const out = await pose(page)
    expect(out.z).toBeLessThan(-2.5)
    // Along the platform toward the front of the train (yaw π/2 looks toward -x).
    await page.evaluate(() => {
      const p = window.__TAEYANGHO__!.pose()
      window.__TAEYANGHO__!.place(p.x, p.z, Math.PI / 2, 0)
    })
    await walk(2000)
    const along = await pose(page)
    expect(out.x - along.x).toBeGreaterThan(1.5)
    expect(page.url()).toMatch(/#\/platform$/)
    // Level with the restaurant's door, facing the train (yaw π looks toward +z), and in.
    await page.evaluate(([x, z]) => window.__TAEYANGHO__!.place(x!, z!, Math.PI, 0), [doorX('restaurant'), along.z])
    await walk(3500)
    await page.waitForFunction(() => location.hash === '#/restaurant')
    const inside = await pose(page)
    expect(inside.z).toBeGreaterThan(-1.5)
    expect(errors).toEqual([])
    await page.close()
  })

  it('the thumb stick walks on the platform too', async () => {
    const SMALL = { width: 960, height: 540 }
    const ctx = await browser().newContext({ viewport: SMALL, hasTouch: true, isMobile: true })
    const { page, errors } = await openTrain(ctx as never, baseUrl, '#/platform', SMALL)
    const before = await pose(page)
    const release = await pushStick(page)
    await page.waitForTimeout(800)
    await release()
    await settle(page)
    expect((await pose(page)).x).toBeGreaterThan(before.x + 0.3)
    expect(page.url()).toMatch(/#\/platform$/)
    expect(errors).toEqual([])
    await ctx.close()
  })

  it('the locomotive switch changes what heads the train: the DF11Z pair, the red-and-yellow one, the plain one', async () => {
    const { page, errors } = await openTrain(browser(), baseUrl, '#/platform')
    const red = async () => {
      await settle(page)
      await captureCanvas(page)
      return page.evaluate(() => {
        const d = (window as unknown as { __shot: Uint8ClampedArray }).__shot
        let n = 0
        for (let i = 0; i < d.length; i += 4 * 13) if (d[i]! > d[i + 1]! + 50 && d[i]! > d[i + 2]! + 50) n++
        return n / (d.length / (4 * 13))
      })
    }
    // Beside the locomotive coupled to the train, facing it.
    const coupled = locomotivePlacements('hanoi', SLOTS[0]!.start - CARRIAGES[0]!.shell.endWall)[0]!.at[0]
    await page.evaluate((x) => {
      const t = window.__TAEYANGHO__!
      t.place(x, t.pose().z, Math.PI, 0)
    }, coupled)
    const pressed = () => page.locator('.loco-switch [aria-pressed="true"]').getAttribute('data-loco')
    await expect(pressed()).resolves.toBe('df11z')
    const green = await liveryShare(page)
    expect(await red()).toBeLessThan(0.01)
    await page.getByRole('button', { name: en['ui.loco.hanoi'] }).click()
    await expect(pressed()).resolves.toBe('hanoi')
    // Where the green pair stood, a red locomotive: red pixels appear, green ones go.
    expect(await red()).toBeGreaterThan(0.15)
    expect(await liveryShare(page)).toBeLessThan(green)
    await page.getByRole('button', { name: en['ui.loco.home'] }).click()
    expect(await red()).toBeLessThan(0.01)
    expect(page.url()).toMatch(/#\/platform$/)
    expect(errors).toEqual([])
    await page.close()
  })

  it('the map takes the visitor out onto the platform and back aboard', async () => {
    const { page, errors } = await openTrain(browser(), baseUrl, '#/zebra')
    await page.getByRole('button', { name: en['ui.map'], exact: true }).click()
    await page.locator('[data-map-room="platform"]').click()
    await page.waitForFunction(() => location.hash === '#/platform')
    await settle(page)
    expect(await liveryShare(page)).toBeGreaterThan(0.1)
    await page.getByRole('button', { name: en['ui.map'], exact: true }).click()
    await page.locator('[data-map-room="bedroom"]').click()
    await page.waitForFunction(() => location.hash === '#/bedroom')
    await expect(page.getByTestId('carriage-name').textContent()).resolves.toBe('Bedroom')
    expect(errors).toEqual([])
    await page.close()
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
