import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { build } from 'vite'
import type { Rollup } from 'vite'
import { SHIPPED } from '../../src/carriages/registry'

/**
 * What the page shell's first chunk holds. It must not grow with the number of rooms:
 * a room contributes its manifest (and the numbers it shares with its build) to it,
 * never its geometry, which comes with the 3D view.
 */
// write: false keeps rollup's chunks in memory, but the PWA plugin still writes its
// service worker (a development one, under Vitest's NODE_ENV) into outDir: never dist/,
// which the browser tests serve and `npm run build` shipped.
const outDir = mkdtempSync(join(tmpdir(), 'taeyangho-chunks-'))
afterAll(() => rmSync(outDir, { recursive: true, force: true }))
const output = (await build({ logLevel: 'silent', build: { write: false, outDir, emptyOutDir: true } })) as
  Rollup.RollupOutput | Rollup.RollupOutput[]
const chunks = (Array.isArray(output) ? output : [output])
  .flatMap((o) => o.output)
  .filter((c): c is Rollup.OutputChunk => c.type === 'chunk')
const srcOf = (c: Rollup.OutputChunk) =>
  Object.keys(c.modules).flatMap((m) => (m.includes('/src/') ? [m.replace(/^.*\/src\//, '')] : []))
/** The entry and every chunk it imports statically: what the first paint waits for. */
function initialChunks(): Rollup.OutputChunk[] {
  const byName = new Map(chunks.map((c) => [c.fileName, c]))
  const seen = new Set<Rollup.OutputChunk>()
  const visit = (c: Rollup.OutputChunk | undefined) => {
    if (!c || seen.has(c)) return
    seen.add(c)
    c.imports.forEach((f) => visit(byName.get(f)))
  }
  visit(chunks.find((c) => c.isEntry))
  return [...seen]
}
const initialSet = new Set(initialChunks())
const initial = [...initialSet].flatMap(srcOf)

describe('the initial chunk', () => {
  it('holds each room’s manifest and layout numbers, and nothing else of a room', () => {
    const ofRooms = initial.filter((m) => /^carriages\/(?!kit\/|registry)/.test(m))
    expect(ofRooms.length).toBeGreaterThan(0)
    for (const m of ofRooms)
      expect(m, `${m} is in the initial chunk`).toMatch(/^carriages\/[a-z0-9-]+\/(index|layout)\.ts$/)
  })

  it('imports no carriage geometry: no builds, props, merging or lighting', () => {
    const geometry = initial.filter((m) =>
      /\/build\.ts$|props\.ts$|sedan\.ts$|carTransportBuild\.ts$|mapBoard\.ts$|^geometry\/(build|lighting)\.ts$|^scene\//.test(
        m,
      ),
    )
    expect(geometry).toEqual([])
  })

  it('loads every room’s build as a chunk of its own, with the 3D view', () => {
    for (const { id } of SHIPPED) {
      const holder = chunks.find((c) => srcOf(c).includes(`carriages/${id}/build.ts`))
      expect(holder, `${id}/build.ts is in no chunk`).toBeDefined()
      expect(initialSet.has(holder!), `${id}/build.ts is in the initial chunks`).toBe(false)
    }
  })
})
