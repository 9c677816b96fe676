import type { World } from './world'

/** A world with nothing in it: where nobody can stand, until the train is built. */
const NOWHERE: World = { blockers: [], floors: [], sightBlockers: [], rooms: [] }

let current: World = NOWHERE

/**
 * The collision world of the train on screen. It is built with the 3D view (the
 * rooms' furniture is loaded with it); code in the page shell that needs it (a
 * hotspot's standing point) asks when it runs, which is after the view is up.
 */
export const trainWorld = (): World => current

export function setTrainWorld(world: World): void {
  current = world
}
