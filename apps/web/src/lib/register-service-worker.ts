import { registerSW } from 'virtual:pwa-register';

/**
 * Registers the service worker from bundled code: the CSP (`script-src 'self'`) allows no inline
 * script. `autoUpdate`: a new version activates at once and the page reloads into it.
 */
export function registerServiceWorker(): void {
  if (import.meta.env.PROD) registerSW();
}
