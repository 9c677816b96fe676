import { useNavigation } from '../state/navigation'
import { CARRIAGES } from '../train/registry'

/** The train in miniature: one button per carriage, in train order, to jump to it. */
export function CarriageNav() {
  const currentId = useNavigation((s) => s.currentId)
  const requestJump = useNavigation((s) => s.requestJump)
  return (
    <nav aria-label="Carriages" className="carriage-nav">
      <ol>
        {CARRIAGES.map((c, i) => (
          <li key={c.id}>
            <button
              type="button"
              data-carriage={c.id}
              aria-current={c.id === currentId ? 'location' : undefined}
              onClick={() => requestJump(c.id)}
            >
              <span className="num" aria-hidden="true">{i + 1}</span>
              {c.name}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  )
}
