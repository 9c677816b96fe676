import { bedroom } from '../carriages/bedroom'
import { cars1 } from '../carriages/cars-1'
import { cars2 } from '../carriages/cars-2'
import { comms } from '../carriages/comms'
import { guards } from '../carriages/guards'
import { medical } from '../carriages/medical'
import { meeting } from '../carriages/meeting'
import { office } from '../carriages/office'
import { restaurant } from '../carriages/restaurant'
import { zebra } from '../carriages/zebra'
import { type CarriageSlot, layoutTrain } from './layout'
import type { CarriageModule } from './types'

/**
 * The train, front to back. The reporting gives no carriage order (FACTS, last
 * section): this one is ours. Adding a carriage: one folder, one line here.
 */
export const CARRIAGES: readonly CarriageModule[] = [office, comms, meeting, zebra, restaurant, bedroom, medical, guards, cars1, cars2]

export const CARRIAGE_IDS: readonly string[] = CARRIAGES.map((c) => c.id)

export const SLOTS: readonly CarriageSlot[] = layoutTrain(CARRIAGES.map((c) => c.length))

export function carriageIndex(id: string): number {
  return CARRIAGE_IDS.indexOf(id)
}
