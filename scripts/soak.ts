/**
 * `npm run soak -- --minutes N [--seed S] [--out file.json]`: the kiosk's
 * attract/idle/reset cycle for N minutes in Chromium (software WebGL), with visitors
 * touching at random times, printing heap, DOM nodes, listeners and GPU resources each
 * minute (scripts/lib/soak.ts). Serves dist/ (TAEYANGHO_DIST=<dir> for another build),
 * building it first if there is none. Fails (exit 1) on any page error, or when a
 * figure grows more than 10% over minute 1's.
 */
import { existsSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { build, preview } from 'vite'
import { launchChromium } from '../tests/browser/setup/chromium'
import { DIST } from '../tests/browser/setup/dist'
import { openTrain } from '../tests/browser/setup/page'
import { SOAK_URL, drift, formatRows, soak } from './lib/soak'

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '2' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
})
const minutes = Math.max(1, Math.round(Number(values.minutes)))
if (!Number.isFinite(minutes)) throw new Error(`--minutes must be a number, not "${values.minutes}"`)

if (!existsSync(`${DIST}/index.html`)) {
  console.log(`soak: no build in ${DIST}, building it`)
  await build({ logLevel: 'warn', mode: 'production', build: { outDir: DIST, emptyOutDir: true } })
}
const server = await preview({ logLevel: 'warn', build: { outDir: DIST }, preview: { host: '127.0.0.1', port: 4874 } })
const browser = await launchChromium()
const SIZE = { width: 640, height: 360 }
let failed = false
try {
  const baseUrl = server.resolvedUrls!.local[0]!
  const ctx = await browser.newContext({ viewport: SIZE, hasTouch: true })
  const { page, errors } = await openTrain(ctx as never, baseUrl, SOAK_URL, SIZE, {
    // tsx keeps function names with a helper, __name, that the page does not have.
    before: async (p) => void (await p.addInitScript({ content: 'window.__name = (f) => f' })),
  })
  const t0 = Date.now()
  console.log(`soak: ${minutes} min of the kiosk cycle at ${baseUrl}${SOAK_URL}, seed ${values.seed}`)
  const rows = await soak(
    page,
    minutes,
    errors,
    (r) => console.log(formatRows([r]).split('\n')[1]),
    Number(values.seed),
  )
  const d = drift(rows.slice(0))
  console.log(`\n${formatRows(rows)}`)
  console.log(
    `\nsoak: ${((Date.now() - t0) / 60000).toFixed(1)} min, ${rows.at(-1)?.visits ?? 0} visits, ${rows.at(-1)?.resets ?? 0} resets; ` +
      `most growth over minute 1: ${Object.entries(d)
        .map(([k, v]) => `${k} ${v.toFixed(1)}%`)
        .join(', ')}; errors ${errors.length}`,
  )
  if (errors.length) console.log(errors.slice(0, 10).join('\n'))
  if (values.out)
    writeFileSync(values.out, JSON.stringify({ minutes, seed: values.seed, rows, drift: d, errors }, null, 2))
  failed = errors.length > 0 || Object.values(d).some((v) => v > 10)
} finally {
  await browser.close()
  await server.close()
}
process.exit(failed ? 1 : 0)
