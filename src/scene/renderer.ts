import { WebGLRenderer } from 'three'
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
  return new WebGLRenderer({ canvas, context, ...ATTRIBUTES })
}) as (defaults: { canvas: unknown }) => WebGLRenderer
