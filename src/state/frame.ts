/**
 * Lets DOM-side code ask the demand-driven canvas for a frame (say, when new markers
 * appear and need placing). The scene fills in `request` when it starts.
 */
export const frame = { request: (): void => undefined }

/** Whether the visitor asked the system for less motion. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches
}

/** Counters of the frame loop, for the operator menu, the tests and the benchmark (`window.__TAEYANGHO__`). */
export const diagnostics = { framesDrawn: 0, fps: 0 }
