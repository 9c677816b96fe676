import { describe, expect, it } from 'vitest'
import { SOAK_URL, drift, formatRows, soak } from '../../scripts/lib/soak'
import { openTrain } from './setup/page'
import { useChromium } from './setup/suite'

const MINUTES = 2
const SIZE = { width: 640, height: 360 }

/**
 * CI's soak: the kiosk's attract/idle/reset cycle with visitors at random times for
 * two minutes (`npm run soak -- --minutes 60` runs the same for longer; README has
 * its figures). Nothing may pile up: heap, DOM nodes, listeners and GPU resources stay
 * within 10% of the first minute's, and no error.
 */
describe('soak', () => {
  const { browser, baseUrl } = useChromium()

  it(
    `keeps heap, DOM, listeners and GPU resources flat over ${MINUTES} minutes of the kiosk cycle`,
    {
      timeout: (MINUTES + 3) * 60_000,
    },
    async () => {
      const ctx = await browser().newContext({ viewport: SIZE, hasTouch: true })
      const { page, errors } = await openTrain(ctx as never, baseUrl, SOAK_URL, SIZE)
      const rows = await soak(page, MINUTES, errors)
      console.log(`soak, ${MINUTES} min:\n${formatRows(rows)}`)
      expect(rows.length).toBe(MINUTES)
      expect(rows.at(-1)!.resets).toBeGreaterThan(2)
      for (const [k, v] of Object.entries(drift(rows))) expect(v, k).toBeLessThanOrEqual(10)
      expect(errors).toEqual([])
      await ctx.close()
    },
  )
})
