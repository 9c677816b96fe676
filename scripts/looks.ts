/**
 * `npm run looks`: does every room look exactly as before? An earlier commit
 * (LOOKS_BASE, default HEAD~1) is built in a worktree (scripts/lib/baseBuild.ts) and
 * both it and this build (dist/, built by the global setup) are opened in Chromium at
 * 1280x720, pixel ratio 1. In each room, at the spawn the base build reports, the view
 * turns on the spot (LOOKS_TURNS views, default 4: the spawn's yaw and a quarter turn
 * each); each view is drawn and read back from the canvas in one task, as
 * tests/browser/portals.test.ts does, so only the 3D view is compared, never the DOM
 * over it. A pixel differs when its colour moves by more than LOOKS_TOLERANCE (sum of
 * the three channels, default 24, as the portal test); a room fails when any view has
 * more than 0.05% of its pixels differ. The worst view is written to artifacts/looks/
 * (base, this, and a diff: red where a pixel differs, yellow where it changed within
 * the tolerance), as is every failing room's worst; artifacts/looks/report.json holds
 * the figures. LOOKS_ROOMS=office,restaurant checks only those.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { launchChromium } from '../tests/browser/setup/chromium'
import { openTrain, settle } from '../tests/browser/setup/page'
import { prepareBase, serveDist, type Served } from './lib/baseBuild'
import { roomIds } from './lib/measure'
import { encodePng } from './lib/png'

const BASE_REV = process.env.LOOKS_BASE ?? 'HEAD~1'
const TOLERANCE = Number(process.env.LOOKS_TOLERANCE ?? 24)
const TURNS = Number(process.env.LOOKS_TURNS ?? 4)
const ONLY = process.env.LOOKS_ROOMS?.split(',')
  .map((s) => s.trim())
  .filter(Boolean)
const LIMIT = 0.0005
const VIEWPORT = { width: 1280, height: 720 }
const OUT_DIR = 'artifacts/looks'
const REPO = resolve(import.meta.dirname, '..')

interface Pose {
  x: number
  z: number
  yaw: number
  pitch: number
}

interface Frame {
  width: number
  height: number
  pixels: Buffer
}

/** Puts the visitor at `p`, lets the rig settle, then draws the view and reads it back in the same task. */
async function frameAt(page: Page, p: Pose): Promise<Frame> {
  await page.evaluate((q) => window.__TAEYANGHO__!.place(q.x, q.z, q.yaw, q.pitch), p)
  await settle(page)
  const { width, height, b64 } = await page.evaluate((q) => {
    const t = window.__TAEYANGHO__!
    const gl = document.querySelector<HTMLCanvasElement>('.scene canvas')!.getContext('webgl2')!
    const w = gl.drawingBufferWidth
    const h = gl.drawingBufferHeight
    const a = new Uint8Array(w * h * 4)
    t.view(q.yaw, q.pitch)
    gl.readPixels(0, 0, w, h, gl.RGBA, gl.UNSIGNED_BYTE, a)
    let s = ''
    for (let i = 0; i < a.length; i += 0x8000)
      s += String.fromCharCode.apply(null, a.subarray(i, i + 0x8000) as unknown as number[])
    return { width: w, height: h, b64: btoa(s) }
  }, p)
  return { width, height, pixels: Buffer.from(b64, 'base64') }
}

/** Share of pixels whose colour moved by more than the tolerance, and of those that moved at all. */
function compare(a: Frame, b: Frame): { differ: number; changed: number } {
  if (a.width !== b.width || a.height !== b.height) return { differ: 1, changed: 1 }
  let differ = 0
  let changed = 0
  const p = a.pixels
  const q = b.pixels
  for (let i = 0; i < p.length; i += 4) {
    const d = Math.abs(p[i]! - q[i]!) + Math.abs(p[i + 1]! - q[i + 1]!) + Math.abs(p[i + 2]! - q[i + 2]!)
    if (d > 0) changed++
    if (d > TOLERANCE) differ++
  }
  const n = a.width * a.height
  return { differ: differ / n, changed: changed / n }
}

