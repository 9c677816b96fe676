import { Component, type ReactNode, Suspense, use, useEffect, useMemo } from 'react'
import { FURNITURE_CHUNK } from '../geometry/build'
import { type Placement, place } from '../geometry/parts'
import { placedMeshes } from '../models/instances'
import { type LoadedModel, modelResult, settledModel } from '../models/loader'
import type { BuiltRoom } from '../places/train'
import { MergedParts } from './MergedParts'

/** What a room looks like without its model file: everything built from code, as before models were files. */
function BuiltIn({ room }: { room: BuiltRoom }) {
  return (
    <>
      <MergedParts parts={room.shellParts} />
      {/* Furniture first, nearest stretch first: what is behind it then fails the depth test instead of being shaded. */}
      <MergedParts parts={room.build.parts} order={-1} chunk={FURNITURE_CHUNK} />
    </>
  )
}

function ModelMeshes({ model }: { model: LoadedModel }) {
  return (
    <>
      {model.meshes.map((m, i) => (
        <mesh key={i} name={m.name} geometry={m.geometry} material={m.material} renderOrder={m.renderOrder} />
      ))}
    </>
  )
}

/** Every placement of one object in a room: from its model file, merged; or its parts from code. */
function PlacedObject({ id, placements }: { id: string; placements: Placement[] }) {
  const result = settledModel(id) ?? use(modelResult(id))
  const meshes = useMemo(() => (result.ok ? placedMeshes(result, placements) : null), [result, placements])
  useEffect(() => () => meshes?.forEach((m) => m.geometry.dispose()), [meshes])
  if (!meshes) return <MergedParts parts={placements.flatMap((p) => place(p.parts, p.at, p.rotY))} order={-1} />
  return (
    <>
      {meshes.map((m, i) => (
        <mesh key={i} geometry={m.geometry} material={m.material} renderOrder={-1} />
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
  // A room built for other neighbours (a test train's repeat) has other end doors: drawn from code.
  if (!result.ok || !sameEnds(result.entry.ends, room.ends)) return <BuiltIn room={room} />
  return (
    <>
      <ModelMeshes model={result} />
      {objects.map(([id, placements]) => (
        <Suspense key={id} fallback={null}>
          <PlacedObject id={id} placements={placements} />
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
