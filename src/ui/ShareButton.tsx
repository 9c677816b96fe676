import { useEffect, useRef, useState } from 'react'
import { useKiosk } from '../kiosk/store'
import { useT } from '../state/settings'
import { useKeepOut } from './useKeepOut'
import { webLink } from '../share/link'
import { type SendResult, shareOrCopy } from '../share/send'

const STATUS_MS = 4000

/** On the web: the share sheet, or the link copied, and a line that says which. */
function WebShare() {
  const t = useT()
  const [status, setStatus] = useState<SendResult | null>(null)
  const timer = useRef<number | undefined>(undefined)
  useEffect(() => () => window.clearTimeout(timer.current), [])
  const send = async () => {
    const result = await shareOrCopy(webLink(window.location.href), document.title)
    window.clearTimeout(timer.current)
    setStatus(result)
    timer.current = window.setTimeout(() => setStatus(null), STATUS_MS)
  }
  const said = status === 'copied' || status === 'failed' ? t(`ui.share.${status}`) : ''
  return (
    <span className="share">
      <button type="button" data-share-button onClick={() => void send()}>
        {t('ui.share.share')}
      </button>
      {/* Always in the page, so a screen reader announces what appears in it. */}
      <span className="share-status" role="status">
        {said}
      </span>
    </span>
  )
}

/** On a kiosk with a public address: opens the QR code of this visit. */
function PhoneButton({ at }: { at: 'header' | 'footer' }) {
  const t = useT()
  const open = useKiosk((s) => s.qrOpen)
  const setQrOpen = useKiosk((s) => s.setQrOpen)
  const keepOut = useKeepOut()
  return (
    <button
      type="button"
      ref={keepOut}
      className={at === 'footer' ? 'map-button phone-foot' : 'phone-head'}
      data-phone-button
      aria-haspopup="dialog"
      aria-expanded={open}
      onClick={() => setQrOpen(!open)}
    >
      {t('ui.share.phone')}
    </button>
  )
}

/**
 * Take the visit home: Share on the web, among the header's tools; on a kiosk with a
 * public address, "Continue on your phone" at the foot, beside Map and Journeys, where a
 * touch visitor's hands are (and the header's row keeps clear of the panels below it).
 * On a phone-sized screen an open panel covers the foot: there it is in the header.
 */
export function ShareButton({ at }: { at: 'header' | 'footer' }) {
  const kiosk = useKiosk((s) => s.config.enabled)
  const hasAddress = useKiosk((s) => s.config.publicUrl !== '')
  if (!kiosk) return at === 'header' ? <WebShare /> : null
  return hasAddress ? <PhoneButton at={at} /> : null
}
