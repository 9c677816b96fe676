import type { CarriageManifest } from '../train/types'
import { type CarriageSlot, layoutTrain } from '../train/layout'
import { bedroom } from './bedroom'
import { cars1 } from './cars-1'
import { cars2 } from './cars-2'
import { comms } from './comms'
import { guards } from './guards'
import { medical } from './medical'
import { meeting } from './meeting'
import { office } from './office'
import { restaurant } from './restaurant'
import { zebra } from './zebra'

/**
 * The train, front to back. The reporting gives no carriage order (FACTS, last
 * section): this one is ours. Adding a carriage: one folder, one line here. (The
 * registry lives with the carriages, not in train/, so train/ imports no carriage.)
 */
export const SHIPPED: readonly CarriageManifest[] = [
  office,
  comms,
  meeting,
  zebra,
  restaurant,
  bedroom,
  medical,
  guards,
  cars1,
  cars2,
]

/** The most carriages the reporting gives a train (FACTS T4: 10 to 15). */
export const MAX_ROOMS = 15

/**
 * A train of `n` rooms for measuring how the walkthrough scales: the shipped rooms in
 * order, repeated from the front as needed (a repeat's id gets its count, `office-2`),
 * or the first `n` when fewer. Repeats carry no hotspots: content names shipped ids.
 */
export function trainOf(rooms: readonly CarriageManifest[], n: number): CarriageManifest[] {
  return Array.from({ length: n }, (_, i) => {
    const m = rooms[i % rooms.length]!
    const round = Math.floor(i / rooms.length)
    return round === 0 ? m : { ...m, id: `${m.id}-${round + 1}`, model: m.model ?? m.id }
  })
}

/** `?rooms=N` (2..15): the bench's train of another length. Anything else: the shipped train. */
export function roomsFromSearch(search: string): number | null {
  const n = Number(new URLSearchParams(search).get('rooms'))
  return Number.isInteger(n) && n >= 2 && n <= MAX_ROOMS ? n : null
}

const asked = typeof window === 'undefined' ? null : roomsFromSearch(window.location.search)

/** The train on screen: the shipped one, or the bench's (see roomsFromSearch). */
export const CARRIAGES: readonly CarriageManifest[] = asked ? trainOf(SHIPPED, asked) : SHIPPED

export const CARRIAGE_IDS: readonly string[] = CARRIAGES.map((c) => c.id)

export const SLOTS: readonly CarriageSlot[] = layoutTrain(CARRIAGES)

export function carriageIndex(id: string): number {
  return CARRIAGE_IDS.indexOf(id)
}
