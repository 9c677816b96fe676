import { Component, type ReactNode, Suspense, use, useEffect, useLayoutEffect, useMemo } from 'react'
import { FURNITURE_CHUNK } from '../geometry/build'
import { type Placement, place, placePoint } from '../geometry/parts'
import { applyFileAnchors } from '../hotspots'
import { placedMeshes } from '../models/instances'
import { isOurs } from '../models/prepare'
import { type LoadedModel, modelResult, settledModel } from '../models/loader'
import type { BuiltRoom } from '../places/train'
import { INTERIOR_EYES } from '../train/dimensions'
import { MergedParts } from './MergedParts'
import { INTERIOR_MASK, SHELL_MASK } from './portals'

/** What a room looks like without its model file: everything built from code, as before models were files. */
function BuiltIn({ room }: { room: BuiltRoom }) {
  return (
    <>
      <MergedParts parts={room.shellParts} eyes={INTERIOR_EYES} />
      {/* Furniture first, nearest stretch first: what is behind it then fails the depth test instead of being shaded. */}
      <MergedParts parts={room.build.parts} order={-1} chunk={FURNITURE_CHUNK} interior eyes={INTERIOR_EYES} />
    </>
  )
}

/** A file's meshes. Ours draw furniture first (renderOrder -1, see scripts/models/bake.ts): that is its interior. */
function ModelMeshes({ model }: { model: LoadedModel }) {
  return (
    <>
      {model.meshes.map((m, i) => (
        <mesh
          key={i}
          name={m.name}
          geometry={m.geometry}
          material={m.material}
          renderOrder={m.renderOrder}
          layers-mask={m.renderOrder < 0 ? INTERIOR_MASK : SHELL_MASK}
        />
      ))}
    </>
  )
}

/** Every placement of one object in a room: from its model file, merged; or its parts from code. */
export function PlacedObject({ roomId, id, placements }: { roomId: string; id: string; placements: Placement[] }) {
  const result = settledModel(id) ?? use(modelResult(id))
  const meshes = useMemo(() => (result.ok ? placedMeshes(result, placements) : null), [result, placements])
  useEffect(() => () => meshes?.forEach((m) => m.geometry.dispose()), [meshes])
  // An object's anchors are in its own frame, and name the room's anchors at its first placement (as built).
  useEffect(() => {
    const [first] = placements
    if (!result.ok || !first || isOurs(result.entry)) return
    const inRoom = Object.entries(result.anchors).map(([k, a]) => [k, placePoint(a, first.at, first.rotY)] as const)
    applyFileAnchors(roomId, Object.fromEntries(inRoom))
  }, [result, placements, roomId])
  if (!meshes)
    return <MergedParts parts={placements.flatMap((p) => place(p.parts, p.at, p.rotY))} order={-1} interior />
  return (
    <>
      {meshes.map((m, i) => (
        <mesh key={i} geometry={m.geometry} material={m.material} renderOrder={-1} layers-mask={INTERIOR_MASK} />
      ))}
    </>
  )
}

const sameEnds = (a: { prev: boolean; next: boolean } | undefined, b: { prev: boolean; next: boolean }) =>
  !!a && a.prev === b.prev && a.next === b.next

function FromFile({ room }: { room: BuiltRoom }) {
  const model = room.manifest.model ?? room.manifest.id
  const result = settledModel(model) ?? use(modelResult(model))
  const objects = useMemo(() => {
    const byModel = new Map<string, Placement[]>()
    for (const p of room.build.placements) byModel.set(p.model, [...(byModel.get(p.model) ?? []), p])
    return [...byModel]
  }, [room])
  const fromFile = result.ok && sameEnds(result.entry.ends, room.ends)
  // A layout effect runs before the objects' effects: an object's own anchor, the more
  // precise, wins over the room's of the same name. Our own files carry the computed anchors.
  useLayoutEffect(() => {
    if (fromFile && !isOurs(result.entry)) applyFileAnchors(room.manifest.id, result.anchors)
  }, [fromFile, result, room])
  // A room built for other neighbours (a test train's repeat) has other end doors: drawn from code.
  if (!fromFile) return <BuiltIn room={room} />
  return (
    <>
      <ModelMeshes model={result} />
      {objects.map(([id, placements]) => (
        <Suspense key={id} fallback={null}>
          <PlacedObject roomId={room.manifest.id} id={id} placements={placements} />
        </Suspense>
      ))}
    </>
  )
}

/** Catches what should never happen (a bug while drawing a model): the room is drawn from code instead. */
class ModelBoundary extends Component<{ children: ReactNode; fallback: ReactNode; id: string }, { failed: boolean }> {
  state = { failed: false }
  static getDerivedStateFromError() {
    return { failed: true }
  }
  componentDidCatch(error: unknown) {
    console.warn(`room ${this.props.id}: its model failed to draw; drawn from code`, error)
  }
  render() {
    return this.state.failed ? this.props.fallback : this.props.children
  }
}

/**
 * A room's interior, from its model file (see models/loader.ts). Each room waits for
 * its own file alone, in its own boundary: a slow or broken file holds up no other room.
 */
export function RoomModel({ room }: { room: BuiltRoom }) {
  return (
    <ModelBoundary id={room.manifest.id} fallback={<BuiltIn room={room} />}>
      <Suspense fallback={null}>
        <FromFile room={room} />
      </Suspense>
    </ModelBoundary>
  )
}
