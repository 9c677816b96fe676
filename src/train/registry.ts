import { cars1 } from '../carriages/cars-1'
import { cars2 } from '../carriages/cars-2'
import { meeting } from '../carriages/meeting'
import { office } from '../carriages/office'
import { restaurant } from '../carriages/restaurant'
import { type CarriageSlot, layoutTrain } from './layout'
import type { CarriageModule } from './types'

/**
 * The train, front to back. The reporting gives no carriage order (FACTS, last
 * section): this one is ours. Adding a carriage: one folder, one line here.
 */
export const CARRIAGES: readonly CarriageModule[] = [office, meeting, restaurant, cars1, cars2]

export const CARRIAGE_IDS: readonly string[] = CARRIAGES.map((c) => c.id)

export const SLOTS: readonly CarriageSlot[] = layoutTrain(CARRIAGES.map((c) => c.length))

export function carriageIndex(id: string): number {
  return CARRIAGE_IDS.indexOf(id)
}
