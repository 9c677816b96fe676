import { HOTSPOTS, PANEL_COUNT } from '../hotspots'
import { useHotspots } from '../hotspots/store'
import { useNavigation } from '../navigation/store'
import { useT } from '../state/settings'
import { CARRIAGES, carriageIndex } from '../carriages/registry'
import { CarriageNav } from './CarriageNav'
import { LanguageSwitcher } from './LanguageSwitcher'
import { TourMenu } from './TourControls'
import { useUi } from '../state/ui'
import { useJourneys } from '../journeys/store'
import { useKeepOut } from './useKeepOut'
import { ShareButton } from './ShareButton'

const CONTROLS: [key: string, action: string][] = [
  ['W / ↑', 'controls.forward'],
  ['S / ↓', 'controls.back'],
  ['A / D', 'controls.strafe'],
  ['← / →', 'controls.turn'],
  ['Shift', 'controls.run'],
  ['controls.dragKey', 'controls.drag'],
  ['controls.clickKey', 'controls.click'],
  ['controls.markerKey', 'controls.marker'],
  ['ui.mouseLook', 'controls.mouseLook'],
  ['controls.listKey', 'controls.list'],
]

function requestMouseLook() {
  const canvas = document.querySelector<HTMLCanvasElement>('.scene canvas')
  canvas?.requestPointerLock?.()?.catch?.(() => undefined)
}

/** Where am I, what is left to discover, language, controls, and what is reconstruction. */
export function Hud() {
  const t = useT()
  const placeId = useNavigation((s) => s.placeId)
  const visited = useHotspots((s) => s.visited)
  const setAbout = useHotspots((s) => s.setAbout)
  // -1 at the platform: no room number, and the platform's own name.
  const index = carriageIndex(placeId)
  const helpOpen = useUi((s) => s.helpOpen)
  const mapOpen = useUi((s) => s.mapOpen)
  const setUi = useUi((s) => s.set)
  const journeysOpen = useJourneys((s) => s.mapOpen)
  const found = HOTSPOTS.filter((h) => h.home && visited.includes(h.id)).length
  const keepOut = useKeepOut()
  // One column over the view, header then help then foot: the help takes what height is
  // left between them and scrolls, so at 200% zoom it never runs under the room list.
  return (
    <div className="hud">
      <header className="hud-top">
        <div className="where" aria-live="polite" ref={keepOut}>
          {index >= 0 && (
            <span className="eyebrow">{t('ui.carriageOf', { n: index + 1, total: CARRIAGES.length })}</span>
          )}
          <h1 className="carriage-name" data-testid="carriage-name">
            {index >= 0 ? t(CARRIAGES[index]!.nameKey) : t('ui.platform.title')}
          </h1>
          <p className="discovered" data-testid="discovered">
            {t('ui.discovered', { n: found, total: PANEL_COUNT })}
          </p>
        </div>
        <div className="tools" ref={keepOut}>
          <TourMenu />
          <LanguageSwitcher />
          <button type="button" onClick={requestMouseLook} className="desktop-only">
            {t('ui.mouseLook')}
          </button>
          <button
            type="button"
            aria-expanded={helpOpen}
            aria-controls="controls-help"
            onClick={() => setUi({ helpOpen: !helpOpen })}
          >
            {t('ui.controls')}
          </button>
          <ShareButton at="header" />
          <button type="button" data-about-button aria-haspopup="dialog" onClick={() => setAbout(true)}>
            {t('ui.about')}
          </button>
        </div>
      </header>
      {helpOpen && (
        <section id="controls-help" className="help" aria-label={t('ui.controls')} ref={keepOut}>
          <table>
            <tbody>
              {CONTROLS.map(([key, action]) => (
                <tr key={action}>
                  <th scope="row">{key.includes('.') ? t(key) : key}</th>
                  <td>{t(action)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <footer className="hud-bottom">
        {/* The map first, beside the list it extends: one tap away on a kiosk too. */}
        <div className="train-bar">
          <button
            type="button"
            className="map-button"
            data-map-button
            aria-haspopup="dialog"
            aria-expanded={mapOpen}
            onClick={() => setUi({ mapOpen: !mapOpen })}
            ref={keepOut}
          >
            {t('ui.map')}
          </button>
          <button
            type="button"
            className="map-button"
            data-journeys-button
            aria-haspopup="dialog"
            aria-expanded={journeysOpen}
            onClick={() => useJourneys.setState({ mapOpen: !journeysOpen })}
            ref={keepOut}
          >
            {t('ui.journeys')}
          </button>
          <ShareButton at="footer" />
          <CarriageNav />
        </div>
        <p className="reconstruction-note" ref={keepOut}>
          {t(index >= 0 ? 'ui.reconstructionNote' : 'ui.platform.note')}
        </p>
      </footer>
    </div>
  )
}
