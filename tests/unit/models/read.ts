import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import type { Document } from '@gltf-transform/core'
import { decodedGlb, modelIO } from '../../../scripts/models/document'
import { toDisplay } from '../../../src/geometry/lighting'
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
export async function readModel(file: string): Promise<{
  doc: Document
  plain: Uint8Array
  vertices: Vertex[]
  /** Corners of every triangle, as indices into `vertices`. */
  faces: [number, number, number][]
  triangles: number
  gzip: number
}> {
  const io = await modelIO()
  const bytes = readFileSync(`${MODELS_DIR}/${file}`)
  const { doc, plain } = await decodedGlb(io, new Uint8Array(bytes))
  const vertices: Vertex[] = []
  const faces: [number, number, number][] = []
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
      const base = vertices.length
      const index = prim.getIndices()
      const corner = (k: number) => base + (index ? index.getScalar(k) : k)
      for (let k = 0; k < (index?.getCount() ?? pos.getCount()); k += 3)
        faces.push([corner(k), corner(k + 1), corner(k + 2)])
      for (let i = 0; i < pos.getCount(); i++) {
        pos.getElement(i, p)
        if (col) col.getElement(i, c)
        const [x, y, z] = p as [number, number, number]
        vertices.push({
          mesh: node.getName(),
          x: m[0] * x + m[4] * y + m[8] * z + m[12],
          y: m[1] * x + m[5] * y + m[9] * z + m[13],
          z: m[2] * x + m[6] * y + m[10] * z + m[14],
          light: col ? (toDisplay(c[0]!) + toDisplay(c[1]!) + toDisplay(c[2]!)) / 3 : 1,
        })
      }
    }
  }
  return { doc, plain, vertices, faces, triangles, gzip: gzipSync(bytes).length }
}

type Axis = 'x' | 'y' | 'z'

/**
 * The light the screen shows at a point of a flat surface of a mesh (the plane where
 * `axis` equals `value`): interpolated across the triangle that covers the point, as the
 * GPU interpolates the per-vertex display values. Undefined where no triangle covers it.
 */
export function lightAt(
  model: { vertices: Vertex[]; faces: [number, number, number][] },
  mesh: string,
  axis: Axis,
  value: number,
  point: { u: number; v: number },
): number | undefined {
  const [ua, va] = (['x', 'y', 'z'] as const).filter((a) => a !== axis) as [Axis, Axis]
  for (const f of model.faces) {
    const [a, b, c] = f.map((i) => model.vertices[i]!) as [Vertex, Vertex, Vertex]
    if (a.mesh !== mesh || [a, b, c].some((q) => Math.abs(q[axis] - value) > 1e-3)) continue
    const d = (b[ua] - a[ua]) * (c[va] - a[va]) - (c[ua] - a[ua]) * (b[va] - a[va])
    if (Math.abs(d) < 1e-12) continue
    const wb = ((point.u - a[ua]) * (c[va] - a[va]) - (c[ua] - a[ua]) * (point.v - a[va])) / d
    const wc = ((b[ua] - a[ua]) * (point.v - a[va]) - (point.u - a[ua]) * (b[va] - a[va])) / d
    const wa = 1 - wb - wc
    if (wa >= -1e-6 && wb >= -1e-6 && wc >= -1e-6) return wa * a.light + wb * b.light + wc * c.light
  }
  return undefined
}

/** `lightAt` on a grid of points over a rectangle of the plane, every point covered. */
export function lightsOver(
  model: { vertices: Vertex[]; faces: [number, number, number][] },
  mesh: string,
  axis: Axis,
  value: number,
  u: [number, number],
  v: [number, number],
  step = 0.05,
): number[] {
  const out: number[] = []
  for (let pu = u[0]; pu <= u[1] + 1e-9; pu += step)
    for (let pv = v[0]; pv <= v[1] + 1e-9; pv += step) {
      const l = lightAt(model, mesh, axis, value, { u: pu, v: pv })
      if (l === undefined) throw new Error(`no ${mesh} triangle covers ${axis}=${value} at (${pu}, ${pv})`)
      out.push(l)
    }
  return out
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
