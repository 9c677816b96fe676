/**
 * What every room of the train shares, in metres. None of these are reported (FACTS.md
 * gives no dimensions): they are a reconstruction. A room's own cross-section (width,
 * height, walls, windows) belongs to its shell plan (carriages/kit/shells/).
 */

/**
 * What joins two rooms, whatever their kind: every shell's end doors are cut to these
 * numbers, so the doors line up and the whole train is walked in one straight line.
 */
export const GANGWAY = {
  /** Gap between two rooms' end walls, bridged by the gangway's floor and bellows. */
  length: 0.8,
  /**
   * The walkway runs along this line (z, across the train) through every door. It sits
   * right of centre in the saloons, leaving the wider left side for furniture and cars.
   */
  walkZ: 0.6,
  doorWidth: 0.9,
  doorHeight: 2.0,
  /** How thick the bellows beside the gangway's floor stand, for collision. */
  bellows: 0.12,
} as const

/**
 * Every room's side door onto the platform: on the platform's side of the train (-1,
 * the left walking forward), as wide as a visitor needs, as high as the end doors.
 */
export const SIDE_DOOR = { side: -1, width: 0.8, height: 2.0 } as const

/**
 * The heights a room's inside is ever seen from: the visitor's eyes on its floor, and
 * from the platform outside (half a metre lower, exterior/platform.ts) through a door.
 */
export const INTERIOR_EYES = [1.1, 1.6] as const

/** The visitor: a circle on the floor plan, eyes at 1.6 m. */
export const VISITOR = {
  radius: 0.25,
  eyeHeight: 1.6,
  walkSpeed: 1.4,
  runSpeed: 3.5,
  /** Arrow-key turning, radians per second. */
  turnSpeed: 1.9,
} as const

/** The yaw (about y) that looks along the train toward its far end, +x. */
export const FACE_ALONG_TRAIN = -Math.PI / 2
