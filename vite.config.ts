import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { cjkFonts } from './scripts/cjkFonts.ts'

export default defineConfig({
  plugins: [react(), cjkFonts(['src/content'])],
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
    ],
  },
})
