import { HTML_LANG, LANG_NAMES } from '../content/i18n'
import { LANGS } from '../content/schema'
import { useSettings, useT } from '../state/settings'

/** Three buttons, each language named in itself, so a visitor finds theirs. */
export function LanguageSwitcher() {
  const t = useT()
  const lang = useSettings((s) => s.lang)
  const setLang = useSettings((s) => s.setLang)
  return (
    <div className="languages" role="group" aria-label={t('ui.language')}>
      {LANGS.map((l) => (
        <button key={l} type="button" lang={HTML_LANG[l]} aria-pressed={l === lang} onClick={() => setLang(l)}>
          {LANG_NAMES[l]}
        </button>
      ))}
    </div>
  )
}
