import { type ComponentType, useMemo } from 'react'
import type { Group } from 'three'
import { CONTENT } from '../content'
import { translate } from '../content/i18n'
import type { Lang } from '../content/schema'
import { useSettings } from '../state/settings'
import type { BuiltRoom, BuiltTrain } from '../places/train'
import type { SceneProps } from '../train/types'
import { Exterior } from './Exterior'
import { RoomModel } from './RoomModel'
import { carriageGroups, setRenderedTrain } from './renderTrain'

/** A room's own scene reads texts through this, in the language it is given. */
const text = (key: string, lang: string) => translate(CONTENT.dictionaries, lang as Lang, key)

/** A room's own scene, in the visitor's language: only these re-render when it changes. */
function RoomScene({ Scene }: { Scene: ComponentType<SceneProps> }) {
  const lang = useSettings((s) => s.lang)
  return <Scene lang={lang} text={text} />
}

function Carriage({ room, index }: { room: BuiltRoom; index: number }) {
  const register = useMemo(() => (g: Group | null) => void (carriageGroups[index] = g), [index])
  const { Scene } = room.build
  return (
    <group ref={register} position={[room.slot.start, 0, 0]} name={room.manifest.id}>
      <RoomModel room={room} />
      {Scene && <RoomScene Scene={Scene} />}
    </group>
  )
}

/**
 * Every room of the built train, placed by the layout. All stay mounted; renderTrain
 * decides each frame which are drawn (the current one, and neighbours through their
 * doorways), so a view never draws more than three rooms however long the train.
 */
export function Train({ train }: { train: BuiltTrain }) {
  useMemo(() => {
    carriageGroups.length = train.rooms.length
    setRenderedTrain(train)
  }, [train])
  return (
    <>
      {train.rooms.map((room, i) => (
        <Carriage key={room.manifest.id} room={room} index={i} />
      ))}
      <Exterior train={train} />
    </>
  )
}
