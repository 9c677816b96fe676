import { type BufferGeometry, type Material, type Mesh, type Object3D, Box3, Matrix4, Vector3 } from 'three'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import type { Vec3 } from '../geometry/parts'
import { type ModelEntry, parseModels } from './manifest'
import { checkFit, fitToFootprint } from './fit'
import { bakeLight, isOurs } from './prepare'
import { useModels } from './store'

/*
 * Fetches and prepares model files. Nothing here throws into React: every load ends in
 * a model or in a reason to draw the built-in geometry, so one missing, broken, slow or
 * over-budget file costs only its own room or object.
 */

/** A model ready to draw, in its own frame: merged meshes and the anchors it carries. */
export interface LoadedModel {
  ok: true
  entry: ModelEntry
  meshes: { geometry: BufferGeometry; material: Material; renderOrder: number; name: string }[]
  anchors: Record<string, Vec3>
  triangles: number
}
export interface ModelFailure {
  ok: false
  reason: string
}
export type ModelResult = LoadedModel | ModelFailure

/** A model slower than this is given up for its built-in geometry (it may still be stuck on a dead network). */
export const MODEL_TIMEOUT_MS = 8000

const BASE = `${import.meta.env.BASE_URL}models/`

let manifest: Promise<Map<string, ModelEntry>> | null = null

/** The manifest, fetched once; a bad entry is left out with a warning, a missing file leaves all built-in. */
export function modelManifest(): Promise<Map<string, ModelEntry>> {
  manifest ??= fetch(`${BASE}models.json`)
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
    .then((json: unknown) => {
      const { models, problems } = parseModels(json)
      for (const p of problems) useModels.getState().report(p)
      useModels.getState().setCredits(models.map((m) => ({ title: m.title, ...m.credits })))
      return new Map(models.map((m) => [m.id, m]))
    })
    .catch((error: unknown) => {
      useModels.getState().report(`models.json did not load (${String(error)}): every room is drawn from code`)
      return new Map<string, ModelEntry>()
    })
  return manifest
}

const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder)

/** Draco needs a decoder fetched from elsewhere: an offline kiosk has none, so such a file is refused, saying why. */
function refuseDraco(json: { extensionsUsed?: string[] }): string | null {
  return json.extensionsUsed?.includes('KHR_draco_mesh_compression')
    ? 'it is Draco-compressed, which this exhibit does not decode offline; re-export it without Draco, or run `npx @gltf-transform/cli meshopt in.glb out.glb`'
    : null
}

/** The JSON part of a .glb or .gltf, to check before parsing; null when it is neither. */
function gltfJson(bytes: ArrayBuffer): { extensionsUsed?: string[] } | null {
  const view = new DataView(bytes)
  try {
    if (bytes.byteLength >= 20 && view.getUint32(0, true) === 0x46546c67) {
      const length = view.getUint32(12, true)
      return JSON.parse(new TextDecoder().decode(new Uint8Array(bytes, 20, length))) as { extensionsUsed?: string[] }
    }
    return JSON.parse(new TextDecoder().decode(bytes)) as { extensionsUsed?: string[] }
  } catch {
    return null
  }
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const id = window.setTimeout(() => reject(new Error(`${what} took over ${ms / 1000} s`)), ms)
    p.then(
      (v) => (window.clearTimeout(id), resolve(v)),
      (e: unknown) => (window.clearTimeout(id), reject(e instanceof Error ? e : new Error(String(e)))),
    )
  })
}

/** Flattens a glTF scene into meshes in the model's frame, and reads its `anchor_*` empties. */
function flatten(root: Object3D): { meshes: Mesh[]; anchors: Record<string, Vec3> } {
  root.updateMatrixWorld(true)
  const meshes: Mesh[] = []
  const anchors: Record<string, Vec3> = {}
  const p = new Vector3()
  root.traverse((o) => {
    if ((o as Mesh).isMesh) meshes.push(o as Mesh)
    else if (o.name.startsWith('anchor_')) {
      o.getWorldPosition(p)
      anchors[o.name.slice('anchor_'.length)] = [p.x, p.y, p.z]
    }
  })
  return { meshes, anchors }
}

