import { useEffect, useMemo } from 'react'
import { CanvasTexture, SRGBColorSpace } from 'three'
import { MAP_Z, PARTITION_X } from '.'
import { drawWallMap } from './mapCanvas'

const MAP_W = 1.7
const MAP_H = MAP_W / 1.6

/** The wall map behind the desk, on the partition's face toward the entrance. */
export default function OfficeScene() {
  const texture = useMemo(() => {
    const t = new CanvasTexture(drawWallMap())
    t.colorSpace = SRGBColorSpace
    t.anisotropy = 4
    return t
  }, [])
  useEffect(() => () => texture.dispose(), [texture])
  return (
    <mesh position={[PARTITION_X - 0.006, 1.55, MAP_Z]} rotation={[0, -Math.PI / 2, 0]}>
      <planeGeometry args={[MAP_W, MAP_H]} />
      <meshLambertMaterial map={texture} />
    </mesh>
  )
}
