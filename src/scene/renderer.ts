import { type Material, WebGLRenderer } from 'three'
import { materials } from '../geometry/materials'
import { loadedMaterials } from '../models/loader'
import { useStatus } from '../state/status'

const ATTRIBUTES: WebGLContextAttributes = { alpha: true, antialias: false, powerPreference: 'high-performance' }

/**
 * The canvas's renderer, on the one WebGL context the page makes. A separate probe
 * (three's `isWebGL2Available`) made a throwaway context first, which SwiftShader and
 * weak kiosk GPUs pay for with a 200-370 ms task at load. When the browser gives no
 * context, the page says so (`noWebGL`) and the canvas never starts; three would log
 * an error and throw into React instead.
 *
 * Typed as R3F's synchronous factory: a renderer returned at once is drawn with at once,
 * where a promise has R3F's canvas suspend, and React then holds the scene back for its
 * Suspense throttle (300 ms). Only the no-context case returns a promise, one that
 * never settles, while the page swaps the canvas for its notice.
 */
export const createRenderer = ((defaults: { canvas: unknown }): WebGLRenderer | Promise<never> => {
  // R3F's <Canvas> always hands over its own DOM canvas.
  const canvas = defaults.canvas as HTMLCanvasElement
  const context = canvas.getContext('webgl2', ATTRIBUTES)
  if (!context) {
    useStatus.setState({ noWebGL: true })
    return new Promise<never>(() => {})
  }
  const renderer = new WebGLRenderer({ canvas, context, ...ATTRIBUTES })
  const dispose = renderer.dispose.bind(renderer)
  renderer.dispose = () => {
    releaseSharedMaterials(renderer)
    dispose()
  }
  return renderer
}) as (defaults: { canvas: unknown }) => WebGLRenderer

/**
 * Lets a renderer that is going (R3F disposes it when the canvas unmounts, as after a
 * context that never came back) go from the materials that outlive it. three's
 * WebGLRenderer.dispose() frees the geometries and textures it drew, but each material it
 * compiled keeps the renderer's 'dispose' listener until the material itself is
 * disposed; and the train's materials are made once for the page (geometry/materials.ts,
 * models/loader.ts): each rebuilt canvas stayed alive through them, its renderer, canvas
 * and R3F's two divs. Disposing such a material only drops every renderer's programs for
 * it, which a live renderer compiles again when it next draws it; the canvas that follows
 * is made after this one has gone, so it has usually drawn nothing yet.
 */
function releaseSharedMaterials(renderer: WebGLRenderer): void {
  const shared = new Set<Material>([...Object.values(materials()), ...loadedMaterials()])
  for (const m of shared) if (renderer.properties.has(m)) m.dispose()
}
