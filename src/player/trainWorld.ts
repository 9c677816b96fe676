import { CARRIAGES, SLOTS } from '../train/registry'
import { buildWorld } from './world'

/** The collision world of the registered train, built once. */
export const TRAIN_WORLD = buildWorld(SLOTS, CARRIAGES)
