import { HOTSPOTS } from '.'
import { frame, prefersReducedMotion } from '../state/frame'
import { intent, lookTarget, pose, walkTarget } from '../player/visitor'
import { type Hotspot, lookAngles } from './model'
import { eyeAt } from '../exterior/platform'
import { PLATFORM_AT } from '../places'

const distance = (h: Hotspot) => Math.hypot(h.position[0] - pose.x, h.position[2] - pose.z)

/** Stops walking and turns the view toward a hotspot (at once, if motion is unwelcome). */
export function faceHotspot(id: string): void {
  // Its marker nearest the visitor: a panel may be marked in two places.
  let h: Hotspot | undefined
  for (const c of HOTSPOTS) if (c.id === id && (!h || distance(c) < distance(h))) h = c
  if (!h) return
  intent.forward = intent.strafe = intent.turn = 0
  walkTarget.active = false
  const { yaw, pitch } = lookAngles(pose.x, pose.z, h.position, eyeAt(PLATFORM_AT, pose.z))
  if (prefersReducedMotion()) {
    pose.yaw = yaw
    pose.pitch = pitch
    lookTarget.active = false
    return
  }
  lookTarget.yaw = yaw
  lookTarget.pitch = pitch
  lookTarget.active = true
}

/** The same, from the DOM: asks the canvas for the frames the turn needs. */
export function faceHotspotSoon(id: string): void {
  faceHotspot(id)
  frame.request()
}
