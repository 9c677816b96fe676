import { useState } from 'react'
import { useNavigation } from '../state/navigation'
import { CARRIAGES, carriageIndex } from '../train/registry'
import { CarriageNav } from './CarriageNav'
import { CONTROLS } from './controlsHelp'

function requestMouseLook() {
  const canvas = document.querySelector<HTMLCanvasElement>('.scene canvas')
  canvas?.requestPointerLock?.()?.catch?.(() => undefined)
}

/** Where am I, the carriage list, the controls and what is reconstruction. */
export function Hud() {
  const currentId = useNavigation((s) => s.currentId)
  const index = carriageIndex(currentId)
  const [helpOpen, setHelpOpen] = useState(false)
  return (
    <>
      <header className="hud-top">
        <div className="where" aria-live="polite">
          <span className="eyebrow">
            Taeyangho · carriage {index + 1} of {CARRIAGES.length}
          </span>
          <h1 className="carriage-name" data-testid="carriage-name">
            {CARRIAGES[index]?.name}
          </h1>
        </div>
        <div className="tools">
          <button type="button" onClick={requestMouseLook} className="desktop-only">
            Mouse look
          </button>
          <button type="button" aria-expanded={helpOpen} aria-controls="controls-help" onClick={() => setHelpOpen((o) => !o)}>
            Controls
          </button>
        </div>
      </header>
      {helpOpen && (
        <section id="controls-help" className="help" aria-label="Controls">
          <table>
            <tbody>
              {CONTROLS.map(([key, action]) => (
                <tr key={key}>
                  <th scope="row">{key}</th>
                  <td>{action}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <footer className="hud-bottom">
        <CarriageNav />
        <p className="reconstruction-note">
          A reconstruction: the rooms follow news reports of the train; sizes, layout, order and most colours are ours.
        </p>
      </footer>
    </>
  )
}
