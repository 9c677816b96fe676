import { Preload } from '@react-three/drei'
import { Canvas, useThree } from '@react-three/fiber'
import { Suspense, useEffect } from 'react'
import { useLoading } from '../state/loading'
import { diagnostics, pose } from '../state/visitor'
import { Outdoors } from './Outdoors'
import { PlayerRig } from './PlayerRig'
import { Train } from './Train'

declare global {
  interface Window {
    /** Read-only figures for the browser tests and the benchmark. */
    __TAEYANGHO__?: {
      info: () => { calls: number; triangles: number; programs: number; geometries: number; textures: number }
      frames: () => number
      pose: () => { x: number; z: number; yaw: number; pitch: number }
      redraw: () => void
    }
  }
}

/** Reports the first drawn frame to the loader, and exposes figures for tests. */
function Ready() {
  const gl = useThree((s) => s.gl)
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
      redraw: () => invalidate(),
    }
    // Runs after the first commit of the whole scene: the next frame shows it.
    const id = requestAnimationFrame(() => useLoading.getState().advance('ready', 1, 'Ready'))
    return () => cancelAnimationFrame(id)
  }, [gl, invalidate])
  return null
}

/** The 3D view: loaded as its own chunk so the page shell paints before three arrives. */
export default function Experience() {
  return (
    <Canvas
      frameloop="demand"
      dpr={[1, 1.5]}
      gl={{ antialias: true, powerPreference: 'high-performance' }}
      camera={{ fov: 70, near: 0.05, far: 420, position: [0, 1.6, 0] }}
      onCreated={() => useLoading.getState().advance('building', 0.7, 'Coupling the carriages…')}
      aria-hidden="true"
    >
      <color attach="background" args={['#bcd3e6']} />
      <fog attach="fog" args={['#c9dbe8', 60, 260]} />
      {/* The ground colour lights downward faces: warm and light, so ceilings read as lit rooms. */}
      <hemisphereLight args={['#fff6e6', '#b9a98f', 1.9]} />
      <directionalLight position={[12, 30, 18]} intensity={1.4} />
      <directionalLight position={[-20, 8, -14]} intensity={0.45} />
      <Outdoors />
      <Suspense fallback={null}>
        <Train />
        <Ready />
        <Preload all />
      </Suspense>
      <PlayerRig />
    </Canvas>
  )
}
