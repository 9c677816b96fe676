/**
 * `npm run models`: writes every room's interior and each replaceable object as a
 * baked, meshopt-compressed .glb under public/models/built/, and the manifest
 * public/models/models.json. `npm run models -- --check` writes nothing and fails when
 * a committed file differs from what this would write. Deterministic: the same code
 * gives the same bytes. public/models/custom/ is the curators': never read or written.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { translate } from '../src/content/i18n'
import { CONTENT } from '../src/content'
import { modelEntrySchema, type ModelEntry } from '../src/models/manifest'
import { objectMeshes, roomMeshes } from './models/bake'
import { type MeshSpec, compressedGlb, modelDocument, modelIO, optimise, validateGlb } from './models/document'
import { BUDGETS, OUR_CREDITS, boundsOf, curatorFields, triangles } from './models/manifest'
import { exteriorSources, objectAnchors, objectSources, roomSources } from './models/sources'

const ROOT = 'public/models'
const MANIFEST = `${ROOT}/models.json`

const OBJECT_TITLES: Record<string, string> = {
  sedan: 'Armoured Mercedes saloon car (FACTS C9; its model and proportions are a reconstruction)',
  'desk-set': "The office desk with its telephones and laptop (FACTS C2, C3; the set's look is a reconstruction)",
  'place-setting': "A restaurant place setting: plates, cutlery and a glass (the room's look is a reconstruction)",
  'loco-df11z-0001':
    'DF11Z locomotive, plate 0001, China Railway livery (FACTS L2, L3; its shape, shades and emblem drawing are a reconstruction)',
  'loco-df11z-0002':
    'DF11Z locomotive, plate 0002, the second of the pair (FACTS L2, L3; showing both plates is our reconstruction)',
  'loco-hanoi':
    'The red-and-yellow locomotive of the 2019 Hanoi trip (FACTS L4; its shape and number are not reported)',
  'loco-home': "North Korea's own locomotive (not described in the reports: a plain reconstruction)",
}

const check = process.argv.includes('--check')
const started = Date.now()
const io = await modelIO()
const rooms = await roomSources()
const objects = [...objectSources(rooms), ...exteriorSources()]
const kept = curatorFields(MANIFEST)
const files = new Map<string, Uint8Array>()
const entries: ModelEntry[] = []

async function write(
  id: string,
  specs: MeshSpec[],
  entry: Omit<ModelEntry, 'built' | 'file' | 'fit' | 'credits' | 'footprint'>,
) {
  const footprint = boundsOf(specs)
  const built = `built/${id}.glb`
  const doc = modelDocument(id, specs, entry.anchors)
  await optimise(doc)
  // The validator cannot read meshopt buffers: it checks the file just before compression.
  const report = await validateGlb(await io.writeBinary(doc), built)
  if (report.errors > 0) throw new Error(`models: ${built} is not valid glTF:\n${report.messages.join('\n')}`)
  files.set(built, await compressedGlb(io, doc))
  entries.push(
    modelEntrySchema.parse({
      ...entry,
      built,
      file: built,
      fit: 'as-is',
      credits: OUR_CREDITS,
      footprint,
      ...kept.get(id),
    }),
  )
  console.log(`  ${built}: ${triangles(specs)} triangles, ${(files.get(built)!.length / 1024).toFixed(1)} KB`)
}

for (const room of rooms) {
  const m = room.manifest
  const specs = await roomMeshes(room)
  await write(m.id, specs, {
    id: m.id,
    kind: 'room',
    title: `Interior: ${translate(CONTENT.dictionaries, 'en', m.nameKey)} (a reconstruction)`,
    budget: BUDGETS.room!,
    anchors: Object.fromEntries(
      Object.entries(m.anchors).map(([k, v]) => [k, v.map((x) => +x.toFixed(4)) as [number, number, number]]),
    ),
    ends: room.ends,
  })
}
for (const obj of objects) {
  const title = OBJECT_TITLES[obj.id]
  const budget = BUDGETS[obj.id]
  if (!title || !budget) throw new Error(`models: object "${obj.id}" needs a title and a budget in scripts/models`)
  await write(obj.id, await objectMeshes(obj), {
    id: obj.id,
    kind: 'object',
    title,
    budget,
    anchors: objectAnchors(obj, rooms),
  })
}

const manifest = `${JSON.stringify({ version: 1, models: entries }, null, 2)}\n`
const stale: string[] = []
for (const [path, bytes] of files) {
  const onDisk = existsSync(`${ROOT}/${path}`) ? readFileSync(`${ROOT}/${path}`) : null
  if (!onDisk || !onDisk.equals(bytes)) stale.push(path)
}
const extra = existsSync(`${ROOT}/built`) ? readdirSync(`${ROOT}/built`).filter((f) => !files.has(`built/${f}`)) : []
if (!existsSync(MANIFEST) || readFileSync(MANIFEST, 'utf8') !== manifest) stale.push('models.json')

if (check) {
  if (stale.length || extra.length) {
    console.error(
      `models: public/models is stale (run npm run models and commit the result):\n` +
        [...stale.map((p) => `  differs: ${p}`), ...extra.map((f) => `  not built by the script: built/${f}`)].join(
          '\n',
        ),
    )
    process.exit(1)
  }
  console.log(`models: ${files.size} files up to date (${((Date.now() - started) / 1000).toFixed(1)} s)`)
} else {
  mkdirSync(`${ROOT}/built`, { recursive: true })
  for (const f of extra) rmSync(`${ROOT}/built/${f}`)
  for (const [path, bytes] of files) writeFileSync(`${ROOT}/${path}`, bytes)
  writeFileSync(MANIFEST, manifest)
  const total = [...files.values()].reduce((n, b) => n + b.length, 0)
  console.log(
    `models: wrote ${files.size} files, ${(total / 1024).toFixed(1)} KB, ${stale.length} changed (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  )
}
