import { useCallback, useEffect, useRef, useState } from 'react'
import { LANG_NAMES } from '../content/i18n'
import { LANGS } from '../content/schema'
import { offline } from '../pwa'
import { parsePublicUrl } from '../kiosk/config'
import { useKiosk } from '../kiosk/store'
import { useModels } from '../models/store'
import { diagnostics } from '../state/frame'
import { useT } from '../state/settings'
import { useUi } from '../state/ui'
import { Panel } from './Panel'

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
        timer.current = window.setTimeout(() => set({ operatorOpen: true }), LONG_PRESS_MS)
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
  const [pin, setPin] = useState('')
  const [unlocked, setUnlocked] = useState(false)
  const [wrong, setWrong] = useState(false)
  const [idle, setIdle] = useState(String(config.idleSeconds))
  const [publicUrl, setPublicUrl] = useState(config.publicUrl)
  const [badUrl, setBadUrl] = useState(false)
  const modelProblems = useModels((s) => s.problems)
  const [, refresh] = useState(0)
  useEffect(() => {
    if (!open) {
      setPin('')
      setUnlocked(false)
      setWrong(false)
      setBadUrl(false)
      return
    }
    const id = window.setInterval(() => refresh((n) => n + 1), 1000)
    return () => window.clearInterval(id)
  }, [open])
  const close = useCallback(() => set({ operatorOpen: false }), [set])
  if (!open) return null
  if (!unlocked) {
    return (
      <Panel id="operator-pin" title={t('ui.operator')} onClose={close} className="operator">
        <p className="pin-display" aria-live="polite">
          {t('ui.pin')}: {'•'.repeat(pin.length)} {wrong && <strong>{t('ui.wrongPin')}</strong>}
        </p>
        <div className="pin-pad">
          {['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'].map((d) => (
            <button key={d} type="button" onClick={() => setPin((p) => (p + d).slice(0, 8))}>
              {d}
            </button>
          ))}
          <button
            type="button"
            onClick={() => {
              const ok = pin === config.pin
              setUnlocked(ok)
              setWrong(!ok)
              setPin('')
            }}
          >
            {t('ui.enter')}
          </button>
        </div>
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
          min={10}
          max={3600}
          value={idle}
          onChange={(e) => setIdle(e.target.value)}
        />
        <button
          type="button"
          onClick={() => setOverrides({ idleSeconds: Math.max(10, Number(idle) || config.idleSeconds) })}
        >
          {t('ui.save')}
        </button>
        <button type="button" onClick={() => window.location.reload()}>
          {t('ui.reload')}
        </button>
      </div>
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
