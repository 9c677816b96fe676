/**
 * Colours of the interiors. The pink couches (C1) and the zebra-print and gold details
 * are from state-media footage; every other colour here is our choice, and the exhibit
 * says so. (The one reported colour of the outside, its green, FACTS T6, comes with it.)
 */
/** A colour made lighter (f > 1) or darker (f < 1), for panel-to-panel variation. */
export function tint(hex: number, f: number): number {
  const ch = (shift: number) => Math.max(0, Math.min(255, Math.round(((hex >> shift) & 0xff) * f)))
  return (ch(16) << 16) | (ch(8) << 8) | ch(0)
}

export const PALETTE = {
  walnut: 0x8a5a32,
  walnutDark: 0x5a3a20,
  oak: 0xb9895a,
  cream: 0xf1e8d6,
  ceiling: 0xf4efe4,
  brass: 0xc9a34a,
  gold: 0xe0b341,
  chrome: 0xd8dde2,
  steel: 0x8e969c,
  rubber: 0x2a2a2c,
  black: 0x0b0c0e,
  /** Car paint: a touch off black, so Phong shading shows the body's form. */
  carBlack: 0x1a1e24,
  glassDark: 0x1b2631,
  linen: 0xf7f5ef,
  pink: 0xe49bb4,
  pinkDeep: 0xc87492,
  burgundy: 0x6e1f2b,
  carpetRed: 0x7a2630,
  carpetBlue: 0x2f3d5c,
  carpetGreen: 0x3f5a3c,
  lamp: 0xfff3d6,
  warmWhite: 0xfffaf0,
  grey: 0x6d7176,
} as const
