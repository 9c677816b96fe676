import { WebGLRenderer } from 'three'
import { useStatus } from '../state/status'

const ATTRIBUTES: WebGLContextAttributes = { alpha: true, antialias: false, powerPreference: 'high-performance' }

/**
 * The canvas's renderer, on the one WebGL context the page makes. A separate probe
 * (three's `isWebGL2Available`) made a throwaway context first, which SwiftShader and
 * weak kiosk GPUs pay for with a 200-370 ms task at load. When the browser gives no
 * context, the page says so (`noWebGL`) and the canvas never starts; three would log
 * an error and throw into React instead.
 */
export function createRenderer(defaults: { canvas: unknown }): Promise<WebGLRenderer> {
  // R3F's <Canvas> always hands over its own DOM canvas.
  const canvas = defaults.canvas as HTMLCanvasElement
  const context = canvas.getContext('webgl2', ATTRIBUTES)
  if (!context) {
    useStatus.setState({ noWebGL: true })
    return new Promise<WebGLRenderer>(() => {})
  }
  return Promise.resolve(new WebGLRenderer({ canvas, context, ...ATTRIBUTES }))
}
