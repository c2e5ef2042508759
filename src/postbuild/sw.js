// The service worker, written after each build by src/postbuild/offline.rs, which puts the constant BUILD
// before this text: BUILD.cache is named after the build, and BUILD.hashed and BUILD.plain are the build's own
// file list (Trunk renames files by content hash, so no list is written by hand). Hashed files never change, so they may come from the HTTP cache the page has just filled; the others
// are fetched fresh, so an old copy can never join a new release.
//
// After the first visit every route works with no network: navigations get a page of this build from the
// cache (or the app shell, which renders any route), and every asset comes from the cache. The prerendered
// page of each screen visited is kept too, once it proves to belong to this build, so that the next visit
// shows it at once instead of an empty shell waiting for the app. A new release
// installs beside the old one and waits; the page offers to reload, and only then does the new worker take
// over and delete the old cache, so old and new files are never mixed.
const CACHE = BUILD.cache;
const HASHED = BUILD.hashed;
const PLAIN = BUILD.plain;
const SHELL = BUILD.shell;
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
  event.respondWith(request.mode === "navigate" ? page(event) : asset(request));
});

async function page(event) {
  const request = event.request;
  const cache = await caches.open(CACHE);
  const kept = await cache.match(request, { ignoreSearch: true });
  if (kept) return kept;
  const shell = await cache.match(scoped(SHELL));
  if (!shell) return fetch(request);
  event.waitUntil(keep(cache, request.url).catch(() => {}));
  return shell;
}

// Keeps the prerendered page for a path, if the host has one and it is of this build: it names this build's
// WebAssembly, and was rendered for exactly this path (a host's fallback page is not).
async function keep(cache, address) {
  const url = new URL(address);
  url.search = "";
  url.hash = "";
  const response = await fetch(url, { cache: "no-cache" });
  if (!response.ok || response.redirected) return;
  const html = await response.clone().text();
  const wasm = HASHED.find((a) => a.endsWith(".wasm"));
  const route = `<meta name="prerendered-route" content="${url.pathname}">`;
  if (wasm && html.includes(wasm) && html.includes(route)) await cache.put(url, response);
}

async function asset(request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(request)) || fetch(request);
}
