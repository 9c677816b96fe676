import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

export const gzipBytes = (file: string): number => gzipSync(readFileSync(file)).length

/** The build the browser tests serve (see global.ts). */
export const DIST = process.env.TAEYANGHO_DIST ?? 'dist'

/** JS the page needs before anything lazy: the entry script and what it preloads. */
export function initialJs(dist = DIST): { files: string[]; gzipBytes: number } {
  const html = readFileSync(`${dist}/index.html`, 'utf8')
  const files = [
    ...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\.?\/?([^"]+\.js)"/g),
  ].map((m) => m[1]!)
  return { files, gzipBytes: files.reduce((n, f) => n + gzipBytes(`${dist}/${f}`), 0) }
}
