import { describe, expect, it } from 'vitest'
import { CARRIAGE_IDS } from '../../src/carriages/registry'
import { openTrain } from './setup/page'
import { useChromium } from './setup/suite'

const TURNS = 16

/**
 * Neighbours are drawn through their doorway and the countryside through the windows
 * (scene/portals.ts): an optimisation that must not change a pixel. Every view turning
 * on the spot is drawn both ways and read back from the canvas.
 */
describe('portals', () => {
  const { browser, baseUrl } = useChromium()

  // Every carriage at pixel ratio 1, and one at a fractional ratio, as adaptive quality sets.
  const cases = [...CARRIAGE_IDS.map((id) => [id, 1] as const), ['restaurant', 1.35] as const]
  it.each(cases)(
    '%s at pixel ratio %s: drawing through doorways and windows shows the same frame as drawing everything',
    async (id, dpr) => {
      const { page } = await openTrain(browser(), baseUrl, `?dpr=${dpr}#/${id}`, { width: 480, height: 270 })
      const result = await page.evaluate((turns) => {
        const t = window.__TAEYANGHO__!
        const gl = document.querySelector<HTMLCanvasElement>('.scene canvas')!.getContext('webgl2')!
        const w = gl.drawingBufferWidth
        const h = gl.drawingBufferHeight
        const a = new Uint8Array(w * h * 4)
        const b = new Uint8Array(w * h * 4)
        const start = t.pose().yaw
        let worst = 0
        for (let k = 0; k < turns; k++) {
          const yaw = start + (k * Math.PI * 2) / turns
          t.view(yaw, -0.06)
          gl.readPixels(0, 0, w, h, gl.RGBA, gl.UNSIGNED_BYTE, a)
          t.view(yaw, -0.06, true)
          gl.readPixels(0, 0, w, h, gl.RGBA, gl.UNSIGNED_BYTE, b)
          let differ = 0
          for (let i = 0; i < a.length; i += 4) {
            if (Math.abs(a[i]! - b[i]!) + Math.abs(a[i + 1]! - b[i + 1]!) + Math.abs(a[i + 2]! - b[i + 2]!) > 24)
              differ++
          }
          worst = Math.max(worst, differ / (w * h))
        }
        t.view(start, -0.06)
        return { worst }
      }, TURNS)
      // Edges may round differently where a narrowed projection meets the full one.
      expect(result.worst, `${id}: share of pixels that differ in the worst view`).toBeLessThan(0.0005)
      await page.close()
    },
  )
})