/** Red where a pixel differs, yellow where it moved within the tolerance, the base dimmed to grey elsewhere. */
function diffImage(a: Frame, b: Frame): Uint8Array {
  const out = new Uint8Array(a.pixels.length)
  const p = a.pixels
  const q = b.pixels
  for (let i = 0; i < p.length; i += 4) {
    const d = Math.abs(p[i]! - q[i]!) + Math.abs(p[i + 1]! - q[i + 1]!) + Math.abs(p[i + 2]! - q[i + 2]!)
    const grey = Math.round((p[i]! * 0.3 + p[i + 1]! * 0.59 + p[i + 2]! * 0.11) * 0.35)
    const [r, g, bl] = d > TOLERANCE ? [255, 0, 0] : d > 0 ? [255, 220, 0] : [grey, grey, grey]
    out[i] = r
    out[i + 1] = g
    out[i + 2] = bl
    out[i + 3] = 255
  }
  return out
}

function writePair(name: string, a: Frame, b: Frame) {
  writeFileSync(`${OUT_DIR}/${name}-base.png`, encodePng(a.pixels, a.width, a.height))
  writeFileSync(`${OUT_DIR}/${name}-this.png`, encodePng(b.pixels, b.width, b.height))
  if (a.width === b.width && a.height === b.height)
    writeFileSync(`${OUT_DIR}/${name}-diff.png`, encodePng(diffImage(a, b), a.width, a.height))
}

