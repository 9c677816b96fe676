import { useThree } from '@react-three/fiber'
import { useEffect, useMemo, useState } from 'react'
import { CanvasTexture, Color, NoColorSpace } from 'three'
import { DISPLAY_GAMMA, irradiance } from '../../geometry/lighting'
import type { SceneProps } from '../../train/types'
import { MAP_Z, PARTITION_X } from './layout'
import { type MapLabels, drawWallMap } from './mapCanvas'
import { MAP_BOUNDS as B, PLACES } from './mapOutline'
import type { WallGeography } from '../../geo/wallAtlas'

const MAP_W = 1.7
const MAP_H = MAP_W / 1.6
const MAP_PX = { width: 1024, height: 640 }

/** The baked light on a wall facing the entrance (-x), so the map is lit like its wall. */
const lit: [number, number, number] = [1, 1, 1]
irradiance(-1, 0, 0, lit)
const MAP_LIGHT = new Color(...lit.map((l) => l ** DISPLAY_GAMMA))

/** Fonts with the glyphs of each language's labels: the bundled Noto for Korean and Chinese. */
const FAMILY: Record<string, string> = {
  en: 'Georgia, "Times New Roman", serif',
  ko: '"Noto Sans KR", sans-serif',
  zh: '"Noto Sans SC", sans-serif',
}
const KEYS = ['china', 'korea', ...PLACES.map((p) => p.key)]

function labelsFor(lang: string, text: SceneProps['text']): MapLabels {
  return { text: (key) => text(`map.${key}`, lang), family: FAMILY[lang] ?? FAMILY.en! }
}

/**
 * Draws the map with its labels in `lang`, once the font with their glyphs has loaded (a
 * canvas does not wait for web fonts). English needs none, so it is drawn at once,
 * in time for the first frame.
 */
async function redraw(
  texture: CanvasTexture,
  geo: WallGeography | null,
  lang: string,
  text: SceneProps['text'],
  stale: () => boolean,
  drawn: () => void,
): Promise<void> {
  const labels = labelsFor(lang, text)
  const canvas = texture.image as HTMLCanvasElement
  // Never a blank map: until the font is there, the map shows its English labels.
  if (lang !== 'en' && !canvas.dataset.drawn)
    drawWallMap(canvas, labelsFor('en', text), geo, MAP_PX.width, MAP_PX.height)
  canvas.dataset.drawn = lang
  if (lang !== 'en')
    await document.fonts?.load(`20px ${labels.family}`, KEYS.map(labels.text).join('')).catch(() => undefined)
  if (stale()) return
  drawWallMap(canvas, labels, geo, MAP_PX.width, MAP_PX.height)
  texture.needsUpdate = true
  drawn()
}

/** The wall map behind the desk, on the partition's face toward the entrance, labelled in the visitor's language. */
export default function OfficeScene({ lang, text }: SceneProps) {
  const invalidate = useThree((s) => s.invalidate)
  const texture = useMemo(() => {
    // Drawn by the effect below: at once in English, after its font in Korean or Chinese.
    // At its final size from the start: the GPU keeps the size of the first upload.
    const canvas = document.createElement('canvas')
    canvas.width = MAP_PX.width
    canvas.height = MAP_PX.height
    const t = new CanvasTexture(canvas)
    t.colorSpace = NoColorSpace
    return t
  }, [])
  useEffect(() => () => texture.dispose(), [texture])
  // The countries come in a chunk of their own: the map is drawn without them first, never blank.
  const [geo, setGeo] = useState<WallGeography | null>(null)
  useEffect(() => {
    let gone = false
    import('../../geo/wallAtlas')
      .then((m) => !gone && setGeo(m.wallGeography([B.west, B.south, B.east, B.north])))
      .catch((e: unknown) => console.warn('[office] the wall map’s countries did not load', e))
    return () => {
      gone = true
    }
  }, [])
  useEffect(() => {
    let stale = false
    void redraw(
      texture,
      geo,
      lang,
      text,
      () => stale,
      () => invalidate(),
    )
    return () => {
      stale = true
    }
  }, [texture, geo, lang, text, invalidate])
  return (
    <mesh position={[PARTITION_X - 0.006, 1.55, MAP_Z]} rotation={[0, -Math.PI / 2, 0]}>
      <planeGeometry args={[MAP_W, MAP_H]} />
      <meshBasicMaterial map={texture} color={MAP_LIGHT} />
    </mesh>
  )
}
