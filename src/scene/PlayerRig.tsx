import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useRef } from 'react'
import { attachInput } from '../player/input'
import { TRAIN_WORLD } from '../player/trainWorld'
import { isMoving, stepPose } from '../player/walking'
import { useNavigation } from '../state/navigation'
import { diagnostics, intent, pose, walkTarget } from '../state/visitor'
import { VISITOR } from '../train/dimensions'
import { carriageIndexAt } from '../train/layout'
import { CARRIAGES, CARRIAGE_IDS, SLOTS, carriageIndex } from '../train/registry'

/** Puts the visitor at a carriage's spawn point, facing along the train. */
function spawnIn(id: string): void {
  const i = Math.max(0, carriageIndex(id))
  const { spawn } = CARRIAGES[i]!
  pose.x = SLOTS[i]!.start + spawn.x
  pose.z = spawn.z
  pose.yaw = spawn.yaw
  pose.pitch = -0.06
  walkTarget.active = false
}

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
    const apply = (jump: { id: string } | null) => {
      if (!jump) return
      spawnIn(jump.id)
      invalidate()
    }
    apply(useNavigation.getState().jump)
    const unsubscribe = useNavigation.subscribe((s, prev) => {
      if (s.jump !== prev.jump) apply(s.jump)
    })
    const detach = attachInput(gl.domElement, () => camera, TRAIN_WORLD, () => invalidate())
    return () => {
      unsubscribe()
      detach()
    }
  }, [camera, gl, invalidate])

  useFrame((_, delta) => {
    diagnostics.framesDrawn++
    // After an idle spell the clock's delta spans the whole pause: start from one frame.
    stepPose(TRAIN_WORLD, pose, intent, walkTarget, wasMoving.current ? delta : Math.min(delta, 1 / 60))
    camera.position.set(pose.x, VISITOR.eyeHeight, pose.z)
    camera.rotation.set(pose.pitch, pose.yaw, 0)
    const index = carriageIndexAt(SLOTS, pose.x)
    if (index !== lastIndex.current && index >= 0) {
      lastIndex.current = index
      useNavigation.getState().setCurrent(CARRIAGE_IDS[index]!)
    }
    wasMoving.current = isMoving(intent, walkTarget)
    if (wasMoving.current) invalidate()
  })
  return null
}
