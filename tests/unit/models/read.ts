import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import type { Document } from '@gltf-transform/core'
import { decodedGlb, modelIO } from '../../../scripts/models/document'
import { parseModels } from '../../../src/models/manifest'

export const MODELS_DIR = 'public/models'

/** The manifest as the app reads it. */
export const manifest = () => parseModels(JSON.parse(readFileSync(`${MODELS_DIR}/models.json`, 'utf8')))

/** A vertex of a model file, in the model's frame, with its colour as the screen shows it (display value). */
export interface Vertex {
  mesh: string
  x: number
  y: number
  z: number
  /** Mean of r, g, b display values. */
  light: number
}

/** Every triangle's worth of vertices in a file (meshopt decoded), with node transforms applied. */
export async function readModel(
  file: string,
): Promise<{ doc: Document; plain: Uint8Array; vertices: Vertex[]; triangles: number; gzip: number }> {
  const io = await modelIO()
  const bytes = readFileSync(`${MODELS_DIR}/${file}`)
  const { doc, plain } = await decodedGlb(io, new Uint8Array(bytes))
  const vertices: Vertex[] = []
  let triangles = 0
  const p = [0, 0, 0]
  const c = [0, 0, 0]
  for (const node of doc.getRoot().listNodes()) {
    const mesh = node.getMesh()
    if (!mesh) continue
    const m = node.getWorldMatrix()
    for (const prim of mesh.listPrimitives()) {
      const pos = prim.getAttribute('POSITION')!
      const col = prim.getAttribute('COLOR_0')
      triangles += (prim.getIndices()?.getCount() ?? pos.getCount()) / 3
      for (let i = 0; i < pos.getCount(); i++) {
        pos.getElement(i, p)
        if (col) col.getElement(i, c)
        const [x, y, z] = p as [number, number, number]
        vertices.push({
          mesh: node.getName(),
          x: m[0] * x + m[4] * y + m[8] * z + m[12],
          y: m[1] * x + m[5] * y + m[9] * z + m[13],
          z: m[2] * x + m[6] * y + m[10] * z + m[14],
          light: col ? (c[0]! ** (1 / 2.2) + c[1]! ** (1 / 2.2) + c[2]! ** (1 / 2.2)) / 3 : 1,
        })
      }
    }
  }
  return { doc, plain, vertices, triangles, gzip: gzipSync(bytes).length }
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
