import { type ComponentType, useMemo } from 'react'
import type { Group } from 'three'
import { shellParts } from '../carriages/shared/shell'
import { CARRIAGES, SLOTS } from '../train/registry'
import type { CarriageModule } from '../train/types'
import { MergedParts } from './MergedParts'
import { carriageGroups } from './renderTrain'

/** Metres of furniture per mesh: a few draw calls more buy culling and near-to-far order. */
const FURNITURE_CHUNK = 4

/**
 * Every carriage's own scene code (see CarriageModule.loadScene), asked for as soon as
 * this chunk runs and awaited by Experience before the canvas: the train itself never
 * suspends, which would cost the first frame a second pass over the geometry.
 */
let scenes: Promise<(ComponentType | null)[]> | null = null
export function loadScenes(): Promise<(ComponentType | null)[]> {
  scenes ??= Promise.all(
    CARRIAGES.map(
      (c) =>
        c.loadScene?.().then(
          (m) => m.default,
          (error: unknown) => {
            // The room still stands without it; only what its scene adds is missing.
            console.warn(`carriage ${c.id}: its scene did not load, shown without it`, error)
            return null
          },
        ) ?? null,
    ),
  )
  return scenes
}
void loadScenes()

function Carriage({ module, index, Scene }: { module: CarriageModule; index: number; Scene: ComponentType | null }) {
  const shell = useMemo(
    () => shellParts(module.length, module.shell, { prev: index > 0, next: index < CARRIAGES.length - 1 }),
    [module, index],
  )
  const register = useMemo(() => (g: Group | null) => void (carriageGroups[index] = g), [index])
  return (
    <group ref={register} position={[SLOTS[index]!.start, 0, 0]} name={module.id}>
      <MergedParts parts={shell} />
      {/* Furniture first, nearest stretch first: what is behind it then fails the depth test instead of being shaded. */}
      <MergedParts parts={module.parts} order={-1} chunk={FURNITURE_CHUNK} />
      {Scene && <Scene />}
    </group>
  )
}

/**
 * Every carriage, placed by the layout. All stay mounted; renderTrain decides each
 * frame which are drawn (the current one, and neighbours through their doorways), so
 * a view never draws more than three rooms however long the train.
 */
export function Train({ scenes }: { scenes: readonly (ComponentType | null)[] }) {
  return (
    <>
      {CARRIAGES.map((module, i) => (
        <Carriage key={module.id} module={module} index={i} Scene={scenes[i] ?? null} />
      ))}
    </>
  )
}
