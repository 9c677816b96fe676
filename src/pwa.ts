import { registerSW } from 'virtual:pwa-register'

/**
 * The service worker precaches the app, its fonts and models, so a kiosk keeps
 * working with the network gone, reload included. A new version waits: it takes over
 * when the page is next loaded (applied at once if it is found while the page is
 * still starting), or on a kiosk between two visitors (see kiosk/controller.ts), never
 * mid-visit.
 */
let update: ((reload?: boolean) => Promise<void>) | null = null
let registration: ServiceWorkerRegistration | undefined
let waiting = false
let applying = false
const STARTING_MS = 4000
/**
 * How long to wait for the new worker to take control before loading the page anyway.
 * A page loaded before the first worker was installed never gets workbox's reload
 * (it only reloads pages that were controlled from the start), so we reload ourselves.
 */
const TAKEOVER_MS = 5000

export const offline = { ready: false }

export function startPwa(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return
  update = registerSW({
    immediate: true,
    onNeedRefresh() {
      waiting = true
      if (performance.now() < STARTING_MS) applyWaitingUpdate()
    },
    // Workbox's own reload keeps the visitor's URL; ours decides where the page opens.
    onNeedReload() {},
    onOfflineReady() {
      offline.ready = true
    },
    onRegisteredSW(_url, r) {
      registration = r
      if (r?.active) offline.ready = true
    },
  })
}

/** A new version is installed and waits for the page to let it take over. */
export const updateWaiting = (): boolean => waiting && !!update

/**
 * Asks the server whether there is a newer version (a kiosk stays open for days, so
 * it must ask: the browser only checks on navigation). Offline, it quietly fails.
 */
export function checkForUpdate(): void {
  registration?.update().catch(() => undefined)
}

/**
 * Lets a waiting version take over and loads the page again, at `url` if given (a URL
 * without a fragment, or the browser would only scroll): when the new worker controls the page, or after TAKEOVER_MS whatever happened,
 * so that nothing can leave the page half-updated. False when nothing waits.
 */
export function applyWaitingUpdate(url?: string): boolean {
  if (!updateWaiting()) return false
  if (applying) return true
  applying = true
  const load = () => (url ? location.replace(url) : location.reload())
  navigator.serviceWorker.addEventListener('controllerchange', load, { once: true })
  setTimeout(load, TAKEOVER_MS)
  void update?.(false)
  return true
}
