import { z } from 'zod'

/*
 * public/models/models.json: every model the exhibit draws, what it is, the file it is
 * drawn from and the rules a replacement must keep. `npm run models` writes it; a
 * curator edits `file`, `fit` and `credits` (the script keeps them). Plain data, read at
 * run time, so a swap needs no rebuild.
 */

const vec3 = z.tuple([z.number(), z.number(), z.number()])

/** Where a model's geometry must lie, metres, in its own frame. */
const box = z
  .object({ min: vec3, max: vec3 })
  .refine((b) => b.min.every((v, i) => v < b.max[i]!), { message: 'min must be below max on every axis' })

export const modelEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'lowercase letters, digits and dashes'),
  /** A room's interior (shell and fixed furniture) or an object a room places. */
  kind: z.enum(['room', 'object']),
  /** What it is, for the curator and the About panel. */
  title: z.string().min(1),
  /** The file `npm run models` writes, relative to public/models/. */
  built: z.string().regex(/^built\/[a-z0-9-]+\.glb$/),
  /** The file drawn: `built`, or a curator's own under custom/. */
  file: z.string().regex(/^(built|custom)\/[\w.-]+\.(glb|gltf)$/, 'a .glb or .gltf under built/ or custom/'),
  /** The box its geometry must lie in (a small tolerance is allowed; see models/fit.ts). */
  footprint: box,
  /** "scale": a replacement is scaled (uniformly) and moved to fill the footprint. */
  fit: z.enum(['as-is', 'scale']).default('as-is'),
  /** Most triangles it may have, and most texture pixels (width x height, all textures). */
  budget: z.object({ triangles: z.number().int().positive(), texturePixels: z.number().int().nonnegative() }),
  /** Named points, in its frame: a replacement's `anchor_<name>` empties take their place. */
  anchors: z.record(z.string(), vec3),
  /** For a room: which end walls open onto a neighbour in the train it was built for. */
  ends: z.object({ prev: z.boolean(), next: z.boolean() }).optional(),
  /** Who made the file drawn, under what licence; shown in the About panel. */
  credits: z.object({
    author: z.string().min(1),
    licence: z.string().min(1),
    source: z.string().optional(),
  }),
})

export type ModelEntry = z.infer<typeof modelEntrySchema>

export const modelsFileSchema = z.object({
  /** Bumped when the rules change. */
  version: z.literal(1),
  models: z.array(z.unknown()),
})

/** The fields a curator owns: the script keeps them when it rewrites the manifest. */
export const CURATOR_FIELDS = ['file', 'fit', 'credits'] as const

/**
 * Reads the manifest: entries that fail the schema are left out, each with a message
 * naming the entry and the field, so one bad entry costs only its own model.
 */
export function parseModels(json: unknown): { models: ModelEntry[]; problems: string[] } {
  const file = modelsFileSchema.safeParse(json)
  if (!file.success) return { models: [], problems: [`models.json: ${z.prettifyError(file.error)}`] }
  const models: ModelEntry[] = []
  const problems: string[] = []
  file.data.models.forEach((raw, i) => {
    const entry = modelEntrySchema.safeParse(raw)
    const name = (raw as { id?: unknown })?.id ?? `#${i}`
    if (!entry.success)
      problems.push(
        `models.json: model ${String(name)}: ${entry.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`,
      )
    else if (models.some((m) => m.id === entry.data.id))
      problems.push(`models.json: model ${entry.data.id} is listed twice`)
    else models.push(entry.data)
  })
  return { models, problems }
}
