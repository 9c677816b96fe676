import { hotspotById } from '.'
import { frame, prefersReducedMotion } from '../state/frame'
import { intent, lookTarget, pose, walkTarget } from '../player/visitor'
import { lookAngles } from './model'

/** Stops walking and turns the view toward a hotspot (at once, if motion is unwelcome). */
export function faceHotspot(id: string): void {
  const h = hotspotById(id)
  if (!h) return
  intent.forward = intent.strafe = intent.turn = 0
  walkTarget.active = false
  const { yaw, pitch } = lookAngles(pose.x, pose.z, h.position)
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
