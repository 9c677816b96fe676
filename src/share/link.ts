import type { Lang } from '../content/schema'
import { KIOSK_PARAMS } from '../kiosk/config'
import { type HashPlace, formatHash } from '../navigation/hash'

/** The same address without any parameter that would turn a visitor's phone into a kiosk. */
function withoutKioskParams(url: URL): URL {
  for (const p of KIOSK_PARAMS) url.searchParams.delete(p)
  return url
}

/**
 * The link a kiosk hands to a visitor's phone: the exhibit's public address, in the
 * visitor's language, at the place they stand with the panel they have open, e.g.
 * `https://museum.example/taeyangho/?lang=ko#/restaurant/restaurant-wine`. The language is
 * always written out, so the phone shows what the kiosk showed whatever its own default.
 * Null when the address is not an absolute http(s) URL.
 */
export function publicLink(publicUrl: string, place: HashPlace, lang: Lang): string | null {
  let url: URL
  try {
    url = new URL(publicUrl)
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  withoutKioskParams(url).searchParams.set('lang', lang)
  url.hash = formatHash(place)
  return url.href
}

/** The page's own address to share from the web: it already says where and in which language. */
export function webLink(href: string): string {
  return withoutKioskParams(new URL(href)).href
}
