import { PerformanceMonitor } from '@react-three/drei'
import { Canvas, useFrame, useThree } from '@react-three/fiber'
import { use, useEffect, useState } from 'react'
import { useLoading } from '../state/loading'
import { useStatus } from '../state/status'
import { pose } from '../player/visitor'
import { diagnostics, frame } from '../state/frame'
import { ContextGuard } from './ContextGuard'
import { MarkerTracker } from './MarkerTracker'
import { Outdoors } from './Outdoors'
import { FRAME_ORDER } from './frameOrder'
import { dprForFactor, qualityFrom } from './quality'
import { PlayerRig } from './PlayerRig'
import { CARRIAGES, SLOTS } from '../carriages/registry'
import { loadTrain } from '../places/train'
import { setTrainWorld } from '../player/trainWorld'
import { Train } from './Train'
import { modelResult } from '../models/loader'
import { createRenderer } from './renderer'

/** How long the first frame waits for slow model files before it starts without them. */
const MODEL_WAIT_MS = 2500
import { LOCOMOTIVE_MODELS } from '../exterior/locomotives'
import { LAYER } from './portals'
import { renderTrain } from './renderTrain'
import { RideMotion } from './RideMotion'
import { motion } from '../journeys/motion'
import { useJourneys } from '../journeys/store'

declare global {
  interface Window {
    /** Read-only figures for the browser tests and the benchmark. */
    __TAEYANGHO__?: {
      info: () => { calls: number; triangles: number; programs: number; geometries: number; textures: number }
      frames: () => number
      pose: () => { x: number; z: number; yaw: number; pitch: number }
      /** The camera's height and roll: the pose's, plus a ride's sway. */
      camera: () => { y: number; roll: number }
      /** Puts the visitor at (x, z) looking along yaw and pitch, and draws the view. */
      place: (x: number, z: number, yaw: number, pitch: number) => void
      redraw: () => void
      /** Milliseconds to render one frame and read back a pixel (so the GPU has finished). */
      frameWork: () => number
      /**
       * Turns the view to `yaw` (and `pitch`) and measures that frame: work, draw calls,
       * triangles. `plain` draws it without portals (see renderTrain). The frame can be
       * read back from the canvas until the task ends.
       */
      view: (yaw: number, pitch?: number, plain?: boolean) => { ms: number; calls: number; triangles: number }
      /** Every texture the scene uses, with its size in pixels. */
      textures: () => { name: string; width: number; height: number }[]
      /**
       * Holds a ride's countryside where it is (or lets it move again), the ride going on:
       * the bench measures a riding frame without the ride's own frames queued beside it.
       */
      holdRide: (hold: boolean) => void
      /** Each room's side door onto the platform: its centre along the train (the bench steps out and in). */
      sideDoors: () => { id: string; x: number }[]
      /** Starts the canvas afresh, as after a context that never came back (the rebuild test). */
      rebuild: () => void
    }
  }
}

const PIXEL = new Uint8Array(4)

