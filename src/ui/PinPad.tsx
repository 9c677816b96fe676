import { useEffect, useRef, useState } from 'react'
import { NO_TRIES, afterWrong, loadTries, lockLeft, saveTries } from '../kiosk/lockout'
import { PIN_DIGITS, type PinHash, verifyPin } from '../kiosk/pin'
import { useT } from '../state/settings'

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9']

/**
 * The operator's PIN pad: 6 to 12 digits, checked against the stored hash (a few
 * hundred ms of PBKDF2, off the main thread), and locked for a while after too many
 * wrong tries (src/kiosk/lockout.ts), across reloads.
 */
export function PinPad({ hash, onUnlock }: { hash: PinHash; onUnlock: () => void }) {
  const t = useT()
  const [entry, setEntry] = useState('')
  const [tries, setTries] = useState(loadTries)
  const [now, setNow] = useState(Date.now)
  const [checking, setChecking] = useState(false)
  const [wrong, setWrong] = useState(false)
  // The menu can close (or the kiosk reset) while a check runs: a late "right" must not open it.
  const live = useRef(true)
  useEffect(() => {
    live.current = true
    return () => void (live.current = false)
  }, [])
  const left = lockLeft(tries, now)
  const locked = left > 0
  useEffect(() => {
    if (!locked) return
    const id = window.setInterval(() => setNow(Date.now()), 250)
    return () => window.clearInterval(id)
  }, [locked])

  const submit = async () => {
    if (checking || locked || entry.length < PIN_DIGITS.min) return
    const tried = entry
    setEntry('')
    setWrong(false)
    setChecking(true)
    // Counted as wrong before the check, so that a reload in the middle is no free try.
    const ifWrong = afterWrong(tries, Date.now())
    saveTries(ifWrong)
    let right = false
    try {
      right = await verifyPin(tried, hash)
    } catch (e) {
      console.warn('Taeyangho: the PIN could not be checked', e)
      saveTries(tries)
    }
    if (right) saveTries(NO_TRIES)
    if (!live.current) return
    setChecking(false)
    if (right) return onUnlock()
    setTries(ifWrong)
    setNow(Date.now())
    setWrong(true)
  }

  const busy = checking || locked
  return (
    <>
      <p className="pin-display" aria-live="polite" data-testid="pin-status">
        {t('ui.pin')}: {'•'.repeat(entry.length)}{' '}
        {checking ? (
          <span>{t('ui.pinChecking')}</span>
        ) : (
          <>
            {wrong && <strong>{t('ui.wrongPin')}</strong>}{' '}
            {locked ? (
              <strong className="pin-locked">{t('ui.pinLocked', { n: Math.ceil(left / 1000) })}</strong>
            ) : (
              !wrong && entry.length === 0 && <span className="pin-hint">{t('ui.pinDigits')}</span>
            )}
          </>
        )}
      </p>
      <div className="pin-pad">
        {DIGITS.map((d) => (
          <button
            key={d}
            type="button"
            disabled={busy}
            onClick={() => setEntry((p) => (p.length < PIN_DIGITS.max ? p + d : p))}
          >
            {d}
          </button>
        ))}
        <button type="button" disabled={busy || entry.length === 0} onClick={() => setEntry('')}>
          {t('ui.clearPin')}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => setEntry((p) => (p.length < PIN_DIGITS.max ? p + '0' : p))}
        >
          0
        </button>
        <button type="button" disabled={busy || entry.length < PIN_DIGITS.min} onClick={() => void submit()}>
          {t('ui.enter')}
        </button>
      </div>
    </>
  )
}
