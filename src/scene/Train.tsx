import { Suspense, useMemo } from 'react'
import { shellParts } from '../carriages/shared/shell'
import { useNavigation } from '../state/navigation'
import { CARRIAGES, SLOTS, carriageIndex } from '../train/registry'
import type { CarriageModule } from '../train/types'
import { MergedParts } from './MergedParts'

function Carriage({ module, index, visible }: { module: CarriageModule; index: number; visible: boolean }) {
  const shell = useMemo(
    () => shellParts(module.length, module.shell, { prev: index > 0, next: index < CARRIAGES.length - 1 }),
    [module, index],
  )
  const { Scene } = module
  return (
    <group position={[SLOTS[index]!.start, 0, 0]} visible={visible} name={module.id}>
      <MergedParts parts={shell} />
      {/* Furniture first: the walls behind it then fail the depth test instead of being shaded. */}
      <MergedParts parts={module.parts} order={-1} />
      {Scene && (
        <Suspense fallback={null}>
          <Scene />
        </Suspense>
      )}
    </group>
  )
}

/**
 * Every carriage, placed by the layout. All stay mounted; only the current one and its
 * neighbours (seen through the doors) are visible, so the draw calls of a view never
 * grow with the length of the train.
 */
export function Train() {
  const current = carriageIndex(useNavigation((s) => s.currentId))
  return (
    <>
      {CARRIAGES.map((module, i) => (
        <Carriage key={module.id} module={module} index={i} visible={Math.abs(i - current) <= 1} />
      ))}
    </>
  )
}
