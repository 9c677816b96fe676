/**
 * `npm run geo`: writes the journey map's countries (src/geo/region-50m.json) from
 * world-atlas' Natural Earth 1:50m, keeping only the countries in its view.
 * `npm run geo -- --check` fails if the file is not what this would write.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { JOURNEY_BOX, subsetTopology } from '../src/geo/subset'

const OUT = 'src/geo/region-50m.json'
const require = createRequire(import.meta.url)
const world = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'))
const text = JSON.stringify(subsetTopology(world, JOURNEY_BOX)) + '\n'
if (process.argv.includes('--check')) {
  const now = readFileSync(OUT, 'utf8')
  if (now !== text) {
    console.error(`${OUT} is not what \`npm run geo\` makes of world-atlas: run it and commit the file`)
    process.exit(1)
  }
  console.log(`${OUT} is up to date`)
} else {
  writeFileSync(OUT, text)
  console.log(`${OUT}: ${(text.length / 1024).toFixed(0)} KB`)
}
