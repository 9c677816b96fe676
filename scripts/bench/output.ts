/** Writing a mode's result, and the figures its tables share. */
import { mkdirSync, writeFileSync } from 'node:fs'
import { OUT } from './config'

export function writeOut(result: unknown) {
  mkdirSync(OUT.replace(/\/[^/]+$/, ''), { recursive: true })
  writeFileSync(OUT, JSON.stringify(result, null, 2) + '\n')
  console.log(`\nwritten to ${OUT}`)
}

export const x = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '-' : n.toFixed(1) + 'x')
export const change = (a: number | undefined, b: number | undefined) =>
  a && b ? `${b >= a ? '+' : ''}${Math.round((b / a - 1) * 100)}%` : ''
