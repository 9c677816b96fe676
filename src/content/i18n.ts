import { LANGS, type Dictionary, type Lang } from './schema'

/** Each language by its own name, as a visitor looking for theirs would read it. */
export const LANG_NAMES: Record<Lang, string> = { en: 'English', ko: '한국어', zh: '中文' }
/** The value for `<html lang>`: Simplified Chinese is zh-Hans. */
export const HTML_LANG: Record<Lang, string> = { en: 'en', ko: 'ko', zh: 'zh-Hans' }
export const DEFAULT_LANG: Lang = 'en'

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value)
}

/** `?lang=ko` → 'ko'; anything else (or nothing) → null. */
export function langFromSearch(search: string): Lang | null {
  const value = new URLSearchParams(search).get('lang')?.toLowerCase().split('-')[0]
  return isLang(value) ? value : null
}

const warned = new Set<string>()

/**
 * Looks a key up in a language, falling back to English (with one console warning per
 * key) and, last, to the key itself so a gap is visible rather than blank.
 */
export function translate(
  dictionaries: Record<Lang, Dictionary>,
  lang: Lang,
  key: string,
  vars?: Record<string, string | number>,
): string {
  let text = dictionaries[lang]?.[key]
  if (text === undefined) {
    const fallback = dictionaries.en[key]
    const tag = `${lang}:${key}`
    if (!warned.has(tag)) {
      warned.add(tag)
      console.warn(
        fallback === undefined
          ? `[content] no text for "${key}"`
          : `[content] no ${lang} text for "${key}"; showing English`,
      )
    }
    text = fallback ?? key
  }
  if (!vars) return text
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m))
}

/** A date from the sources table (YYYY-MM-DD) in the visitor's language. */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number)
  const date = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1))
  return new Intl.DateTimeFormat(HTML_LANG[lang], {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(date)
}

/** A label's colon: full-width in Chinese, as its typography wants. */
export const colon = (lang: Lang): string => (lang === 'zh' ? '：' : ': ')

/** What goes between two sentences set one after the other: nothing after a Chinese full stop. */
export const sentenceGap = (lang: Lang): string => (lang === 'zh' ? '' : ' ')
