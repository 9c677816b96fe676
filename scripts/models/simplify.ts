import { BufferAttribute, type BufferGeometry } from 'three'
import { mergeVertices } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import { MeshoptSimplifier } from 'meshoptimizer'
import { toDisplay } from '../../src/geometry/lighting'

/**
 * The simplifier's error bound, in metres (32 mm), with a displayed colour (0-1) weighed
 * as a position: a shade off by 0.032, about eight steps of 255, counts as 32 mm. Seen
 * side by side, 4, 8, 16 and 32 mm look alike; SwiftShader pays for every triangle kept.
 */
const MAX_ERROR = 0.032
const COLOUR_WEIGHT = 1

/**
 * Takes back the cells the bake cut where the light came out even: a floor is cut into
 * 40 cm cells so shadows have vertices to fall on, but away from furniture and walls its
 * cells all carry the same colour. meshoptimizer's simplifier, told to keep positions and
 * displayed colours within a hair of the original, merges those and keeps the gradients.
 * Edges where the colour changes (every corner of a box, lit per face) stay where they are:
 * every border is locked. Unlocked, a flat part narrower than the bound (a number plate's
 * digit, 35 mm) could fold away entirely, since moving within its own plane costs nothing.
 */
export async function simplifyBaked(geometry: BufferGeometry): Promise<BufferGeometry> {
  await MeshoptSimplifier.ready
  for (const name of Object.keys(geometry.attributes))
    if (name !== 'position' && name !== 'color') geometry.deleteAttribute(name)
  const welded = mergeVertices(geometry, 1e-5)
  const pos = welded.getAttribute('position') as BufferAttribute
  const col = welded.getAttribute('color') as BufferAttribute
  const display = new Float32Array(col.count * 3)
  for (let i = 0; i < col.count * 3; i++) display[i] = toDisplay(col.array[i]!)
  const indices = new Uint32Array(welded.index!.array)
  const [kept] = MeshoptSimplifier.simplifyWithAttributes(
    indices,
    new Float32Array(pos.array),
    3,
    display,
    3,
    [COLOUR_WEIGHT, COLOUR_WEIGHT, COLOUR_WEIGHT],
    null,
    0,
    MAX_ERROR,
    ['ErrorAbsolute', 'LockBorder'],
  )
  welded.setIndex(new BufferAttribute(kept, 1))
  return welded
}
