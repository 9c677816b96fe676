import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { type Server, createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DIST } from './setup/dist'
import { idleFor } from './setup/page'
import { useChromium } from './setup/suite'

const SMALL = { width: 960, height: 540 }
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.glb': 'model/gltf-binary',
  '.gltf': 'model/gltf+json',
}

/** A web server that reads the folder on every request, so the build under it can be swapped. */
function serve(root: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^\/+/, '')
    const file = path || 'index.html'
    try {
      const body = readFileSync(join(root, file))
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' })
      res.end(body)
    } catch {
      res.writeHead(404).end()
    }
  })
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const a = server.address() as { port: number }
      resolve({ server, url: `http://127.0.0.1:${a.port}/` })
    }),
  )
}

/**
 * "Version 2": the same build with a marker in its page, and the service worker's
 * precache list saying so (as a real new build changes it), so the browser finds a
 * new worker and installs it beside the running one.
 */
function publishVersion2(root: string): void {
  const html = readFileSync(join(root, 'index.html'), 'utf8')
  writeFileSync(join(root, 'index.html'), html.replace('<head>', '<head><meta name="taeyangho-build" content="2">'))
  const sw = readFileSync(join(root, 'sw.js'), 'utf8')
  // Minified (`url:"index.html",revision:"…"`) or not (workbox's development mode), as built.
  const next = sw.replace(
    /(["']?url["']?\s*:\s*["']index\.html["']\s*,\s*["']?revision["']?\s*:\s*["'])[0-9a-f]+/,
    '$1version2',
  )
  if (next === sw) throw new Error('sw.js: no revision for index.html to change')
  writeFileSync(join(root, 'sw.js'), next)
}

describe('updates on an open kiosk', () => {
  const { browser } = useChromium()

  it(
    'finds a new version while open, takes it at the reset between visitors (first install too), and the cycle runs on',
    { timeout: 180_000 },
    async () => {
      const root = mkdtempSync(join(tmpdir(), 'taeyangho-update-'))
      cpSync(DIST, root, { recursive: true })
      const { server, url } = await serve(root)
      const ctx = await browser().newContext({ viewport: SMALL, hasTouch: true })
      try {
        const page = await ctx.newPage()
        const errors: string[] = []
        page.on('pageerror', (e) => errors.push(String(e)))
        const ready = () =>
          page.waitForFunction(() => !!window.__KIOSK__ && !document.querySelector('.loader, #boot'), null, {
            timeout: 90_000,
          })
        const build = () =>
          page.evaluate(() => document.querySelector('meta[name=taeyangho-build]')?.getAttribute('content') ?? '1')
        // A first visit: the page was loaded before any worker controlled it.
        await page.goto(url + '?kiosk#/restaurant/restaurant-wine')
        await ready()
        await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 60_000 })
        expect(await build()).toBe('1')
        publishVersion2(root)
        // A visitor is reading: the new version is found (the check at a reset, or every
        // 15 minutes), but it waits while anyone is there.
        await idleFor(page, 'idle')
        await idleFor(page, 'countdown')
        await page.waitForURL((u) => u.hash === '' || !u.hash.includes('restaurant-wine'), { timeout: 10_000 })
        // Nobody is at the kiosk now: the attract loop hands over to version 2.
        await page.waitForFunction(() => document.querySelector('meta[name=taeyangho-build]'), null, {
          timeout: 90_000,
        })
        await ready()
        expect(await build()).toBe('2')
        expect(new URL(page.url()).hash).not.toContain('restaurant-wine')
        // Nobody was there when it reloaded: it opens in the attract loop, not waiting
        // out the idle time and the countdown; a touch starts the next visit.
        await page.waitForSelector('[data-testid=attract]', { timeout: 10_000 })
        mkdirSync('artifacts/screenshots', { recursive: true })
        await page.screenshot({ path: 'artifacts/screenshots/update-reopened.png' })
        await page.touchscreen.tap(SMALL.width / 2, SMALL.height / 2)
        await page.waitForSelector('[data-testid=attract]', { state: 'detached', timeout: 5000 })
        // The idle cycle goes on in the new version.
        await idleFor(page, 'idle')
        await page.waitForSelector('[role=alertdialog]', { timeout: 5000 })
        await idleFor(page, 'countdown')
        await page.waitForSelector('[data-testid=attract]', { timeout: 5000 })
        expect(errors).toEqual([])
      } finally {
        await ctx.close()
        server.close()
        rmSync(root, { recursive: true, force: true })
      }
    },
  )
})
