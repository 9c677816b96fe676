import jsQR from 'jsqr'
import { afterEach, describe, expect, it, vi } from 'vitest'
import kioskJson from '../../src/content/kiosk.json'
import { KIOSK_PARAMS, kioskConfigFrom, parseOverrides, parsePublicUrl } from '../../src/kiosk/config'
import { resetVisit } from '../../src/kiosk/reset'
import { OPERATOR_KEY, useKiosk } from '../../src/kiosk/store'
import { publicLink, webLink } from '../../src/share/link'
import { QUIET_ZONE, modulesPath, qrDrawing } from '../../src/share/qr'
import { shareOrCopy } from '../../src/share/send'

const PUBLIC = 'http://exhibit.example/taeyangho/'
const base = { ...kioskJson, defaultLang: 'en' as const }

describe('the link a kiosk gives a phone', () => {
  it('is the public address with the language, the room and the open panel', () => {
    expect(publicLink(PUBLIC, { placeId: 'restaurant', hotspotId: 'restaurant-wine' }, 'ko')).toBe(
      'http://exhibit.example/taeyangho/?lang=ko#/restaurant/restaurant-wine',
    )
    expect(publicLink('https://museum.example', { placeId: 'office' }, 'en')).toBe(
      'https://museum.example/?lang=en#/office',
    )
  })

  it('carries no kiosk parameter, keeps the address’s own, and replaces its language and place', () => {
    const link = publicLink(
      'https://museum.example/t/?kiosk&idle=5&countdown=3&dwell=1&tourSpeed=4&publicUrl=x&room=7&lang=zh#/cars-1',
      { placeId: 'office', hotspotId: 'office-map' },
      'ko',
    )!
    const url = new URL(link)
    for (const p of KIOSK_PARAMS) expect(url.searchParams.has(p), p).toBe(false)
    expect(url.searchParams.get('room')).toBe('7')
    expect(url.searchParams.getAll('lang')).toEqual(['ko'])
    expect(url.hash).toBe('#/office/office-map')
  })

  it('is none at all for an address that is not http(s)', () => {
    for (const bad of ['', 'exhibit.example', '/taeyangho/', 'javascript:alert(1)', 'ftp://exhibit.example/'])
      expect(publicLink(bad, { placeId: 'office' }, 'en'), bad).toBeNull()
  })
})

describe('the link shared from the web', () => {
  it('is the page’s own address, without kiosk parameters', () => {
    expect(webLink('https://museum.example/t/?lang=zh#/comms/comms-radios')).toBe(
      'https://museum.example/t/?lang=zh#/comms/comms-radios',
    )
    expect(webLink('https://museum.example/t/?idle=5&lang=ko&tourSpeed=2#/office')).toBe(
      'https://museum.example/t/?lang=ko#/office',
    )
  })
})

describe('the public address in the kiosk settings', () => {
  it('accepts only an http(s) address a phone can open', () => {
    expect(parsePublicUrl(' https://museum.example/taeyangho/ ')).toBe('https://museum.example/taeyangho/')
    expect(parsePublicUrl('http://192.168.1.20:8080/')).toBe('http://192.168.1.20:8080/')
    for (const bad of ['', 'museum.example', 'ftp://museum.example/', 'javascript:alert(1)', 42, null])
      expect(parsePublicUrl(bad), String(bad)).toBeNull()
    // The kiosk's own loopback address: a phone would open itself.
    for (const loop of ['http://127.0.0.1:4173/', 'http://localhost/', 'http://[::1]/'])
      expect(parsePublicUrl(loop), loop).toBeNull()
  })

  it('is empty by default, so no kiosk shows the button until someone sets one', () => {
    expect(kioskJson.publicUrl).toBe('')
    expect(kioskConfigFrom('?kiosk', base).publicUrl).toBe('')
  })

  it('comes from the URL (beside ?kiosk only), then the operator, then kiosk.json', () => {
    const q = `publicUrl=${encodeURIComponent(PUBLIC)}`
    const json = { ...base, publicUrl: 'https://json.example/' }
    const op = { publicUrl: 'https://operator.example/' }
    expect(kioskConfigFrom(`?kiosk&${q}`, json, op).publicUrl).toBe(PUBLIC)
    expect(kioskConfigFrom(`?${q}`, base).publicUrl).toBe('')
    expect(kioskConfigFrom(`?kiosk=0&${q}`, base).publicUrl).toBe('')
    expect(kioskConfigFrom('?kiosk', json, op).publicUrl).toBe('https://operator.example/')
    expect(kioskConfigFrom('?kiosk', json).publicUrl).toBe('https://json.example/')
    expect(kioskConfigFrom('?kiosk&publicUrl=nonsense', json, op).publicUrl).toBe('https://operator.example/')
    expect(kioskConfigFrom('?kiosk', { ...base, publicUrl: 'nonsense' }).publicUrl).toBe('')
    // An operator's empty address takes theirs away: kiosk.json's applies again.
    expect(kioskConfigFrom('?kiosk', json, { publicUrl: '' }).publicUrl).toBe('https://json.example/')
  })

  it('is stored with the operator’s other settings, and an invalid one is ignored', () => {
    expect(parseOverrides({ publicUrl: PUBLIC, idleSeconds: 60 })).toEqual({ publicUrl: PUBLIC, idleSeconds: 60 })
    expect(parseOverrides({ publicUrl: '  ' })).toEqual({ publicUrl: '' })
    expect(parseOverrides({ publicUrl: 'javascript:alert(1)', idleSeconds: 60 })).toEqual({ idleSeconds: 60 })
    expect(parseOverrides({ publicUrl: 7 })).toEqual({})

    const items = new Map<string, string>()
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
      removeItem: (k: string) => void items.delete(k),
    })
    useKiosk.setState(useKiosk.getInitialState())
    useKiosk.getState().setOverrides({ publicUrl: PUBLIC })
    useKiosk.getState().setOverrides({ publicUrl: 'not a url' })
    expect(useKiosk.getState().config.publicUrl).toBe(PUBLIC)
    expect(JSON.parse(items.get(OPERATOR_KEY)!).state.overrides).toEqual({ publicUrl: PUBLIC })
  })
  afterEach(() => vi.unstubAllGlobals())
})

