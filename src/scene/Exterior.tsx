import { Suspense, useMemo } from 'react'
import { exteriorParts } from '../exterior/exterior'
import { locomotivePlacements } from '../exterior/locomotives'
import { useExterior } from '../exterior/store'
import { PLATFORM } from '../places'
import type { BuiltTrain } from '../places/train'
import { MergedParts } from './MergedParts'
import { PlacedObject } from './RoomModel'
import { exterior } from './renderTrain'

/** The locomotives the visitor has chosen, at the head of the train: model files, or their parts from code. */
function Locomotives({ front }: { front: number }) {
  const choice = useExterior((s) => s.locomotive)
  const placements = useMemo(() => locomotivePlacements(choice, front), [choice, front])
  return (
    <>
      {placements.map((p) => (
        <Suspense key={p.model} fallback={null}>
          <PlacedObject roomId={PLATFORM} id={p.model} placements={[p]} />
        </Suspense>
      ))}
    </>
  )
}

/**
 * Every carriage from outside (exterior/exterior.ts), placed by the layout: drawn only
 * while the visitor is out on the platform (renderTrain), and never their interiors then.
 */
export function Exterior({ train }: { train: BuiltTrain }) {
  const rooms = useMemo(
    () =>
      train.rooms.map((r) => ({ at: r.slot.start, parts: exteriorParts(r.manifest.shell, r.manifest.length, r.ends) })),
    [train],
  )
  return (
    <group ref={(g) => void (exterior.group = g)} name="exterior" visible={false}>
      {rooms.map(({ at, parts }, i) => (
        <group key={i} position={[at, 0, 0]}>
          <MergedParts parts={parts} />
        </group>
      ))}
      <Locomotives front={train.rooms[0]!.slot.start - train.rooms[0]!.manifest.shell.endWall} />
    </group>
  )
}
