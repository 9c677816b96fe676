import { useCallback, useEffect, useRef, useState } from 'react'
import { LANG_NAMES } from '../content/i18n'
import { LANGS } from '../content/schema'
import { offline } from '../pwa'
import { IDLE_SECONDS, parsePublicUrl, secondsTyped } from '../kiosk/config'
import { canCheckPin } from '../kiosk/pin'
import { useKiosk } from '../kiosk/store'
import { useModels } from '../models/store'
import { diagnostics } from '../state/frame'
import { useT } from '../state/settings'
import { useUi } from '../state/ui'
import { Panel } from './Panel'
import { PinPad } from './PinPad'
import './operator.css'

const LONG_PRESS_MS = 2000

/** An invisible corner that opens the operator menu after a two-second press. */
export function OperatorCorner() {
  const kiosk = useKiosk((s) => s.config.enabled)
  const set = useUi((s) => s.set)
  const timer = useRef<number | undefined>(undefined)
  if (!kiosk) return null
  const cancel = () => window.clearTimeout(timer.current)
  return (
    <div
      className="operator-corner"
      data-testid="operator-corner"
      aria-hidden="true"
      onPointerDown={() => {
        cancel()
        timer.current = window.setTimeout(() => {
          // Without a PIN this build can check, nobody may open the menu (config.ts warned at load too).
          if (useKiosk.getState().config.pin && canCheckPin()) return set({ operatorOpen: true })
          console.warn('Taeyangho: the operator menu is unavailable: no valid PIN hash, or no WebCrypto here')
        }, LONG_PRESS_MS)
      }}
      onPointerUp={cancel}
      onPointerLeave={cancel}
      onPointerCancel={cancel}
    />
  )
}

function formatUptime(ms: number): string {
  const s = Math.floor(ms / 1000)
  return `${Math.floor(s / 3600)}h ${Math.floor((s % 3600) / 60)}m ${s % 60}s`
}

/** PIN first, then: default language, idle time, reload, and how the kiosk is doing. */
export function OperatorMenu() {
  const t = useT()
  const open = useUi((s) => s.operatorOpen)
  const set = useUi((s) => s.set)
  const config = useKiosk((s) => s.config)
  const setOverrides = useKiosk((s) => s.setOverrides)
  const [unlocked, setUnlocked] = useState(false)
  const [idle, setIdle] = useState(String(config.idleSeconds))
  const [badIdle, setBadIdle] = useState(false)
  const [publicUrl, setPublicUrl] = useState(config.publicUrl)
  const [badUrl, setBadUrl] = useState(false)
  const modelProblems = useModels((s) => s.problems)
  const [, refresh] = useState(0)
  useEffect(() => {
    if (!open) {
      setUnlocked(false)
      setIdle(String(useKiosk.getState().config.idleSeconds))
      setBadIdle(false)
      setBadUrl(false)
      return
    }
    const id = window.setInterval(() => refresh((n) => n + 1), 1000)
    return () => window.clearInterval(id)
  }, [open])
  const close = useCallback(() => set({ operatorOpen: false }), [set])
  if (!open || !config.pin) return null
  if (!unlocked) {
    return (
      <Panel id="operator-pin" title={t('ui.operator')} onClose={close} className="operator">
        <PinPad hash={config.pin} onUnlock={() => setUnlocked(true)} />
      </Panel>
    )
  }
  return (
    <Panel id="operator-menu" title={t('ui.operator')} onClose={close} className="operator">
      <h3>{t('ui.defaultLanguage')}</h3>
      <div className="operator-row">
        {LANGS.map((l) => (
          <button
            key={l}
            type="button"
            aria-pressed={config.defaultLang === l}
            onClick={() => setOverrides({ defaultLang: l })}
          >
            {LANG_NAMES[l]}
          </button>
        ))}
      </div>
      <h3>{t('ui.ride.operatorSound')}</h3>
      <div className="operator-row">
        {[true, false].map((on) => (
          <button
            key={String(on)}
            type="button"
            data-ride-sound={on}
            aria-pressed={config.rideSound === on}
            onClick={() => setOverrides({ rideSound: on })}
          >
            {t(on ? 'ui.ride.soundOn' : 'ui.ride.soundOff')}
          </button>
        ))}
      </div>
      <h3>
        <label htmlFor="idle-seconds">{t('ui.idleSeconds')}</label>
      </h3>
      <div className="operator-row">
        <input
          id="idle-seconds"
          type="number"
          min={IDLE_SECONDS.min}
          max={IDLE_SECONDS.max}
          step={1}
          value={idle}
          onChange={(e) => setIdle(e.target.value)}
        />
        <button
          type="button"
          onClick={() => {
            // Refused rather than clamped: the operator sees what the kiosk will run with.
            const seconds = secondsTyped(idle, IDLE_SECONDS)
            setBadIdle(seconds === null)
            if (seconds !== null) setOverrides({ idleSeconds: seconds })
          }}
        >
          {t('ui.save')}
        </button>
        <button type="button" onClick={() => window.location.reload()}>
          {t('ui.reload')}
        </button>
      </div>
      {badIdle && (
        <p className="operator-note refused" role="alert" data-testid="idle-status">
          {t('ui.idleRange', { min: IDLE_SECONDS.min, max: IDLE_SECONDS.max })}
        </p>
      )}
      <h3>
        <label htmlFor="public-url">{t('ui.share.publicUrl')}</label>
      </h3>
      <div className="operator-row">
        <input
          id="public-url"
          type="url"
          inputMode="url"
          placeholder="https://"
          value={publicUrl}
          onChange={(e) => setPublicUrl(e.target.value)}
        />
        <button
          type="button"
          onClick={() => {
            // Empty takes the menu's address away (kiosk.json's applies); anything else must be one a phone can open.
            const ok = publicUrl.trim() === '' || parsePublicUrl(publicUrl) !== null
            setBadUrl(!ok)
            if (ok) setOverrides({ publicUrl: publicUrl.trim() })
          }}
        >
          {t('ui.save')}
        </button>
      </div>
      <p className="operator-note" aria-live="polite" data-testid="public-url-status">
        {badUrl
          ? t('ui.share.invalid')
          : config.publicUrl
            ? t('ui.share.current', { url: config.publicUrl })
            : t('ui.share.none')}
      </p>
      <h3>{t('ui.status')}</h3>
      <dl className="status">
        <dt>{t('ui.version')}</dt>
        <dd>{__APP_VERSION__}</dd>
        <dt>{t('ui.uptime')}</dt>
        <dd>{formatUptime(performance.now())}</dd>
        <dt>{t('ui.frameRate')}</dt>
        <dd>{diagnostics.fps > 0 ? `${diagnostics.fps.toFixed(1)} fps` : '—'}</dd>
        <dt>{t('ui.offlineReady')}</dt>
        <dd>{offline.ready ? t('ui.yes') : t('ui.no')}</dd>
        <dt>{t('ui.models')}</dt>
        <dd data-testid="model-status">
          {/* A model drawn from code instead of its file, and why: technical detail, for the operator's report. */}
          {modelProblems.length === 0 ? (
            t('ui.modelsFine')
          ) : (
            <ul>
              {modelProblems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </Panel>
  )
}