it(`every room looks as it did in ${BASE_REV}`, { timeout: 1_800_000 }, async () => {
  const built = prepareBase(BASE_REV)
  mkdirSync(OUT_DIR, { recursive: true })
  for (const f of readdirSync(OUT_DIR)) if (f.endsWith('.png')) rmSync(`${OUT_DIR}/${f}`)
  const servers: Served[] = []
  const browser = await launchChromium()
  try {
    servers.push(await serveDist(built.dir, 4880), await serveDist(REPO, 4890))
    const [urlA, urlB] = servers.map((s) => s.url) as [string, string]
    const ctxA = await browser.newContext({ viewport: VIEWPORT })
    const ctxB = await browser.newContext({ viewport: VIEWPORT })

    const listA = await openTrain(ctxA as never, urlA, '?dpr=1', VIEWPORT)
    const listB = await openTrain(ctxB as never, urlB, '?dpr=1', VIEWPORT)
    const idsA = await roomIds(listA.page)
    const idsB = await roomIds(listB.page)
    await listA.page.close()
    await listB.page.close()
    const ids = ONLY ? idsA.filter((id) => ONLY.includes(id)) : idsA

    type Row = {
      id: string
      worstDiffer: number
      worstChanged: number
      worstView: number
      views: { yaw: number; differ: number; changed: number }[]
      spawnBase: Pose
      spawnThis?: Pose
      problem?: string
    }
    const rows: Row[] = []
    let worst: { name: string; differ: number; a: Frame; b: Frame } | undefined
    for (const id of ids) {
      // Each room from its own deep link, in a fresh page of each build.
      const a = await openTrain(ctxA as never, urlA, `?dpr=1#/${id}`, VIEWPORT)
      const spawn = await a.page.evaluate(() => window.__TAEYANGHO__!.pose())
      if (!idsB.includes(id)) {
        rows.push({
          id,
          worstDiffer: 1,
          worstChanged: 1,
          worstView: -1,
          views: [],
          spawnBase: spawn,
          problem: 'this build lists no such room',
        })
        await a.page.close()
        continue
      }
      const b = await openTrain(ctxB as never, urlB, `?dpr=1#/${id}`, VIEWPORT)
      const spawnThis = await b.page.evaluate(() => window.__TAEYANGHO__!.pose())
      const row: Row = { id, worstDiffer: 0, worstChanged: 0, worstView: 0, views: [], spawnBase: spawn, spawnThis }
      let roomWorst: { differ: number; a: Frame; b: Frame; k: number } | undefined
      for (let k = 0; k < TURNS; k++) {
        const pose = { ...spawn, yaw: spawn.yaw + (k * Math.PI * 2) / TURNS }
        const fa = await frameAt(a.page, pose)
        const fb = await frameAt(b.page, pose)
        const c = compare(fa, fb)
        if (fa.width !== fb.width || fa.height !== fb.height)
          row.problem = `canvas ${fa.width}x${fa.height} in the base, ${fb.width}x${fb.height} here`
        row.views.push({ yaw: +pose.yaw.toFixed(4), ...c })
        row.worstChanged = Math.max(row.worstChanged, c.changed)
        if (!roomWorst || c.differ > roomWorst.differ) roomWorst = { differ: c.differ, a: fa, b: fb, k }
      }
      row.worstDiffer = roomWorst!.differ
      row.worstView = roomWorst!.k
      if (row.worstDiffer > LIMIT) writePair(`${id}-view${roomWorst!.k}`, roomWorst!.a, roomWorst!.b)
      if (!worst || roomWorst!.differ > worst.differ) worst = { name: `${id}-view${roomWorst!.k}`, ...roomWorst! }
      rows.push(row)
      await a.page.close()
      await b.page.close()
    }
    if (worst) writePair('worst', worst.a, worst.b)

    const pct = (f: number) => (f * 100).toFixed(3) + '%'
    const moved = (r: Row) =>
      r.spawnThis &&
      Math.hypot(r.spawnThis.x - r.spawnBase.x, r.spawnThis.z - r.spawnBase.z) +
        Math.abs(r.spawnThis.yaw - r.spawnBase.yaw) >
        1e-3
        ? 'spawn moved'
        : ''
    const lines = [
      `| room         | worst view | differ  | changed at all | verdict | notes`,
      `|--------------|------------|---------|----------------|---------|------`,
      ...rows.map(
        (r) =>
          `| ${r.id.padEnd(12)} | ${String(r.worstView).padStart(10)} | ${pct(r.worstDiffer).padStart(7)} | ${pct(r.worstChanged).padStart(14)} | ${(r.worstDiffer > LIMIT ? 'DIFFERS' : 'same').padEnd(7)} | ${[r.problem, moved(r)].filter(Boolean).join('; ')}`,
      ),
      '',
      `${TURNS} views per room at the base's spawn; a pixel differs when |dR|+|dG|+|dB| > ${TOLERANCE}; limit ${pct(LIMIT)} of pixels per view`,
      worst
        ? `worst view: ${worst.name}, ${pct(worst.differ)}: ${OUT_DIR}/worst-{base,this,diff}.png`
        : 'no rooms compared',
    ]
    const extra = idsB.filter((id) => !idsA.includes(id))
    if (extra.length) lines.push(`rooms only in this build (not compared): ${extra.join(', ')}`)
    console.log(
      `\nLooks: base = ${BASE_REV} (${built.sha.slice(0, 12)}), this = the working tree's dist/, ${VIEWPORT.width}x${VIEWPORT.height} at pixel ratio 1\n${lines.join('\n')}`,
    )
    writeFileSync(
      `${OUT_DIR}/report.json`,
      JSON.stringify(
        {
          date: new Date().toISOString(),
          base: { rev: BASE_REV, sha: built.sha },
          tolerance: TOLERANCE,
          limit: LIMIT,
          rooms: rows,
        },
        null,
        2,
      ) + '\n',
    )

    const failing = rows
      .filter((r) => r.worstDiffer > LIMIT)
      .map((r) => `${r.id} ${pct(r.worstDiffer)}${r.problem ? ` (${r.problem})` : ''}`)
    expect(failing, `rooms whose worst view differs in more than ${pct(LIMIT)} of pixels`).toEqual([])
    expect(rows.length).toBeGreaterThan(0)
  } finally {
    await browser.close()
    for (const s of servers) await s.close()
  }
})
