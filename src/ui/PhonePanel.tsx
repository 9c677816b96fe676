import { useCallback } from 'react'
import { hotspotAt } from '../hotspots'
import { useHotspots } from '../hotspots/store'
import { useKiosk } from '../kiosk/store'
import { useNavigation } from '../navigation/store'
import { useSettings, useT } from '../state/settings'
import { Panel } from './Panel'
import { publicLink } from '../share/link'
import { QrCode } from './QrCode'

/**
 * "Continue on your phone", on a kiosk: a QR code of this visit (the room, the open
 * panel, the language) on the exhibit's public address, and the link as text. It
 * follows the visitor: a language changed, a panel opened, and the code changes too.
 */
export function PhonePanel() {
  const t = useT()
  const open = useKiosk((s) => s.qrOpen && s.config.enabled)
  const publicUrl = useKiosk((s) => s.config.publicUrl)
  const setQrOpen = useKiosk((s) => s.setQrOpen)
  const lang = useSettings((s) => s.lang)
  const placeId = useNavigation((s) => s.placeId)
  const openId = useHotspots((s) => s.openId)
  const close = useCallback(() => {
    setQrOpen(false)
    requestAnimationFrame(() =>
      [...document.querySelectorAll<HTMLButtonElement>('[data-phone-button]')].find((b) => b.offsetParent)?.focus(),
    )
  }, [setQrOpen])
  const link = open ? publicLink(publicUrl, { placeId, hotspotId: hotspotAt(openId, placeId)?.id }, lang) : null
  if (!link) return null
  return (
    <Panel id="phone" title={t('ui.share.phone')} onClose={close} className="share-panel" over>
      <QrCode text={link} label={t('ui.share.qrLabel')} />
      <div className="share-text">
        <p>{t('ui.share.scan')}</p>
        <p className="share-link" data-testid="share-link">
          {link}
        </p>
      </div>
    </Panel>
  )
}
