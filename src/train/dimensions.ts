/**
 * Shared carriage dimensions, in metres. None of these are reported (FACTS.md gives no
 * dimensions): they are a reconstruction, chosen so a standard-gauge saloon car reads
 * right at eye height and a full-size sedan fits beside a walkway.
 */
export const SHELL = {
  /** Interior width, wall to wall. */
  width: 3.4,
  /** Interior height, floor to ceiling. */
  height: 2.4,
  /** Wall thickness (side and end walls). */
  wall: 0.12,
  /** Gap between two carriages' end walls, bridged by a gangway. */
  gangway: 0.8,
  /** Door opening in the end walls. */
  doorWidth: 0.9,
  doorHeight: 2.0,
  /**
   * The walkway runs along this line (z, across the train) in every carriage, so the
   * doors line up and the whole train is walked in one straight line. It sits right of
   * centre, leaving the wider left side for the furniture and the cars.
   */
  walkZ: 0.6,
  /** Window band on the side walls. */
  sill: 0.9,
  windowTop: 1.85,
  windowWidth: 1.2,
} as const

export const HALF_WIDTH = SHELL.width / 2

/** The visitor: a circle on the floor plan, eyes at 1.6 m. */
export const VISITOR = {
  radius: 0.25,
  eyeHeight: 1.6,
  walkSpeed: 1.4,
  runSpeed: 3.5,
  /** Arrow-key turning, radians per second. */
  turnSpeed: 1.9,
} as const
