/** What became of a Share press: the status line says the last two. */
export type SendResult = 'shared' | 'cancelled' | 'copied' | 'failed'

/**
 * Copies with a selected, hidden text field: for browsers without the async clipboard
 * (an older one, or a page that is not a secure context).
 */
function copyBySelection(text: string): boolean {
  const area = document.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.style.position = 'fixed'
  area.style.opacity = '0'
  document.body.append(area)
  area.select()
  try {
    // Deprecated, but still the only way where navigator.clipboard is missing.
    return document.execCommand('copy')
  } catch {
    return false
  } finally {
    area.remove()
  }
}

/**
 * The system's share sheet where there is one (phones, some desktops); else the link
 * is copied. A sheet the visitor closes is their choice, not a failure; a sheet the
 * browser refuses falls back to copying.
 */
export async function shareOrCopy(
  url: string,
  title: string,
  nav: Pick<Navigator, 'share' | 'clipboard'> = navigator,
  fallback: (text: string) => boolean = copyBySelection,
): Promise<SendResult> {
  if (typeof nav.share === 'function') {
    try {
      await nav.share({ title, url })
      return 'shared'
    } catch (e) {
      if (e instanceof Error && e.name === 'AbortError') return 'cancelled'
    }
  }
  try {
    if (nav.clipboard && typeof nav.clipboard.writeText === 'function') {
      await nav.clipboard.writeText(url)
      return 'copied'
    }
  } catch {
    // Refused (no permission, page not focused): try the old way.
  }
  return fallback(url) ? 'copied' : 'failed'
}
