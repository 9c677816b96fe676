/**
 * Whether this browser has WebGL 2 at all (three r187 draws with nothing else), checked
 * without making a context: a throwaway probe context cost a 200-370 ms task at load.
 * A browser that has the API but gives no context (disabled, blocked GPU) is caught
 * when the canvas asks for its one context (scene/renderer.ts sets `noWebGL`).
 */
export function hasWebGL(): boolean {
  return typeof window.WebGL2RenderingContext === 'function'
}
