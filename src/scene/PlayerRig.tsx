import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useRef } from 'react'
import { attachInput } from '../player/input'
import { trainWorld } from '../player/trainWorld'
import { faceHotspot } from '../hotspots/focus'
import { type Pose, isMoving, stepLook, stepPose } from '../player/walking'
import { diagnostics, prefersReducedMotion } from '../state/frame'
import { useHotspots } from '../hotspots/store'
import { useUi } from '../state/ui'
import { useJourneys } from '../journeys/store'
import { type Jump, useNavigation } from '../navigation/store'
import { PLATFORM, PLATFORM_AT, placeKind } from '../places'
import { eyeAt, floorAt, onPlatform, platformSpawn } from '../exterior/platform'
import { intent, lookTarget, pose, route, walkTarget } from '../player/visitor'
import { pauseTourForManualMove } from '../tour/controller'
import { carriageIndexAt } from '../train/layout'
import { CARRIAGES, CARRIAGE_IDS, SLOTS, carriageIndex } from '../carriages/registry'
import { FRAME_ORDER } from './frameOrder'
import { motion, swayAt } from '../journeys/motion'

/** The sway of this frame, reused: nothing is allocated in the frame loop. */
const SWAY = { dy: 0, roll: 0 }

/** Puts the visitor at `to`, or where a place puts them (`spawn`, in world coordinates), and stops any walk. */
function stand(spawn: { x: number; z: number; yaw: number; pitch: number }, to?: Pose): void {
  pose.x = to?.x ?? spawn.x
  pose.z = to?.z ?? spawn.z
  pose.yaw = to?.yaw ?? spawn.yaw
  pose.pitch = to?.pitch ?? spawn.pitch
  walkTarget.active = false
  lookTarget.active = false
}

/** A carriage's spawn point, facing along the train. */
function carriageSpawn(id: string) {
  const i = Math.max(0, carriageIndex(id))
  const { spawn } = CARRIAGES[i]!
  return { x: SLOTS[i]!.start + spawn.x, z: spawn.z, yaw: spawn.yaw, pitch: -0.06 }
}

/**
 * Sends the visitor to the route's next point; at the end, makes sure they stand at
 * the last point (a blocked step must not strand a tour) and reports it.
 */
function advanceRoute(): void {
  const target = route.points[route.index]
  if (target) {
    route.index++
    // On a longer leg, look where you are going, as a guide would.
    const dx = target.x - pose.x
    const dz = target.z - pose.z
    if (Math.hypot(dx, dz) > 1.2) {
      lookTarget.yaw = Math.atan2(-dx, -dz)
      lookTarget.pitch = -0.06
      lookTarget.active = !prefersReducedMotion()
      if (!lookTarget.active) {
        pose.yaw = lookTarget.yaw
        pose.pitch = lookTarget.pitch
      }
    }
    walkTarget.x = target.x
    walkTarget.z = target.z
    walkTarget.stuckFor = 0
    walkTarget.speed = route.speed
    walkTarget.active = true
    return
  }
  const last = route.points[route.points.length - 1]
  if (last && Math.hypot(last.x - pose.x, last.z - pose.z) > 0.3) {
    pose.x = last.x
    pose.z = last.z
  }
  route.active = false
  const done = route.onDone
  route.onDone = null
  done?.()
}

/**
 * While the visitor reads, keys and clicks do not walk: a panel or the map is open.
 */
function reading(): boolean {
  const h = useHotspots.getState()
  return h.openId !== null || h.aboutOpen || useUi.getState().mapOpen || useJourneys.getState().mapOpen
}

/** The floor under the visitor: the platform's is lower than the carriages'. */
const floorHeight = () => floorAt(PLATFORM_AT, pose.z)

/**
 * The first-person camera: reads input state, steps the walk with collision, and
 * reports carriage changes. With frameloop="demand" it only asks for the next frame
 * while something moves, so a still visitor costs nothing.
 */
export function PlayerRig() {
  const camera = useThree((s) => s.camera)
  const gl = useThree((s) => s.gl)
  const invalidate = useThree((s) => s.invalidate)
  const lastIndex = useRef(-1)
  const wasMoving = useRef(false)

  useEffect(() => {
    camera.rotation.order = 'YXZ'
    const apply = (jump: Jump | null) => {
      if (!jump) return
      const asked = typeof jump.pose === 'function' ? jump.pose() : jump.pose
      if (placeKind(jump.placeId) === 'carriage') stand(carriageSpawn(jump.placeId), asked)
      else if (jump.placeId === PLATFORM) stand({ ...platformSpawn(PLATFORM_AT), pitch: -0.02 }, asked)
      invalidate()
    }
    apply(useNavigation.getState().jump)
    const unsubscribe = useNavigation.subscribe((s) => s.jump, apply)
    const unsubscribeHotspots = useHotspots.subscribe(
      (s) => s.openId,
      (openId) => {
        if (!openId) return
        faceHotspot(openId)
        invalidate()
      },
    )
    const detach = attachInput(gl.domElement, () => camera, trainWorld(), {
      wake: () => invalidate(),
      reading,
      onManualMove: pauseTourForManualMove,
      floorHeight,
    })
    return () => {
      unsubscribe()
      unsubscribeHotspots()
      detach()
    }
  }, [camera, gl, invalidate])

  useFrame((_, delta) => {
    diagnostics.framesDrawn++
    // Frame rate while drawing (a still visitor draws nothing), smoothed, for the operator.
    if (wasMoving.current && delta > 0)
      diagnostics.fps = diagnostics.fps === 0 ? 1 / delta : diagnostics.fps * 0.9 + (1 / delta) * 0.1
    // After an idle spell the clock's delta spans the whole pause: start from one frame.
    if (route.active && !walkTarget.active) advanceRoute()
    const dt = wasMoving.current ? delta : Math.min(delta, 1 / 60)
    stepPose(trainWorld(), pose, intent, walkTarget, dt)
    stepLook(pose, lookTarget, dt)
    camera.position.set(pose.x, eyeAt(PLATFORM_AT, pose.z), pose.z)
    camera.rotation.set(pose.pitch, pose.yaw, 0)
    if (motion.active && motion.sway) {
      const s = swayAt(motion.t, SWAY)
      camera.position.y += s.dy
      camera.rotation.z = s.roll
    }
    // The platform is a place of its own (index -2), whatever carriage it runs beside.
    const index = onPlatform(PLATFORM_AT, pose.z) ? -2 : carriageIndexAt(SLOTS, pose.x)
    if (index !== lastIndex.current && index !== -1) {
      lastIndex.current = index
      useNavigation.getState().setPlace(index === -2 ? PLATFORM : CARRIAGE_IDS[index]!)
    }
    wasMoving.current = isMoving(intent, walkTarget, lookTarget) || route.active
    if (wasMoving.current) invalidate()
  }, FRAME_ORDER.rig)
  return null
}
