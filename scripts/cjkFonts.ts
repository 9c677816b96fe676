import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'

/**
 * Korean and Chinese fonts for machines that have none (a bare Linux kiosk, say).
 *
 * A whole Noto weight is over a hundred unicode-range files per script. This plugin
 * serves `virtual:cjk-fonts.css` with only the @font-face rules whose range covers a
 * character that our content actually uses, so the build carries a few hundred KB
 * rather than tens of MB, and a curator's new text pulls in what it needs on the next
 * build. Browsers still prefer the system's own CJK fonts (see the font stack).
 */
const VIRTUAL = 'virtual:cjk-fonts.css'
const RESOLVED = '\0cjk-fonts.css'
const FACES = ['@fontsource/noto-sans-kr/400.css', '@fontsource/noto-sans-sc/400.css']

/** Every character (as a code point) above the Latin ranges in the given files. */
export function usedCodePoints(files: readonly string[]): Set<number> {
  const out = new Set<number>()
  for (const f of files)
    for (const ch of readFileSync(f, 'utf8')) if (ch.codePointAt(0)! >= 0x1100) out.add(ch.codePointAt(0)!)
  return out
}

/** Parses `U+ac00-d7a3,U+3131` into [from, to] pairs. */
export function parseUnicodeRange(range: string): [number, number][] {
  return range.split(',').map((part) => {
    const [a, b] = part.trim().replace(/^U\+/i, '').split('-')
    return [parseInt(a!, 16), parseInt(b ?? a!, 16)] as [number, number]
  })
}

/** The @font-face rules of a fontsource stylesheet that cover any of `used`, woff2 only. */
export function facesFor(css: string, used: ReadonlySet<number>, filesDir: string): string[] {
  const out: string[] = []
  for (const block of css.match(/@font-face\s*{[^}]*}/g) ?? []) {
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1]
    if (!range) continue
    const spans = parseUnicodeRange(range)
    if (![...used].some((cp) => spans.some(([a, b]) => cp >= a && cp <= b))) continue
    const woff2 = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1]
    if (!woff2) continue
    out.push(block.replace(/src:[^;]+;/, `src: url(${filesDir}/${woff2}) format('woff2');`))
  }
  return out
}

export function cjkFonts(contentDirs: readonly string[]): Plugin {
  let root = process.cwd()
  const contentFiles = () =>
    contentDirs.flatMap((d) =>
      readdirSync(join(root, d), { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.(json|ts)$/.test(f))
        .map((f) => join(root, d, f)),
    )
  return {
    name: 'taeyangho-cjk-fonts',
    configResolved(config) {
      root = config.root
    },
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined
      const files = contentFiles()
      files.forEach((f) => this.addWatchFile(f))
      const used = usedCodePoints(files)
      return FACES.map((face) => {
        const pkg = face.slice(0, face.lastIndexOf('/'))
        const css = readFileSync(join(root, 'node_modules', face), 'utf8')
        return facesFor(css, used, `/node_modules/${pkg}/files`).join('\n')
      }).join('\n')
    },
  }
}
