import { useEffect, useMemo } from 'react'
import { CanvasTexture, Color, NoColorSpace } from 'three'
import { DISPLAY_GAMMA, irradiance } from '../../geometry/lighting'
import { MAP_Z, PARTITION_X } from '.'
import { drawWallMap } from './mapCanvas'

const MAP_W = 1.7
const MAP_H = MAP_W / 1.6

/** The baked light on a wall facing the entrance (-x), so the map is lit like its wall. */
const lit: [number, number, number] = [1, 1, 1]
irradiance(-1, 0, 0, lit)
const MAP_LIGHT = new Color(...lit.map((l) => l ** DISPLAY_GAMMA))

/** The wall map behind the desk, on the partition's face toward the entrance. */
export default function OfficeScene() {
  const texture = useMemo(() => {
    const t = new CanvasTexture(drawWallMap())
    t.colorSpace = NoColorSpace
    return t
  }, [])
  useEffect(() => () => texture.dispose(), [texture])
  return (
    <mesh position={[PARTITION_X - 0.006, 1.55, MAP_Z]} rotation={[0, -Math.PI / 2, 0]}>
      <planeGeometry args={[MAP_W, MAP_H]} />
      <meshBasicMaterial map={texture} color={MAP_LIGHT} />
    </mesh>
  )
}
