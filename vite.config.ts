import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { VitePWA } from 'vite-plugin-pwa'
import pkg from './package.json' with { type: 'json' }
import { cjkFonts } from './scripts/cjkFonts.ts'
import { cspMeta } from './scripts/csp.ts'

export default defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
  },
  plugins: [
    react(),
    cjkFonts(['src/content']),
    cspMeta(),
    // Offline kiosks: precache the app shell, code, fonts and models. The new version
    // waits for the next load (see src/pwa.ts) instead of reloading a visitor's page.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Taeyangho: the armoured train, reconstructed',
        short_name: 'Taeyangho',
        display: 'fullscreen',
        background_color: '#15201a',
        theme_color: '#1d2a22',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,jpg,woff2,glb,gltf,json,webmanifest}'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        navigateFallback: 'index.html',
      },
    }),
  ],
  base: './',
  build: {
    target: 'es2022',
    // three + R3F make one big lazy chunk by design; the initial chunk stays small.
    chunkSizeWarningLimit: 1200,
  },
  test: {
    reporters: ['default', './tests/summaryReporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Vitest's 5 s default is a clock to race: a few tests parse megabytes (world-atlas)
          // or build, and took 5.4 s with the suite and a benchmark beside them. A hung test
          // still fails.
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/setup/global.ts'],
          // Two cores and software WebGL: one Chromium at a time keeps figures honest.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        // `npm run bench` only: figures, not pass/fail on timing.
        extends: true,
        test: {
          name: 'bench',
          include: ['scripts/bench.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/setup/global.ts'],
          testTimeout: 900_000,
          hookTimeout: 180_000,
        },
      },
      {
        // `npm run looks` only: every room's pixels against an earlier commit's build.
        extends: true,
        test: {
          name: 'looks',
          include: ['scripts/looks.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/setup/global.ts'],
          testTimeout: 1_800_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
})
