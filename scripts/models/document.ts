import { type Document as Doc, Document, NodeIO } from '@gltf-transform/core'
import { ALL_EXTENSIONS, EXTMeshoptCompression, KHRMaterialsUnlit } from '@gltf-transform/extensions'
import { dedup, quantize, reorder, weld } from '@gltf-transform/functions'
import { MeshoptDecoder, MeshoptEncoder } from 'meshoptimizer'
import type { BufferAttribute, BufferGeometry } from 'three'
import * as validator from 'gltf-validator'

/** One mesh of a model: merged geometry (non-indexed, position and linear colour) and how it draws. */
export interface MeshSpec {
  name: string
  geometry: BufferGeometry
  /** The faint glass of closed doors: drawn blended, after the opaque meshes. */
  glass: boolean
  /** Draw order within the room (see scene/Train.tsx): furniture -1, the shell 0. */
  renderOrder: number
}

/** Reads and writes every extension glTF-Transform knows, meshopt included, both ways. */
export async function modelIO(): Promise<NodeIO> {
  await MeshoptEncoder.ready
  await MeshoptDecoder.ready
  return new NodeIO()
    .registerExtensions(ALL_EXTENSIONS)
    .registerDependencies({ 'meshopt.encoder': MeshoptEncoder, 'meshopt.decoder': MeshoptDecoder })
}

/**
 * A model as a glTF document: one node per mesh, unlit materials (the light is in the
 * vertex colours, so any viewer shows what the exhibit shows), extras for the draw order,
 * and an `anchor_<name>` empty per anchor: an artist who starts from this file keeps them.
 */
export function modelDocument(
  id: string,
  meshes: readonly MeshSpec[],
  anchors: Readonly<Record<string, readonly [number, number, number]>> = {},
): Doc {
  const doc = new Document()
  doc.getRoot().getAsset().generator = 'Taeyangho scripts/models.ts (glTF-Transform)'
  const buffer = doc.createBuffer()
  const unlit = doc.createExtension(KHRMaterialsUnlit)
  const material = (glass: boolean) => {
    const m = doc.createMaterial(glass ? 'glass' : 'baked').setExtension('KHR_materials_unlit', unlit.createUnlit())
    return glass ? m.setAlphaMode('BLEND').setBaseColorFactor([1, 1, 1, 0.14]) : m
  }
  const baked = material(false)
  const glass = material(true)
  const scene = doc.createScene(id)
  for (const spec of meshes) {
    const g = spec.geometry
    const accessor = (name: string) =>
      doc
        .createAccessor()
        .setType('VEC3')
        .setArray(new Float32Array((g.getAttribute(name) as BufferAttribute).array))
        .setBuffer(buffer)
    const prim = doc.createPrimitive()
    if (g.index)
      prim.setIndices(doc.createAccessor().setType('SCALAR').setArray(new Uint32Array(g.index.array)).setBuffer(buffer))
    prim
      .setAttribute('POSITION', accessor('position'))
      .setAttribute('COLOR_0', accessor('color'))
      .setMaterial(spec.glass ? glass : baked)
    const mesh = doc.createMesh(spec.name).addPrimitive(prim)
    scene.addChild(doc.createNode(spec.name).setMesh(mesh).setExtras({ renderOrder: spec.renderOrder }))
  }
  for (const [name, at] of Object.entries(anchors))
    scene.addChild(doc.createNode(`anchor_${name}`).setTranslation([at[0], at[1], at[2]]))
  doc.getRoot().setDefaultScene(scene)
  return doc
}

/**
 * Welds (indexes equal vertices), drops duplicates, orders for the vertex cache and
 * quantises: positions to 16 bits (a third of a millimetre over a room: panel joints sit
 * 3 mm off their wall), linear colours to 8 bits. 16-bit colours would be exact in the
 * darkest carpet too, but cost 160 KB more over the train (416 KB against 253 KB
 * gzipped); the display value is taken per vertex and interpolated, so 8 bits show as a
 * slight unevenness in the darkest colours, never as bands.
 */
export async function optimise(doc: Doc): Promise<void> {
  await doc.transform(
    weld(),
    dedup(),
    reorder({ encoder: MeshoptEncoder }),
    quantize({
      quantizePosition: 16,
      quantizeColor: 8,
      quantizationVolume: 'scene',
    }),
  )
}

/** The shipped file: meshopt-compressed (EXT_meshopt_compression, decoded by three's local decoder). */
export async function compressedGlb(io: NodeIO, doc: Doc): Promise<Uint8Array> {
  doc
    .createExtension(EXTMeshoptCompression)
    .setRequired(true)
    .setEncoderOptions({ method: EXTMeshoptCompression.EncoderMethod.QUANTIZE })
  return io.writeBinary(doc)
}

export interface ValidationReport {
  errors: number
  warnings: number
  messages: string[]
}

/** Khronos' glTF-Validator on a GLB (it cannot decode meshopt buffers: give it an uncompressed one). */
export async function validateGlb(bytes: Uint8Array, name: string): Promise<ValidationReport> {
  const report = (await validator.validateBytes(bytes, { uri: name, maxIssues: 50 })) as {
    issues: {
      numErrors: number
      numWarnings: number
      messages: { code: string; message: string; pointer?: string; severity: number }[]
    }
  }
  return {
    errors: report.issues.numErrors,
    warnings: report.issues.numWarnings,
    messages: report.issues.messages
      .filter((m) => m.severity <= 1)
      .map((m) => `${name}: ${m.code} ${m.message}${m.pointer ? ` at ${m.pointer}` : ''}`),
  }
}

/** A shipped file read back and written without meshopt, for the validator. */
export async function decodedGlb(io: NodeIO, bytes: Uint8Array): Promise<{ doc: Doc; plain: Uint8Array }> {
  const doc = await io.readBinary(bytes)
  doc
    .getRoot()
    .listExtensionsUsed()
    .filter((e) => e.extensionName === EXTMeshoptCompression.EXTENSION_NAME)
    .forEach((e) => e.dispose())
  return { doc, plain: await io.writeBinary(doc) }
}
