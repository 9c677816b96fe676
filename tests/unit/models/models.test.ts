import { existsSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { validateGlb } from '../../../scripts/models/document'
import { SHIPPED } from '../../../src/carriages/registry'
import { SOFA } from '../../../src/carriages/office/layout'
import { FIT_TOLERANCE } from '../../../src/models/fit'
import type { ModelEntry } from '../../../src/models/manifest'
import { SALOON } from '../../../src/carriages/kit/shells/saloon'
import { MODELS_DIR, lightsOver, manifest, median, readModel } from './read'
import { LOCOMOTIVE_PARTS } from '../../../src/exterior/locomotives'

const { models, problems } = manifest()
const read = new Map<string, Awaited<ReturnType<typeof readModel>>>()

beforeAll(async () => {
  for (const m of models) read.set(m.id, await readModel(m.built))
}, 60_000)

describe('public/models/models.json', () => {
  it('parses with no problems, one room model per shipped room, the three replaceable objects and the locomotives', () => {
    expect(problems).toEqual([])
    expect(models.filter((m) => m.kind === 'room').map((m) => m.id)).toEqual(SHIPPED.map((m) => m.id))
    expect(models.filter((m) => m.kind === 'object').map((m) => m.id)).toEqual([
      'desk-set',
      'place-setting',
      'sedan',
      ...Object.keys(LOCOMOTIVE_PARTS),
    ])
    for (const m of models) expect(existsSync(`${MODELS_DIR}/${m.file}`), m.file).toBe(true)
  })

  it("lists each room's anchors, as the room's manifest computes them", () => {
    for (const room of SHIPPED) {
      const entry = models.find((m) => m.id === room.id)!
      expect(Object.keys(entry.anchors).sort()).toEqual(Object.keys(room.anchors).sort())
    }
    // The desk set carries the office's telephones and laptop anchors.
    expect(Object.keys(models.find((m) => m.id === 'desk-set')!.anchors).sort()).toEqual(['laptop', 'phones'])
  })
})

describe.each(models.map((m) => [m.id, m] as [string, ModelEntry]))('model %s', (_, entry) => {
  it('is valid glTF once its meshopt buffers are decoded (Khronos validator: 0 errors)', async () => {
    const report = await validateGlb(read.get(entry.id)!.plain, entry.built)
    expect(report.messages).toEqual([])
    expect(report.errors).toBe(0)
  })

  it('fits its footprint and its triangle budget; its anchors lie in its footprint', () => {
    const { vertices, triangles } = read.get(entry.id)!
    expect(triangles).toBeLessThanOrEqual(entry.budget.triangles)
    const axes = ['x', 'y', 'z'] as const
    axes.forEach((axis, i) => {
      const values = vertices.map((v) => v[axis])
      expect(Math.min(...values)).toBeGreaterThanOrEqual(entry.footprint.min[i]! - FIT_TOLERANCE)
      expect(Math.max(...values)).toBeLessThanOrEqual(entry.footprint.max[i]! + FIT_TOLERANCE)
      for (const a of Object.values(entry.anchors)) {
        expect(a[i]).toBeGreaterThanOrEqual(entry.footprint.min[i]! - 0.5)
        expect(a[i]).toBeLessThanOrEqual(entry.footprint.max[i]! + 0.5)
      }
    })
  })
})

describe.each(models.map((m) => [m.id, m] as [string, ModelEntry]))('model %s, its anchors', (_, entry) => {
  it('carries an anchor_<name> empty at each anchor the manifest lists, so an artist starting from it keeps them', () => {
    const empties = Object.fromEntries(
      read
        .get(entry.id)!
        .doc.getRoot()
        .listNodes()
        .filter((n) => n.getName().startsWith('anchor_') && !n.getMesh())
        .map((n) => [n.getName().slice('anchor_'.length), n.getWorldTranslation()]),
    )
    expect(Object.keys(empties).sort()).toEqual(Object.keys(entry.anchors).sort())
    for (const [name, a] of Object.entries(entry.anchors))
      a.forEach((v, i) => expect(Math.abs(empties[name]![i]! - v), `${entry.built} anchor_${name}`).toBeLessThan(1e-3))
  })
})

describe('light with depth, read from the built files', () => {
  const HW = SALOON.width / 2

  it('darkens the office floor under the sofa by at least 25% against open floor', () => {
    // The light on screen, sampled every 5 cm: the bake keeps vertices only where it varies.
    const office = read.get('office')!
    const under = lightsOver(
      office,
      'shell',
      'y',
      0,
      [SOFA.x - SOFA.length / 2 + 0.2, SOFA.x + SOFA.length / 2 - 0.2],
      [-HW + 0.1, -HW + 0.7],
    )
    // Open floor: the strip left of the runner, away from the walls, in front of the partition and its furniture.
    const open = lightsOver(office, 'shell', 'y', 0, [4.6, 5.6], [-0.9, -0.4])
    expect(median(under)).toBeLessThanOrEqual(0.75 * median(open))
  })

  it("darkens a wall's corner against its middle, and its foot against its middle (the meeting car's right wall)", () => {
    // The wall's inner face (z = HW) below the windows, its points as (x, y).
    const wall = (x: [number, number], y: [number, number]) => lightsOver(read.get('meeting')!, 'shell', 'z', HW, x, y)
    const mid = SALOON.sill / 2
    // The corner with the entry end wall (x = 0) against the stretch from 1.5 to 3 m, where nothing stands.
    const corner = wall([0.02, 0.15], [mid, mid])
    const middle = wall([1.5, 3], [mid, mid])
    // The foot as seen: just above the skirting board (0.1 m).
    const foot = wall([1.5, 3], [0.12, 0.12])
    expect(Math.max(...corner)).toBeLessThan(0.92 * median(middle))
    expect(median(foot)).toBeLessThan(0.75 * median(middle))
  })

  it('costs at most 300 KB gzipped for all the model files', () => {
    const total = [...read.values()].reduce((n, r) => n + r.gzip, 0)
    expect(total).toBeLessThanOrEqual(300 * 1024)
  })
})
