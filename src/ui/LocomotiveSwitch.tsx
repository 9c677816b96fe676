import { LOCOMOTIVE_CHOICES } from '../exterior/locomotives'
import { useExterior } from '../exterior/store'
import { useNavigation } from '../navigation/store'
import { PLATFORM } from '../places'
import { useT } from '../state/settings'
import { useKeepOut } from './useKeepOut'

/** At the platform: which locomotive heads the train (what the reports say of each is in its label). */
export function LocomotiveSwitch() {
  const t = useT()
  const here = useNavigation((s) => s.placeId === PLATFORM)
  const choice = useExterior((s) => s.locomotive)
  const setLocomotive = useExterior((s) => s.setLocomotive)
  const keepOut = useKeepOut()
  if (!here) return null
  return (
    <section className="loco-switch" aria-label={t('ui.loco.title')} ref={keepOut}>
      <h2>{t('ui.loco.title')}</h2>
      {LOCOMOTIVE_CHOICES.map((c) => (
        <button key={c} type="button" aria-pressed={c === choice} data-loco={c} onClick={() => setLocomotive(c)}>
          {t(`ui.loco.${c}`)}
        </button>
      ))}
    </section>
  )
}
