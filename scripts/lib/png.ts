/** A minimal PNG writer (8-bit RGBA, no filtering) for pixels read back from WebGL. */
import { deflateSync } from 'node:zlib'

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(buf: Buffer): number {
  let c = 0xffffffff
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([len, body, crc])
}

/**
 * Encodes RGBA pixels as a PNG. `bottomUp` for WebGL's readPixels order (first row at
 * the bottom); alpha is written opaque, as the canvas is shown.
 */
export function encodePng(rgba: Uint8Array, width: number, height: number, bottomUp = true): Buffer {
  const raw = Buffer.alloc((width * 4 + 1) * height)
  for (let y = 0; y < height; y++) {
    const src = (bottomUp ? height - 1 - y : y) * width * 4
    const dst = y * (width * 4 + 1)
    raw[dst] = 0
    for (let i = 0; i < width * 4; i += 4) {
      raw[dst + 1 + i] = rgba[src + i]!
      raw[dst + 2 + i] = rgba[src + i + 1]!
      raw[dst + 3 + i] = rgba[src + i + 2]!
      raw[dst + 4 + i] = 255
    }
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 6 // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}
