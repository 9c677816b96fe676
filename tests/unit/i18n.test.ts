import { afterEach, describe, expect, it, vi } from 'vitest'
import { formatDate, langFromSearch, translate } from '../../src/content/i18n'

const dicts = { en: { hello: 'Hello {name}', only: 'English only' }, ko: { hello: '안녕하세요 {name}' }, zh: {} }

describe('languages', () => {
  afterEach(() => vi.restoreAllMocks())

  it('reads ?lang= from the URL', () => {
    expect(langFromSearch('?lang=ko')).toBe('ko')
    expect(langFromSearch('?kiosk&lang=zh')).toBe('zh')
    expect(langFromSearch('?lang=zh-CN')).toBe('zh')
    expect(langFromSearch('?lang=fr')).toBeNull()
    expect(langFromSearch('')).toBeNull()
  })

  it('translates with placeholders', () => {
    expect(translate(dicts, 'ko', 'hello', { name: '김' })).toBe('안녕하세요 김')
  })

  it('falls back to English with a warning when a translation is missing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    expect(translate(dicts, 'zh', 'only')).toBe('English only')
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('no zh text for "only"'))
  })

  it('shows the key itself when even English lacks it', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    expect(translate(dicts, 'en', 'nowhere')).toBe('nowhere')
  })

  it('writes source dates in the visitor’s language', () => {
    expect(formatDate('2025-09-02', 'en')).toMatch(/Sep.*2.*2025/)
    expect(formatDate('2025-09-02', 'ko')).toContain('2025')
    expect(formatDate('2025-09-02', 'ko')).toContain('9')
    expect(formatDate('2025-09-03', 'zh')).toContain('2025')
  })
})
