/**
 * Registers the service worker (production builds only); it stores the whole built app on install, so after the first
 * visit the app opens without network. When it is active, <html data-offline-ready="true"> says so.
 */
export function enableOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !window.isSecureContext) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js')
      .then(() => navigator.serviceWorker.ready)
      .then(() => { document.documentElement.dataset.offlineReady = 'true'; })
      .catch(() => { /* offline use is a bonus: the app works the same without it */ });
  });
}
