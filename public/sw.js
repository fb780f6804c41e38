// SalesFlow service worker: the app works offline after the first visit.
// VERSION and PRECACHE are filled in at build time with the hashed file names.
const VERSION = "dev";
const PRECACHE = [];
const CACHE = `salesflow-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  // Old caches hold the previous build's files; data lives in IndexedDB and is untouched.
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('salesflow-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  if (req.mode === 'navigate') {
    // Pages: network first so a new version is picked up; the cached shell when offline.
    event.respondWith(
      fetch(req)
        .then((res) => {
          const copy = res.clone();
          if (res.ok) caches.open(CACHE).then((c) => c.put('/', copy));
          return res;
        })
        .catch(() => caches.match('/', { cacheName: CACHE }).then((r) => r || caches.match('/'))),
    );
    return;
  }
  // Hashed assets never change under the same name: cache first.
  event.respondWith(caches.match(req).then((hit) => hit || fetch(req)));
});
