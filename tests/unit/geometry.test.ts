import { describe, expect, it } from 'vitest'
import { buildMerged, partGeometry } from '../../src/geometry/build'
import { type PrismPart, box, cylinder, face } from '../../src/geometry/parts'

const vertices = (g: ReturnType<typeof partGeometry>) => g.getAttribute('position').count
const colourAt = (g: ReturnType<typeof partGeometry>, v: number) =>
  Array.from(g.getAttribute('color').array.slice(v * 3, v * 3 + 3))

describe('parts as geometry', () => {
  it('draws only the face a flat prism asks for, turned the way it faces', () => {
    const outline: PrismPart = {
      kind: 'prism',
      profile: [
        [0, 0],
        [1, 0],
        [1, 1],
        [0.5, 1.4],
        [0, 1],
      ],
      depth: 0.01,
      at: [0, 0, 0],
      color: 0x141414,
      bake: 'matte',
    }
    const solid = partGeometry(outline)
    for (const facing of ['+z', '-z'] as const) {
      const g = partGeometry({ ...outline, face: facing })
      const pos = g.getAttribute('position')
      expect(pos.count, facing).toBe(3 * 3) // five corners: three triangles, and nothing else
      expect(pos.count).toBeLessThan(vertices(solid) / 3)
      for (let v = 0; v < pos.count; v++) expect(pos.getZ(v)).toBeCloseTo(facing === '+z' ? 0.005 : -0.005, 6)
      // Counter-clockwise seen from the side it faces: the cross product points that way.
      const [ax, ay, bx, by, cx, cy] = [pos.getX(0), pos.getY(0), pos.getX(1), pos.getY(1), pos.getX(2), pos.getY(2)]
      const z = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax)
      expect(Math.sign(z), facing).toBe(facing === '+z' ? 1 : -1)
    }
  })

  it('a face is lit like the same face of a solid box', () => {
    const top = partGeometry(face([2, 0, 2], [0, 1, 0], '+y', 0x7d9a55))
    const solid = partGeometry(box([2, 0.2, 2], [0, 0.9, 0], 0x7d9a55))
    expect(vertices(top)).toBe(6)
    // BoxGeometry order: +x, -x, +y...; six vertices a face once unindexed.
    expect(colourAt(top, 0)).toEqual(colourAt(solid, 12))
    // Exactly where it is put (a floor at 0 meets a wall's foot there), the box behind it.
    expect(top.getAttribute('position').getY(0)).toBeCloseTo(1, 6)
  })

  it('leaves out the faces no eye sees: a top above every eye, a bottom below every eye', () => {
    const eyes = [1.1, 1.6] as const
    const faces = (at: number, height: number) =>
      vertices(partGeometry(box([1, height, 1], [0, at, 0], 0xffffff), { eyes })) / 6
    expect(faces(2, 0.2)).toBe(5) // a shelf above the eyes: no top
    expect(faces(0.7, 0.1)).toBe(5) // a table top below them: no underside
    expect(faces(1.35, 0.1)).toBe(6) // between the eyes: seen from above and from below
    expect(faces(1.3, 1)).toBe(4) // a cupboard from below the eyes to above them: neither
    expect(vertices(partGeometry(box([1, 0.2, 1], [0, 2, 0], 0xffffff))) / 6).toBe(6) // no eyes given: all
  })

  it('leaves out hidden faces, and the undersides of what stands on the floor', () => {
    expect(vertices(partGeometry({ ...box([1, 1, 1], [0, 2, 0], 0xffffff), hide: ['+x', '-z'] }))).toBe(24)
    expect(vertices(partGeometry(box([1, 1, 1], [0, 2, 0], 0xffffff)))).toBe(36)
    expect(vertices(partGeometry(box([1, 1, 1], [0, 0.5, 0], 0xffffff)))).toBe(30)
    const standing = partGeometry(cylinder(0.2, 1, [0, 0.5, 0], 0xffffff, 'matte', { segments: 8 }))
    const floating = partGeometry(cylinder(0.2, 1, [0, 1.5, 0], 0xffffff, 'matte', { segments: 8 }))
    expect(vertices(floating) - vertices(standing)).toBe(8 * 3)
  })

  it('merges by stretch along the train, small parts first within each', () => {
    const table = box([1, 0.05, 1], [1, 0.75, 0], 0xffffff)
    const plate = box([0.2, 0.01, 0.2], [1.2, 0.78, 0], 0xff0000)
    const far = box([1, 1, 1], [9, 2, 0], 0x00ff00)
    const merged = buildMerged([table, far, plate], 4)
    expect(merged.map((m) => m.key)).toEqual(['matte:0', 'matte:2'])
    const first = merged[0]!.geometry.getAttribute('position')
    // The plate's vertices come before the table's.
    expect(first.getY(0)).toBeGreaterThan(0.77)
    expect(buildMerged([table, far, plate]).length).toBe(1)
  })
})