async function load(entry: ModelEntry): Promise<LoadedModel> {
  const url = `${BASE}${entry.file}`
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${entry.file} answered HTTP ${response.status}`)
  const bytes = await response.arrayBuffer()
  const json = gltfJson(bytes)
  if (!json) throw new Error(`${entry.file} is neither a .glb nor a .gltf file`)
  const draco = refuseDraco(json)
  if (draco) throw new Error(`${entry.file}: ${draco}`)
  const gltf = await loader.parseAsync(bytes, url.slice(0, url.lastIndexOf('/') + 1))
  const { meshes, anchors } = flatten(gltf.scene)
  if (meshes.length === 0) throw new Error(`${entry.file} has no meshes`)
  // Counted before lighting: an over-budget scan is refused without baking its million vertices.
  const triangles = meshes.reduce((n, m) => n + (m.geometry.index ?? m.geometry.getAttribute('position')).count / 3, 0)
  if (triangles > entry.budget.triangles)
    throw new Error(`${entry.file} has ${triangles} triangles, over its budget of ${entry.budget.triangles}`)
  const ours = isOurs(entry)
  const prepared = meshes.map((m) => bakeLight(m, ours))
  const texturePixels = prepared.reduce((n, m) => n + m.texturePixels, 0)
  if (texturePixels > entry.budget.texturePixels)
    throw new Error(
      `${entry.file} has ${texturePixels} texture pixels, over its budget of ${entry.budget.texturePixels}`,
    )
  const bounds = new Box3()
  for (const m of prepared) {
    m.geometry.computeBoundingBox()
    bounds.union(m.geometry.boundingBox!)
  }
  if (entry.fit === 'scale') {
    const matrix = fitToFootprint(bounds, entry.footprint, new Matrix4())
    for (const m of prepared) m.geometry.applyMatrix4(matrix)
    for (const [name, a] of Object.entries(anchors)) {
      const v = new Vector3(...a).applyMatrix4(matrix)
      anchors[name] = [v.x, v.y, v.z]
    }
  } else {
    const misfit = checkFit(bounds, entry.footprint)
    if (misfit) throw new Error(`${entry.file} ${misfit}`)
  }
  for (const m of prepared) m.geometry.computeBoundingSphere()
  return { ok: true, entry, meshes: prepared, anchors, triangles }
}

const results = new Map<string, Promise<ModelResult>>()
const settled = new Map<string, ModelResult>()

/**
 * A model's result once it has arrived, synchronously: a room whose file is already here
 * draws in the same commit as the canvas, instead of suspending for one more (React's
 * `use` suspends once even on a settled promise), which would redraw a still visitor.
 */
export const settledModel = (id: string): ModelResult | undefined => settled.get(id)

/**
 * The materials of every model loaded so far: geometry/materials.ts's, made once and
 * shared by every canvas the page builds (see scene/renderer.ts, which lets a canvas's
 * renderer go from them).
 */
export function loadedMaterials(): Set<Material> {
  const found = new Set<Material>()
  for (const r of settled.values()) if (r.ok) for (const m of r.meshes) found.add(m.material)
  return found
}

/**
 * A model by id, loaded once: its meshes, or the reason it is drawn from code instead
 * (also logged as a warning and listed in the operator status). Never rejects.
 */
export function modelResult(id: string): Promise<ModelResult> {
  let result = results.get(id)
  if (!result) {
    const { started, finished } = useModels.getState()
    // Often first asked during a render (use() in a room or at the platform): the
    // operator status hears of it after that render, never inside it.
    queueMicrotask(() => started(id))
    result = modelManifest()
      .then((models) => {
        const entry = models.get(id)
        if (!entry) throw new Error('it is not listed in models.json')
        return withTimeout(load(entry), MODEL_TIMEOUT_MS, entry.file)
      })
      .then(
        (model): ModelResult => {
          settled.set(id, model)
          finished(id, null)
          return model
        },
        (error: unknown): ModelResult => {
          const reason = error instanceof Error ? error.message : String(error)
          const failure: ModelFailure = { ok: false, reason }
          settled.set(id, failure)
          finished(id, reason)
          return failure
        },
      )
    results.set(id, result)
  }
  return result
}
