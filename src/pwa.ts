import { registerSW } from 'virtual:pwa-register'

/**
 * The service worker precaches the app, its fonts and models, so a kiosk keeps
 * working with the network gone, reload included. A new version waits: it takes over
 * when the page is next loaded (applied at once if it is found while the page is
 * still starting), or on a kiosk at the reset between two visitors, never mid-visit.
 */
let update: ((reload?: boolean) => Promise<void>) | null = null
let waiting = false
const STARTING_MS = 4000

export const offline = { ready: false }

export function startPwa(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return
  update = registerSW({
    immediate: true,
    onNeedRefresh() {
      waiting = true
      if (performance.now() < STARTING_MS) void update?.(true)
    },
    onOfflineReady() {
      offline.ready = true
    },
    onRegisteredSW(_url, registration) {
      if (registration?.active) offline.ready = true
    },
  })
}

/** Applies a waiting version (the page reloads); false when there is none. */
export function applyWaitingUpdate(): boolean {
  if (!waiting || !update) return false
  void update(true)
  return true
}
