import type { Plugin } from 'vite'

/**
 * The Content-Security-Policy the built exhibit runs under, once for the build, the
 * README's server header and the test that serves it. No unsafe-inline and no
 * unsafe-eval anywhere: a kiosk page that shows third-party model files and curators'
 * texts gains nothing from running code or styles it did not ship.
 */
const DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  // The meshopt decoder that unpacks the model files is WebAssembly compiled in the page.
  'script-src': "'self' 'wasm-unsafe-eval'",
  // React's style={{}} props go through the CSSOM, which style-src does not govern.
  'style-src': "'self'",
  // three's glTF loader hands a model's embedded textures to the image decoder as blob: URLs.
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  // The same loader fetches those blobs and a .gltf's inline (data:) buffers.
  'connect-src': "'self' blob: data:",
  'worker-src': "'self' blob:",
  'manifest-src': "'self'",
}

export const CSP = Object.entries(DIRECTIVES)
  .map(([name, sources]) => `${name} ${sources}`)
  .join('; ')

/**
 * Ships the policy in the built index.html, so a static server that sets no header still
 * enforces it. Build only: the dev server injects inline scripts for React refresh.
 */
export function cspMeta(): Plugin {
  return {
    name: 'taeyangho-csp',
    apply: 'build',
    transformIndexHtml: () => [
      // First in <head>: a meta policy governs only what the parser meets after it.
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' },
    ],
  }
}
