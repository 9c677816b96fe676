import { encode } from 'uqr'

/** White modules round the code: the QR standard's quiet zone, which phones need to find it. */
export const QUIET_ZONE = 4

export interface QrDrawing {
  /** Modules across, quiet zone included: the SVG's viewBox is `0 0 size size`. */
  size: number
  /** The dark modules as one SVG path, a rectangle per horizontal run. */
  path: string
}

/** One path for a module matrix (true is dark), offset by the quiet zone. */
export function modulesPath(modules: readonly (readonly boolean[])[], offset = QUIET_ZONE): string {
  const parts: string[] = []
  modules.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue
      const start = x
      while (row[x + 1]) x++
      parts.push(`M${start + offset} ${y + offset}h${x - start + 1}v1h${start - x - 1}z`)
    }
  })
  return parts.join('')
}

/**
 * A QR code of a text, ready to draw. Error correction M (15%): a kiosk's glass, glare
 * and a shaky hand cost a few modules; higher levels make the code denser for a link.
 */
export function qrDrawing(text: string): QrDrawing {
  const qr = encode(text, { ecc: 'M', border: 0 })
  return { size: qr.size + 2 * QUIET_ZONE, path: modulesPath(qr.data) }
}
