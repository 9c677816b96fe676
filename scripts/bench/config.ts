/** The bench's settings, all from the environment: which mode runs, how long, where the JSON goes. */
import { resolve } from 'node:path'

export const SHORT = process.env.BENCH_SHORT === '1'
export const BASE_REV = process.env.BENCH_BASE
export const ROOMS = process.env.BENCH_ROOMS
  ? process.env.BENCH_ROOMS.split(',').map((n) => Number(n.trim()))
  : undefined
export const OUT =
  process.env.BENCH_OUT ??
  (BASE_REV
    ? 'artifacts/bench/side-by-side.json'
    : ROOMS
      ? 'artifacts/bench/rooms.json'
      : 'artifacts/bench/latest.json')
export const VIEWPORT = { width: 1280, height: 720 }
export const YAW_STEPS = SHORT ? 4 : 16
export const REPEATS = SHORT ? 3 : 7
/** Fresh loads of each build (or train size) for the load figures, their median reported. */
export const LOAD_RUNS = SHORT ? 1 : 3
/** BENCH_BASE mode: passes through the train, each room's ratios the median of them. */
export const PASSES = Math.max(1, Number(process.env.BENCH_PASSES ?? 1))
export const REPO = resolve(import.meta.dirname, '../..')
