import { create } from 'zustand'
import { subscribeWithSelector } from 'zustand/middleware'
import { CONTENT } from '../content'
import { DEFAULT_LANG, HTML_LANG, langFromSearch, translate } from '../content/i18n'
import type { Lang } from '../content/schema'

interface SettingsState {
  lang: Lang
  setLang: (lang: Lang) => void
}

/** The visitor's language: from `?lang=` at start, then the switcher. */
export const useSettings = create<SettingsState>()(
  subscribeWithSelector((set) => ({
    lang: (typeof window !== 'undefined' && langFromSearch(window.location.search)) || DEFAULT_LANG,
    setLang: (lang) => set({ lang }),
  })),
)

/** Keeps `<html lang>` and the `?lang=` parameter in step with the chosen language. */
export function startLanguageSync(): () => void {
  const apply = (lang: Lang) => {
    document.documentElement.lang = HTML_LANG[lang]
    const url = new URL(window.location.href)
    if (lang === DEFAULT_LANG) url.searchParams.delete('lang')
    else url.searchParams.set('lang', lang)
    if (url.href !== window.location.href) history.replaceState(history.state, '', url)
  }
  apply(useSettings.getState().lang)
  return useSettings.subscribe((s) => s.lang, apply)
}

export type Translate = (key: string, vars?: Record<string, string | number>) => string

/** `t(key)` in the current language; components re-render when it changes. */
export function useT(): Translate {
  const lang = useSettings((s) => s.lang)
  return (key, vars) => translate(CONTENT.dictionaries, lang, key, vars)
}
