import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, inject } from 'vitest'
import { launchChromium } from './chromium'

/** One Chromium for a test file, closed after it; the built app's URL. */
export function useChromium(): { browser: () => Browser; baseUrl: string } {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })
  return {
    browser: () => {
      if (!browser) throw new Error('Chromium has not started')
      return browser
    },
    baseUrl: inject('baseUrl'),
  }
}
