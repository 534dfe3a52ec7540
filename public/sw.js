// Autoscale Lab service worker: after the first visit the app works offline (a classroom without network).
// Pages: network first, the cached copy when offline. Built assets (hashed, immutable): cache first.
// Only this origin is ever touched.
const CACHE = 'autoscale-lab-v1';

// On install, store the whole app: the page, the icons and every built file listed in precache.json (written by
// vite.config.ts), so the editor and every mode work offline too, not only what the first visit happened to open.
self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const built = await (await fetch('/precache.json', { cache: 'no-store' })).json();
    const cache = await caches.open(CACHE);
    await cache.addAll(['/', '/favicon.ico', '/favicon.svg', ...built]);
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached = (await cache.match(request, { ignoreSearch: true, ignoreVary: true })) ?? (await cache.match('/'));
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreVary: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') event.respondWith(networkFirst(request));
  else if (url.pathname.startsWith('/assets/')) event.respondWith(cacheFirst(request));
  else event.respondWith(networkFirst(request));
});
