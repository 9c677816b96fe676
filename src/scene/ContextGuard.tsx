import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import { useStatus } from '../state/status'

/** How long to wait for the browser to give a lost context back before starting afresh. */
const RESTORE_WAIT_MS = 5000

/**
 * A GPU hiccup (driver reset, too many contexts) loses the WebGL context. Three.js
 * rebuilds its state and re-uploads geometry and textures when the context is
 * restored; we only ask for a frame and show a notice meanwhile. If the browser never
 * restores it, the canvas is remounted with a new context.
 */
export function ContextGuard() {
  const gl = useThree((s) => s.gl)
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => {
    const canvas = gl.domElement
    let timer: number | undefined
    const lost = (e: Event) => {
      e.preventDefault()
      useStatus.setState({ contextLost: true })
      timer = window.setTimeout(() => useStatus.getState().remount(), RESTORE_WAIT_MS)
    }
    const restored = () => {
      window.clearTimeout(timer)
      useStatus.setState({ contextLost: false })
      invalidate()
    }
    canvas.addEventListener('webglcontextlost', lost)
    canvas.addEventListener('webglcontextrestored', restored)
    return () => {
      window.clearTimeout(timer)
      canvas.removeEventListener('webglcontextlost', lost)
      canvas.removeEventListener('webglcontextrestored', restored)
    }
  }, [gl, invalidate])
  return null
}
