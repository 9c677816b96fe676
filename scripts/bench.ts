/**
 * `npm run bench`: the production build in real Chromium (software WebGL here), per
 * carriage and for the page as a whole. Prints a table, writes JSON, and compares
 * with an earlier JSON when BENCH_COMPARE names one. BENCH_SHORT=1 makes one quick
 * pass (CI runs it so the bench cannot rot); timings are reported, never asserted.
 *
 * Two more modes, each instead of the walkthrough:
 * - BENCH_BASE=<git rev>: that commit built in a worktree (scripts/lib/baseBuild.ts) and
 *   this build, both served and measured in one run, room by room in turn, in one table.
 *   BENCH_PASSES=3 goes through the train three times, each ratio the median of three.
 * - BENCH_ROOMS=5,15: the train made N rooms long (`?rooms=N`), for each N in one run:
 *   per room frame work, load time, JS heap and GPU resources, and how they grow with N.
 *
 * Each mode is a module of scripts/bench/; this file, the one the vitest project
 * 'bench' runs, only picks one.
 */
import { it } from 'vitest'
import { BASE_REV, ROOMS } from './bench/config'
import { benchRooms } from './bench/rooms'
import { benchSideBySide } from './bench/sideBySide'
import { benchWalkthrough } from './bench/walkthrough'

it.runIf(!BASE_REV && !ROOMS)('benchmarks the walkthrough', { timeout: 900_000 }, benchWalkthrough)

it.runIf(!!BASE_REV)(`benchmarks this build side by side with ${BASE_REV}`, { timeout: 1_800_000 }, benchSideBySide)

it.runIf(!!ROOMS)(`benchmarks trains of ${ROOMS?.join(', ')} rooms`, { timeout: 1_800_000 }, benchRooms)
