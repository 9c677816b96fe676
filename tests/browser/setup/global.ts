import { build, preview } from 'vite'
import type { TestProject } from 'vitest/node'
import { findChromium } from './chromium'
import { DIST } from './dist'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

/**
 * Builds the production app and serves it on loopback for the browser tests.
 * TAEYANGHO_PREBUILT=1 skips the build when the caller (CI) has just made one;
 * TAEYANGHO_DIST=<dir> builds into and serves another folder than dist/ (an older
 * commit's build, to see a new test fail there; or two sessions side by side).
 */
export default async function setup(project: TestProject) {
  findChromium() // fail first, with the install hint, before spending time on a build
  if (process.env.TAEYANGHO_PREBUILT !== '1') {
    // Vitest sets NODE_ENV=test, which would bundle React's development build: the
    // tests must drive exactly what `npm run build` ships.
    const env = process.env.NODE_ENV
    process.env.NODE_ENV = 'production'
    try {
      await build({ logLevel: 'warn', mode: 'production', build: { outDir: DIST, emptyOutDir: true } })
    } finally {
      process.env.NODE_ENV = env
    }
  }
  const server = await preview({
    logLevel: 'warn',
    build: { outDir: DIST },
    preview: { host: '127.0.0.1', port: 4873, strictPort: false },
  })
  const url = server.resolvedUrls?.local[0]
  if (!url) throw new Error('the preview server did not report a URL')
  project.provide('baseUrl', url)
  return async () => {
    await server.close()
  }
}
