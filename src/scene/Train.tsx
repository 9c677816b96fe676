import { useMemo } from 'react'
import type { Group } from 'three'
import { shellParts } from '../carriages/shared/shell'
import { CARRIAGES, SLOTS } from '../train/registry'
import type { CarriageModule } from '../train/types'
import { MergedParts } from './MergedParts'
import { carriageGroups } from './renderTrain'

/** Metres of furniture per mesh: a few draw calls more buy culling and near-to-far order. */
const FURNITURE_CHUNK = 4

function Carriage({ module, index }: { module: CarriageModule; index: number }) {
  const shell = useMemo(
    () => shellParts(module.length, module.shell, { prev: index > 0, next: index < CARRIAGES.length - 1 }),
    [module, index],
  )
  const register = useMemo(() => (g: Group | null) => void (carriageGroups[index] = g), [index])
  const { Scene } = module
  return (
    <group ref={register} position={[SLOTS[index]!.start, 0, 0]} name={module.id}>
      <MergedParts parts={shell} />
      {/* Furniture first, nearest stretch first: what is behind it then fails the depth test instead of being shaded. */}
      <MergedParts parts={module.parts} order={-1} chunk={FURNITURE_CHUNK} />
      {/* No Suspense of its own: the first frame waits for it, so nothing pops in after. */}
      {Scene && <Scene />}
    </group>
  )
}

/**
 * Every carriage, placed by the layout. All stay mounted; renderTrain decides each
 * frame which are drawn (the current one, and neighbours through their doorways), so
 * a view never draws more than three rooms however long the train.
 */
export function Train() {
  return (
    <>
      {CARRIAGES.map((module, i) => (
        <Carriage key={module.id} module={module} index={i} />
      ))}
    </>
  )
}