describe('the QR code', () => {
  /** Paints a drawing's path (as modulesPath writes it) at `scale` px a module: RGBA, as a screenshot gives. */
  function paint(size: number, path: string, scale: number): { data: Uint8ClampedArray; width: number } {
    const width = size * scale
    const data = new Uint8ClampedArray(width * width * 4).fill(255)
    for (const m of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
      const [x, y, w] = [Number(m[1]), Number(m[2]), Number(m[3])]
      for (let py = y * scale; py < (y + 1) * scale; py++)
        for (let px = x * scale; px < (x + w) * scale; px++)
          data.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3)
    }
    return { data, width }
  }

  it('draws each dark run once, offset by the quiet zone', () => {
    const modules = [
      [true, true, false, true],
      [false, false, false, false],
      [false, true, true, true],
    ]
    expect(modulesPath(modules, 0)).toBe('M0 0h2v1h-2zM3 0h1v1h-1zM1 2h3v1h-3z')
    expect(modulesPath([[true]])).toBe(`M${QUIET_ZONE} ${QUIET_ZONE}h1v1h-1z`)
  })

  it('reads back as the link, with four white modules all round', () => {
    const link = 'http://exhibit.example/taeyangho/?lang=ko#/restaurant/restaurant-wine'
    const { size, path } = qrDrawing(link)
    const { data, width } = paint(size, path, 5)
    expect(jsQR(data, width, width)?.data).toBe(link)
    const firstDark = Math.min(...[...path.matchAll(/M(\d+) (\d+)/g)].flatMap((m) => [Number(m[1]), Number(m[2])]))
    expect(firstDark).toBe(QUIET_ZONE)
    const lastDark = Math.max(...[...path.matchAll(/M(\d+) (\d+)h(\d+)/g)].map((m) => Number(m[1]) + Number(m[3])))
    expect(size - lastDark).toBe(QUIET_ZONE)
  })
})

describe('Share on the web', () => {
  const url = 'https://museum.example/t/#/office'

  it('opens the share sheet where there is one', async () => {
    const shared: ShareData[] = []
    const nav = { share: async (d?: ShareData) => void shared.push(d!), clipboard: undefined as never }
    await expect(shareOrCopy(url, 'Taeyangho', nav)).resolves.toBe('shared')
    expect(shared).toEqual([{ title: 'Taeyangho', url }])
  })

  it('says nothing when the visitor closes the sheet, and copies when the browser refuses it', async () => {
    const copied: string[] = []
    const clipboard = { writeText: async (t: string) => void copied.push(t) } as Clipboard
    const refuse = (name: string) => async () => {
      throw new DOMException('no', name)
    }
    await expect(shareOrCopy(url, '', { share: refuse('AbortError'), clipboard })).resolves.toBe('cancelled')
    await expect(shareOrCopy(url, '', { share: refuse('NotAllowedError'), clipboard })).resolves.toBe('copied')
    expect(copied).toEqual([url])
  })

  it('copies the link without a share sheet, the old way if the clipboard refuses, and says when both fail', async () => {
    const refused = {
      writeText: async () => {
        throw new DOMException('no', 'NotAllowedError')
      },
    } as unknown as Clipboard
    const old: string[] = []
    const nav = { share: undefined as never, clipboard: refused }
    await expect(shareOrCopy(url, '', nav, (t) => (old.push(t), true))).resolves.toBe('copied')
    expect(old).toEqual([url])
    await expect(shareOrCopy(url, '', nav, () => false)).resolves.toBe('failed')
  })
})

describe('a kiosk reset', () => {
  it('closes the QR code', () => {
    useKiosk.getState().setQrOpen(true)
    resetVisit('en')
    expect(useKiosk.getState().qrOpen).toBe(false)
  })
})
