import { describe, expect, it } from 'vitest'
import { shellParts } from '../../src/carriages/shared/shell'
import { buildMerged } from '../../src/geometry/build'
import { TRAIN_WORLD } from '../../src/player/trainWorld'
import { isFree } from '../../src/player/world'
import { SHELL, VISITOR } from '../../src/train/dimensions'
import { circleHitsRect, containsPoint, offsetRect } from '../../src/train/geometry2d'
import en from '../../src/content/i18n/en/ui.json'
import { CARRIAGES, CARRIAGE_IDS, SLOTS } from '../../src/train/registry'

describe('carriage registry', () => {
  it('has the carriages of the design, in train order', () => {
    expect(CARRIAGE_IDS).toEqual(['office', 'comms', 'meeting', 'zebra', 'restaurant', 'bedroom', 'medical', 'guards', 'cars-1', 'cars-2'])
  })

  it('gives every carriage a unique id fit for a URL, an English name and a positive length', () => {
    expect(new Set(CARRIAGE_IDS).size).toBe(CARRIAGE_IDS.length)
    for (const c of CARRIAGES) {
      expect(c.id).toMatch(/^[a-z0-9][a-z0-9-]*$/)
      expect((en as Record<string, string>)[`carriage.${c.id}.name`], `${c.id}: English name`).toBeTruthy()
      expect(c.length, c.id).toBeGreaterThan(0)
    }
  })

  describe.each(CARRIAGES.map((c, i) => [c.id, c, i] as const))('%s', (id, c, i) => {
    it('spawns the visitor inside its walkable area, clear of furniture, facing along the train', () => {
      expect(containsPoint(c.walkable, c.spawn.x, c.spawn.z, VISITOR.radius), id).toBe(true)
      expect(isFree(TRAIN_WORLD, SLOTS[i]!.start + c.spawn.x, c.spawn.z, VISITOR.radius)).toBe(true)
      expect(Math.sin(c.spawn.yaw)).toBeCloseTo(-1)
    })

    it('keeps its furniture inside its walls', () => {
      for (const o of c.obstacles) {
        expect(o.minX, id).toBeGreaterThanOrEqual(c.walkable.minX - 0.01)
        expect(o.maxX, id).toBeLessThanOrEqual(c.walkable.maxX + 0.01)
      }
    })

    it('leaves the walkway clear from door to door', () => {
      const hit = c.obstacles.map((o) => offsetRect(o, 0)).find((o) => {
        for (let x = 0; x <= c.length; x += 0.05) if (circleHitsRect(o, x, SHELL.walkZ, VISITOR.radius)) return true
        return false
      })
      expect(hit, `${id}: an obstacle stands on the walkway`).toBeUndefined()
    })

    it('draws in a handful of meshes: shell and furniture merged per material', () => {
      const ends = { prev: i > 0, next: i < CARRIAGES.length - 1 }
      const meshes = buildMerged(shellParts(c.length, c.shell, ends)).length + buildMerged(c.parts).length
      expect(meshes, id).toBeLessThanOrEqual(10)
    })
  })
})
