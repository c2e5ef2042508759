// The service worker, generated after each build by src/bin/postbuild.rs: CACHE is named after the build, and
// HASHED and PLAIN are the build's own file list (Trunk renames files by content hash, so no list is written by
// hand). Hashed files never change, so they may come from the HTTP cache the page has just filled; the others
// are fetched fresh, so an old copy can never join a new release.
//
// After the first visit every route works with no network: navigations get a page of this build from the
// cache (or the app shell, which renders any route), and every asset comes from the cache. A new release
// installs beside the old one and waits; the page offers to reload, and only then does the new worker take
// over and delete the old cache, so old and new files are never mixed.
const CACHE = "{{CACHE}}";
const HASHED = {{HASHED}};
const PLAIN = {{PLAIN}};
const SHELL = "{{SHELL}}";
const PREFIX = "statuscodes-";

const scoped = (path) => new URL(path, self.registration.scope).href;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll([
        ...HASHED.map((a) => new Request(scoped(a))),
        ...PLAIN.map((a) => new Request(scoped(a), { cache: "reload" })),
      ]),
    ),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(request.mode === "navigate" ? page(request) : asset(request));
});

async function page(request) {
  const cache = await caches.open(CACHE);
  const cached = (await cache.match(request, { ignoreSearch: true })) || (await cache.match(scoped(SHELL)));
  return cached || fetch(request);
}

async function asset(request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(request)) || fetch(request);
}
