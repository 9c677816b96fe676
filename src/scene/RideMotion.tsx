import { useFrame, useThree } from '@react-three/fiber'
import { motion } from '../journeys/motion'
import { useJourneys } from '../journeys/store'
import { FRAME_ORDER } from './frameOrder'
import { LINE } from './Outdoors'
import { scenery } from './renderTrain'

/** Where stretch i is drawn, `offset` metres of riding on: it wraps from the tail of the line to its head. */
function shiftOf(i: number, offset: number): number {
  const start = i * LINE.stretch
  const moved = (((start - offset) % LINE.length) + LINE.length) % LINE.length
  return moved - start
}

/**
 * A ride: the countryside passes the windows (the train itself stays where it is, so
 * walking, collision and the markers are unchanged), and a frame is asked for each
 * frame while it moves. When the ride stops, the stretches go back and the loop rests.
 */
export function RideMotion() {
  const invalidate = useThree((s) => s.invalidate)
  useFrame((_, delta) => {
    scenery.riding = useJourneys.getState().rideId !== null
    if (!motion.active) {
      if (motion.offset !== 0 && !scenery.riding) {
        motion.offset = 0
        for (let i = 0; i < scenery.stretches.length; i++) scenery.stretches[i]?.position.setX(0)
      }
      return
    }
    // A long gap (a hidden tab) moves the train one frame's worth, not a jump.
    const dt = Math.min(delta, 0.1)
    motion.t += dt
    motion.offset += motion.speed * dt
    for (let i = 0; i < scenery.stretches.length; i++) scenery.stretches[i]?.position.setX(shiftOf(i, motion.offset))
    invalidate()
  }, FRAME_ORDER.ride)
  return null
}
