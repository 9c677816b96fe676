/** Pixel ratio bounds: below 0.6 text on the map blurs too much; above 1.5 costs more than it shows. */
export const DPR = { min: 0.6, max: 1.5 } as const

/**
 * The starting pixel ratio and whether it may adapt. `?dpr=N` pins it (the benchmark
 * pins 1 so its figures compare), within the same bounds (`?dpr=0.00001` would draw a
 * train nobody can see); otherwise it starts at the device's, capped, and
 * PerformanceMonitor steps it down on a weak GPU and back up when frames are quick.
 */
export function qualityFrom(search: string, deviceRatio: number): { dpr: number; adaptive: boolean } {
  const pinned = Number(new URLSearchParams(search).get('dpr'))
  if (pinned > 0) return { dpr: Math.max(DPR.min, Math.min(DPR.max, pinned)), adaptive: false }
  return { dpr: Math.max(DPR.min, Math.min(DPR.max, deviceRatio || 1)), adaptive: true }
}

/** The pixel ratio for PerformanceMonitor's factor (0 = struggling, 1 = comfortable). */
export function dprForFactor(factor: number, top: number): number {
  return Math.round((DPR.min + (top - DPR.min) * Math.max(0, Math.min(1, factor))) * 10) / 10
}
