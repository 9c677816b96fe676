import { type Item, type Part, box, cylinder, item, objectItem, place, slab } from '../../geometry/parts'
import { defineBuild } from '../kit/build'
import { FACING } from '../kit/define'
import { PALETTE } from '../kit/palette'
import { cabinet, chair, diningTable, placeSetting, wineBottle } from '../kit/props'
import { COUNTER_X, HW, LEFT_TABLES, SHELF } from './layout'

/** A table with chairs on both sides along the train, laid for every seat (each setting replaceable). */
function tableFor(x: number, z: number, seatsPerSide: number, depth: number): Item[] {
  const parts: Part[] = [...place(diningTable(0.86, depth), [x, 0, z])]
  const settings: Item[] = []
  const step = depth / seatsPerSide
  for (let i = 0; i < seatsPerSide; i++) {
    const sz = z - depth / 2 + step * (i + 0.5)
    parts.push(...place(chair(), [x - 0.7, 0, sz], FACING.plusX), ...place(chair(), [x + 0.7, 0, sz], FACING.minusX))
    settings.push(
      objectItem('place-setting', placeSetting(), [x - 0.24, 0, sz], FACING.plusX, false),
      objectItem('place-setting', placeSetting(), [x + 0.24, 0, sz], FACING.minusX, false),
    )
  }
  if (seatsPerSide > 1) parts.push(...place(wineBottle(), [x, 0, z - 0.05]))
  return [item(parts), ...settings]
}

/** Shelves of bottles: red for Bordeaux, a lighter red for Beaujolais. */
function wineShelf(x0: number, x1: number, z: number): Part[] {
  const parts: Part[] = [slab(x0, x1, 0, 2.1, z - 0.16, z + 0.16, PALETTE.walnutDark, 'wood')]
  for (const y of [1.0, 1.38, 1.76]) {
    parts.push(slab(x0 + 0.05, x1 - 0.05, y - 0.02, y, z + 0.16, z + 0.2, PALETTE.walnut, 'wood'))
    for (let x = x0 + 0.15; x < x1 - 0.1; x += 0.16) {
      const color = Math.round(x * 10) % 3 === 0 ? 0x5a1420 : 0x2a3b22
      // Seen end-on along a shelf: six sides are plenty, and the shelf hides the bottoms.
      parts.push(cylinder(0.035, 0.28, [x, y + 0.14, z + 0.2], color, 'gloss', { segments: 6, caps: 'top' }))
    }
  }
  return parts
}

const counter: Part[] = [
  slab(COUNTER_X, COUNTER_X + 0.6, 0, 1.02, -HW, 0.1, PALETTE.walnut, 'wood'),
  slab(COUNTER_X - 0.05, COUNTER_X + 0.65, 1.02, 1.07, -HW, 0.15, PALETTE.cream, 'gloss'),
  box([0.01, 0.04, 1.7], [COUNTER_X - 0.005, 0.3, -0.8], PALETTE.brass, 'gloss'),
  ...place(wineBottle(0x5a1420), [COUNTER_X + 0.3, 0.29, -0.2]),
  ...place(wineBottle(), [COUNTER_X + 0.3, 0.29, -0.35]),
  ...[-1.4, -1.2, -1.0].map((z) =>
    cylinder(0.035, 0.14, [COUNTER_X + 0.25, 1.14, z], 0xdfe8ea, 'gloss', { radiusTop: 0.045, segments: 10 }),
  ),
  ...[-0.8, -0.6].map((z) =>
    cylinder(0.14, 0.02, [COUNTER_X + 0.3, 1.08, z], PALETTE.warmWhite, 'gloss', { segments: 16 }),
  ),
]

export default defineBuild([
  ...LEFT_TABLES.flatMap((x) => tableFor(x, -0.98, 2, 1.1)),
  ...[3.4, 7.0, 10.6].flatMap((x) => tableFor(x, HW - 0.36, 1, 0.6)),
  item(counter),
  item(wineShelf(SHELF.from, SHELF.to, -HW + 0.17)),
  item(place(cabinet(2.6, 0.95, 0.5, PALETTE.walnut), [17.6, 0, HW - 0.26], FACING.minusZ)),
])
