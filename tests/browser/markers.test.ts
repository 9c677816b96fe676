import { PLATFORM_PLAN, onPlatform } from '../../src/exterior/platform'
import { PLATFORM, PLATFORM_AT } from '../../src/places'
import type { Page } from 'playwright-core'
import { PerspectiveCamera, Vector3 } from 'three'
import { describe, expect, it } from 'vitest'
import { HOTSPOTS, viewpointOf } from '../../src/hotspots'
import { world as TRAIN_WORLD } from '../unit/fixtures/shipped'
import { inSight } from '../../src/player/world'
import { GANGWAY, VISITOR } from '../../src/train/dimensions'
import { CARRIAGE_IDS, SLOTS } from '../../src/carriages/registry'
import { openTrain } from './setup/page'
import { useChromium } from './setup/suite'

interface View {
  x: number
  z: number
  yaw: number
  pitch: number
}
interface Seen {
  room: string
  markers: { id: string; hidden: boolean; cx: number; cy: number; top: boolean; over: string }[]
}

/** Puts the visitor at each view in turn and reads every marker: shown or not, where, and whether it is on top at its centre. */
function look(page: Page, views: View[]): Promise<Seen[]> {
  return page.evaluate(async (list) => {
    const t = window.__TAEYANGHO__!
    const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)))
    const out: Seen[] = []
    for (const v of list) {
      const before = t.frames()
      t.place(v.x, v.z, v.yaw, v.pitch)
      for (let i = 0; i < 30 && t.frames() === before; i++) await frame()
      await frame()
      const markers = [...document.querySelectorAll<HTMLElement>('.marker')].map((m) => {
        const r = m.getBoundingClientRect()
        const cx = r.left + r.width / 2
        const cy = r.top + r.height / 2
        const hit = document.elementFromPoint(cx, cy)
        const over = hit
          ? `${hit.tagName.toLowerCase()}.${[...hit.classList].join('.')}${hit instanceof HTMLElement && hit.dataset.hotspot ? `[${hit.dataset.hotspot}]` : ''}`
          : 'nothing'
        return {
          id: m.dataset.hotspot!,
          hidden: m.dataset.hidden !== 'false',
          cx,
          cy,
          top: hit?.closest('.marker') === m,
          over,
        }
      })
      out.push({ room: location.hash.split('/')[1] ?? '', markers })
    }
    return out
  }, views)
}

/** The camera as the scene sets it up, to know independently where each anchor lands on screen. */
function camera(width: number, height: number, v: View): PerspectiveCamera {
  const c = new PerspectiveCamera(70, width / height, 0.05, 420)
  c.rotation.order = 'YXZ'
  c.position.set(v.x, (onPlatform(PLATFORM_AT, v.z) ? PLATFORM_PLAN.top : 0) + VISITOR.eyeHeight, v.z)
  c.rotation.set(v.pitch, v.yaw, 0)
  c.updateMatrixWorld()
  return c
}

const _p = new Vector3()

/** Every marker shown is clickable at its centre; every anchor in view and in sight has its marker shown. */
function problems(views: View[], seen: Seen[], width: number, height: number): string[] {
  const out: string[] = []
  views.forEach((v, k) => {
    const { room, markers } = seen[k]!
    const where = `${room} at x=${v.x.toFixed(1)} yaw=${v.yaw.toFixed(2)}`
    const cam = camera(width, height, v)
    for (const h of HOTSPOTS.filter((h) => h.carriage === room)) {
      const m = markers.find((m) => m.id === h.id)
      _p.set(...h.position).project(cam)
      // Well inside the view (not a sliver at its edge), and with nothing tall in between.
      const inView = _p.z < 1 && Math.abs(_p.x) < 0.9 && Math.abs(_p.y) < 0.9
      if (inView && inSight(TRAIN_WORLD, v.x, v.z, h.position[0], h.position[2]) && (!m || m.hidden))
        out.push(`${where}: ${h.id} is in sight but its marker is hidden`)
    }
    for (const m of markers) {
      if (m.hidden) continue
      if (!m.top)
        out.push(`${where}: ${m.id} is covered at its centre (${m.cx.toFixed(0)}, ${m.cy.toFixed(0)}) by ${m.over}`)
      if (m.cx < 0 || m.cy < 0 || m.cx > width || m.cy > height) out.push(`${where}: ${m.id} is off screen`)
    }
  })
  return out
}

/** Along the walkway of every room in steps, turning at each step; and every hotspot's own viewpoint. */
function walk(step: number, turns: number): View[] {
  const views: View[] = []
  SLOTS.forEach((slot) => {
    for (let x = slot.start + 0.6; x < slot.end - 0.3; x += step) {
      for (let k = 0; k < turns; k++) views.push({ x, z: GANGWAY.walkZ, yaw: (k * Math.PI * 2) / turns, pitch: -0.06 })
    }
  })
  for (const h of HOTSPOTS) views.push(viewpointOf(h))
  return views
}

describe('markers never cover each other', () => {
  const { browser, baseUrl } = useChromium()

  it.each([
    ['a desktop', '', { width: 1280, height: 720 }, 1.5, 8],
    ['a phone', '', { width: 390, height: 844 }, 2.5, 6],
    // Larger rings, the thumb stick always on; idle long enough not to reset mid-walk.
    ['a kiosk', '?kiosk&idle=600', { width: 1280, height: 720 }, 2.5, 6],
  ] as const)(
    'on %s, along the whole train, every marker in view can be clicked at its centre',
    async (_, query, viewport, step, turns) => {
      const { page, errors } = await openTrain(browser(), baseUrl, `${query}#/office`, viewport)
      const views = walk(step, turns)
      const seen = await look(page, views)
      // Every room, and the platform (its hotspots' viewpoints).
      expect(new Set(seen.map((s) => s.room))).toEqual(new Set([...CARRIAGE_IDS, PLATFORM]))
      const shown = seen.reduce((n, s) => n + s.markers.filter((m) => !m.hidden).length, 0)
      console.log(`${viewport.width}x${viewport.height}: ${views.length} views, ${shown} markers shown`)
      expect(problems(views, seen, viewport.width, viewport.height)).toEqual([])
      expect(errors).toEqual([])
      await page.close()
    },
  )
})
