import { Suspense, useEffect, useMemo, useState } from 'react'
import { doorFillParts, exteriorParts } from '../exterior/exterior'
import { materials } from '../geometry/materials'
import { useNavigation } from '../navigation/store'
import { locomotivePlacements } from '../exterior/locomotives'
import { useExterior } from '../exterior/store'
import { PLATFORM } from '../places'
import type { BuiltRoom, BuiltTrain } from '../places/train'
import { displayedMeshes } from './MergedParts'
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

type Built = ReturnType<typeof displayedMeshes>

/**
 * Each room's outside, built once and kept (the train lives as long as the page): its
 * body, and its side door's dark fill apart, which renderTrain hides where the room
 * shows through the door.
 */
const built = new WeakMap<BuiltRoom, { body: Built; fill: Built }>()

function outsideOf(room: BuiltRoom): { body: Built; fill: Built } {
  let meshes = built.get(room)
  if (!meshes) {
    const { shell, length } = room.manifest
    meshes = {
      body: displayedMeshes(exteriorParts(shell, length, room.ends)),
      fill: displayedMeshes(doorFillParts(shell, length)),
    }
    built.set(room, meshes)
  }
  return meshes
}

/** Gives the page time to settle after its first frame before building the outsides. */
const SETTLE_MS = 2500

/**
 * Builds every room's outside ahead of need, one room per task once the page has
 * settled: built in the first render they made the load's longest task (about 25 ms a
 * room on this machine, over 200 ms for the train), and nobody is at the platform yet.
 */
function prepareOutsides(rooms: readonly BuiltRoom[]): () => void {
  let i = 0
  let timer = 0
  const next = () => {
    if (i >= rooms.length) return
    outsideOf(rooms[i++]!)
    timer = window.setTimeout(next, 30)
  }
  timer = window.setTimeout(next, SETTLE_MS)
  return () => clearTimeout(timer)
}

/**
 * Every carriage from outside (exterior/exterior.ts), placed by the layout, and the
 * locomotives: drawn only while the visitor is out on the platform (renderTrain), and
 * mounted from the first visit there on (a link to the platform mounts them at once).
 */
export function Exterior({ train }: { train: BuiltTrain }) {
  const atPlatform = useNavigation((s) => s.placeId === PLATFORM)
  const [visited, setVisited] = useState(atPlatform)
  if (atPlatform && !visited) setVisited(true)
  useEffect(() => prepareOutsides(train.rooms), [train])
  const mats = materials()
  return (
    <group ref={(g) => void (exterior.group = g)} name="exterior" visible={false}>
      {visited &&
        train.rooms.map((room, i) => (
          <group key={room.manifest.id} position={[room.slot.start, 0, 0]}>
            {outsideOf(room).body.map(({ key, mesh, geometry }) => (
              <mesh key={key} geometry={geometry} material={mats[mesh]} />
            ))}
            {/* The side door's dark fill: hidden by renderTrain where the room shows through the door. */}
            <group ref={(g) => void (exterior.doorFills[i] = g)}>
              {outsideOf(room).fill.map(({ key, mesh, geometry }) => (
                <mesh key={key} geometry={geometry} material={mats[mesh]} />
              ))}
            </group>
          </group>
        ))}
      <Locomotives front={train.rooms[0]!.slot.start - train.rooms[0]!.manifest.shell.endWall} />
    </group>
  )
}