/** Reports the first drawn frame to the loader, and exposes figures for tests. */
function Ready() {
  const gl = useThree((s) => s.gl)
  const scene = useThree((s) => s.scene)
  const camera = useThree((s) => s.camera)
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => {
    window.__TAEYANGHO__ = {
      info: () => ({
        calls: gl.info.render.calls,
        triangles: gl.info.render.triangles,
        programs: gl.info.programs?.length ?? 0,
        geometries: gl.info.memory.geometries,
        textures: gl.info.memory.textures,
      }),
      frames: () => diagnostics.framesDrawn,
      pose: () => ({ ...pose }),
      camera: () => ({ y: camera.position.y, roll: camera.rotation.z }),
      place: (x, z, yaw, pitch) => {
        Object.assign(pose, { x, z, yaw, pitch })
        invalidate()
      },
      redraw: () => invalidate(),
      frameWork: () => frameWork(),
      view: (yaw, pitch = pose.pitch, plain = false) => {
        pose.yaw = yaw
        pose.pitch = pitch
        camera.rotation.set(pitch, yaw, 0)
        const ms = frameWork(!plain)
        return { ms, calls: gl.info.render.calls, triangles: gl.info.render.triangles }
      },
      textures: () => {
        const seen = new Map<string, { name: string; width: number; height: number }>()
        scene.traverse((o) => {
          const m = (
            o as { material?: { map?: { uuid: string; name: string; image?: { width: number; height: number } } } }
          ).material
          const img = m?.map?.image
          if (m?.map && img)
            seen.set(m.map.uuid, { name: m.map.name || m.map.uuid, width: img.width, height: img.height })
        })
        return [...seen.values()]
      },
      holdRide: (hold) => {
        motion.active = !hold && useJourneys.getState().rideId !== null && !useJourneys.getState().arrived
        invalidate()
      },
      rebuild: () => useStatus.getState().remount(),
      sideDoors: () =>
        CARRIAGES.map((c, i) => {
          const d = c.shell.sideDoor(c.length)
          return { id: c.id, x: SLOTS[i]!.start + (d.x0 + d.x1) / 2 }
        }),
    }
    function frameWork(portals = true): number {
      const ctx = gl.getContext()
      const t0 = performance.now()
      renderTrain(gl, scene, camera, portals)
      ctx.readPixels(0, 0, 1, 1, ctx.RGBA, ctx.UNSIGNED_BYTE, PIXEL)
      return performance.now() - t0
    }
    frame.request = () => invalidate()
    // Runs after the first commit of the whole scene: the next frame shows it.
    const id = requestAnimationFrame(() => {
      // The page's first frame, marked once: a rebuilt canvas's would pile up (marks stay until cleared).
      if (performance.getEntriesByName('taeyangho:first-frame').length === 0) performance.mark('taeyangho:first-frame')
      useLoading.getState().advance('ready', 1, '')
    })
    return () => cancelAnimationFrame(id)
  }, [gl, scene, camera, invalidate])
  return null
}

/** Takes over R3F's render (a positive priority does that): every frame goes through renderTrain. */
function RenderLoop() {
  useFrame(({ gl, scene, camera }) => renderTrain(gl, scene, camera), FRAME_ORDER.render)
  return null
}

/**
 * Every room's furniture code (each a chunk of its own) and model file, fetched as soon
 * as this chunk runs, and awaited before the canvas (each room still suspends alone, see
 * RoomModel, so a slow file holds up only its room once the wait is over).
 */
for (const m of CARRIAGES) void modelResult(m.model ?? m.id)
// The locomotives too (a few KB each), so the platform's switch shows its choice at once.
for (const id of Object.values(LOCOMOTIVE_MODELS).flat()) void modelResult(id)
const built = loadTrain(CARRIAGES).then(async (train) => {
  setTrainWorld(train.world)
  const ids = new Set(
    train.rooms.flatMap((r) => [r.manifest.model ?? r.manifest.id, ...r.build.placements.map((p) => p.model)]),
  )
  // The first frame shows the whole train from its files (then nothing redraws on its own),
  // unless a file is slow: past MODEL_WAIT_MS the canvas starts, and that room arrives later.
  await Promise.race([Promise.all([...ids].map(modelResult)), new Promise((r) => setTimeout(r, MODEL_WAIT_MS))])
  return train
})

/** The 3D view: loaded as its own chunk so the page shell paints before three arrives. */
export default function Experience() {
  const train = use(built)
  const [quality] = useState(() => qualityFrom(window.location.search, window.devicePixelRatio))
  const [dpr, setDpr] = useState(quality.dpr)
  return (
    <Canvas
      frameloop="demand"
      flat
      linear
      dpr={dpr}
      gl={createRenderer}
      camera={{ fov: 70, near: 0.05, far: 420, position: [0, 1.6, 0] }}
      onCreated={({ camera }) => {
        // Rooms' interiors are on a layer of their own (see portals.ts LAYER): the visitor sees both.
        camera.layers.enable(LAYER.interior)
        useLoading.getState().advance('building', 0.7, 'ui.loading.building')
      }}
      aria-hidden="true"
    >
      <color attach="background" args={['#bcd3e6']} />
      {/* No lights: all light is baked into the vertex colours (geometry/lighting.ts). */}
      <Outdoors platform={train.platform} />
      <Train train={train} />
      <Ready />
      {quality.adaptive && (
        <PerformanceMonitor
          flipflops={4}
          onChange={({ factor }) => setDpr(dprForFactor(factor, quality.dpr))}
          onFallback={() => setDpr(dprForFactor(0, quality.dpr))}
        />
      )}
      <RenderLoop />
      <RideMotion />
      <PlayerRig />
      <MarkerTracker />
      <ContextGuard />
    </Canvas>
  )
}
