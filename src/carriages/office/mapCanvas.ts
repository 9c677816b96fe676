import { geoPath, geoTransform } from 'd3-geo'
import type { WallGeography } from '../../geo/wallAtlas'
import { MAP_BOUNDS as B, PLACES } from './mapOutline'

/** The map's words in one language, and the font family that has their glyphs. */
export interface MapLabels {
  /** `map.<key>` → text: china, korea, and each place of PLACES. */
  text: (key: string) => string
  family: string
}

/** Draws the wall map onto `canvas` (needs a DOM), with its labels in one language. */
export function drawWallMap(
  canvas: HTMLCanvasElement,
  labels: MapLabels,
  /** The countries, once their lazy chunk is in; until then, sea and places on the grid. */
  geo: WallGeography | null,
  width = 1024,
  height = 640,
): HTMLCanvasElement {
  canvas.width = width
  canvas.height = height
  const ctx = canvas.getContext('2d')
  if (!ctx) return canvas
  const m = 28
  const px = (lon: number) => m + ((lon - B.west) / (B.east - B.west)) * (width - 2 * m)
  const py = (lat: number) => m + ((B.north - lat) / (B.north - B.south)) * (height - 2 * m)
  ctx.fillStyle = '#9cc3dc'
  ctx.fillRect(0, 0, width, height)
  ctx.strokeStyle = 'rgba(60,90,120,0.18)'
  ctx.lineWidth = 1
  for (let lon = 80; lon < B.east; lon += 10) {
    ctx.beginPath()
    ctx.moveTo(px(lon), m)
    ctx.lineTo(px(lon), height - m)
    ctx.stroke()
  }
  for (let lat = 20; lat < B.north; lat += 10) {
    ctx.beginPath()
    ctx.moveTo(m, py(lat))
    ctx.lineTo(width - m, py(lat))
    ctx.stroke()
  }
  if (geo) {
    // Natural Earth's outlines in the same plain lon/lat frame as the grid and the places.
    const path = geoPath(
      geoTransform({
        point(lon, lat) {
          this.stream.point(px(lon), py(lat))
        },
      }),
      ctx,
    )
    const fill = (features: WallGeography['land'], colour: string, stroke?: string) => {
      ctx.fillStyle = colour
      for (const f of features) {
        ctx.beginPath()
        path(f)
        ctx.fill()
        if (stroke) {
          ctx.strokeStyle = stroke
          ctx.stroke()
        }
      }
    }
    ctx.lineWidth = 1
    fill(geo.land, '#e6d7b1', 'rgba(120,100,70,0.5)')
    ctx.lineWidth = 3
    fill(geo.china, '#f2d98a', '#b0352c')
    fill(geo.korea, '#eea3a0', '#b0352c')
  }

  const f = labels.family
  ctx.fillStyle = '#5b3b1f'
  ctx.font = `bold 44px ${f}`
  ctx.fillText(labels.text('china'), px(97), py(35))
  ctx.font = `bold 20px ${f}`
  ctx.fillText(labels.text('korea'), px(127.8), py(40.9))
  for (const p of PLACES) {
    ctx.fillStyle = p.capital ? '#b0352c' : '#3b3b3b'
    ctx.beginPath()
    ctx.arc(px(p.at[0]), py(p.at[1]), p.capital ? 7 : 4, 0, Math.PI * 2)
    ctx.fill()
    ctx.fillStyle = '#2b2b2b'
    ctx.font = `${p.capital ? 'bold ' : ''}18px ${f}`
    const name = labels.text(p.key)
    ctx.fillText(name, px(p.at[0]) + (p.labelLeft ? -ctx.measureText(name).width - 10 : 10), py(p.at[1]) + 6)
  }
  ctx.strokeStyle = '#5b3b1f'
  ctx.lineWidth = 10
  ctx.strokeRect(5, 5, width - 10, height - 10)
  return canvas
}
