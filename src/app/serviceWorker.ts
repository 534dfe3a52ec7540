/**
 * Registers the Workbox service worker that vite-plugin-pwa generates (production builds only, loaded after the first
 * screen). It precaches every built file, so after the first visit every mode, the editor included, opens offline.
 * Its URL and scope follow Vite's `base`, so the app works offline under a sub-path too. A new version waits until the
 * learner chooses to reload (UpdatePrompt); <html data-offline-ready="true"> says when the app is stored.
 */
import { registerSW } from 'virtual:pwa-register';
import { announceUpdate } from './updateState';

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  const markReady = () => { document.documentElement.dataset.offlineReady = 'true'; };
  const updateServiceWorker = registerSW({
    immediate: true,
    onOfflineReady: markReady,
    onNeedRefresh: () => announceUpdate(() => {
      // Workbox reloads by itself only when a worker controlled the page at registration; a tab open since the very
      // first visit has to reload when the new worker takes over.
      navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
      void updateServiceWorker(true);
    }),
    onRegisteredSW: (_url, registration) => { if (registration?.active) markReady(); },
    onRegisterError: () => { /* offline use is a bonus: the app works the same without it */ },
  });
}
