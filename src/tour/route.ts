import type { Point2 } from '../player/collision'
import { GANGWAY } from '../train/dimensions'

/**
 * The way a tour walks from one place to another: onto the walkway, along it (the
 * walkway runs clear through every door), then off it to the standing point. Never
 * across the room, so never through furniture.
 */
export function routeBetween(from: Point2, to: Point2): Point2[] {
  const points: Point2[] = []
  const onWalkway = (p: Point2) => Math.abs(p.z - GANGWAY.walkZ) < 0.02
  if (!onWalkway(from)) points.push({ x: from.x, z: GANGWAY.walkZ })
  if (Math.abs(to.x - from.x) > 0.02) points.push({ x: to.x, z: GANGWAY.walkZ })
  if (!onWalkway(to)) points.push({ x: to.x, z: to.z })
  return points
}
