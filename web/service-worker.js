// Small Steps' service worker: once the app has been opened, it opens again with no signal.
//
// scripts/write_service_worker.sh fills in VERSION and FILES for each build and writes this file
// as sw.js next to index.html. It keeps every file of this build in one cache; the page itself is
// fetched from the network first (so a new version arrives when there is a signal) and from the
// cache when there is none, and so is the support group's public/group.json, which the group may
// change at any time (a site without one gets "no content", quietly); every other file of the
// build never changes, so the cache answers.
// Nothing a parent records goes through here: the diary lives in localStorage.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `small-steps-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(
        keys.filter((key) => key.startsWith('small-steps-') && key !== CACHE).map((key) => caches.delete(key)),
      ))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(() => caches.match('index.html', { cacheName: CACHE })));
    return;
  }
  // The support group's own settings may change at any time: the network first, then the copy.
  // A site without the file is normal: the answer is then "no content" (204), which the app reads
  // as "no group" and the browser does not log as an error, as it would a 404 or a failed fetch.
  if (new URL(request.url).pathname.endsWith('/public/group.json')) {
    const none = () => new Response(null, { status: 204, statusText: 'No group file' });
    const kept = () => caches.match(request, { cacheName: CACHE }).then((copy) => copy || none());
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            caches.open(CACHE).then((cache) => cache.put(request, copy));
            return response;
          }
          if (response.status === 404 || response.status === 410) {
            // The group has taken its file away: forget the copy too.
            caches.open(CACHE).then((cache) => cache.delete(request));
            return none();
          }
          return kept();
        })
        .catch(kept),
    );
    return;
  }
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((kept) => kept || fetch(request)));
});
