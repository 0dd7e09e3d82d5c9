// The service worker of the kiosk (scope /kiosk/) and of the online form (scope /khao-sat/): it keeps
// the page and its files so the page opens with no network, even after the tablet restarts, and
// sends the queue when the browser says the network is back (Background Sync) and no page is open.
import { flush } from '/kiosk-app/queue.js';

const CACHE = 'khaosat-offline-1';
// one page for every kiosk and commune: the page reads its token or commune from the address
const SHELL = '/kiosk/';
const FILES = [SHELL, '/kiosk-app/app.js', '/kiosk-app/queue.js', '/kiosk-app/kiosk.css', '/kiosk-app/texts.json',
  '/kiosk-app/icon.svg', '/kiosk-app/icon-192.png', '/kiosk-app/icon-512.png', '/kiosk/manifest.webmanifest'];
const NAVIGATION_TIMEOUT_MS = 4000;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
    .then(() => self.clients.claim()));
});

function withTimeout(promise, millis) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), millis);
    promise.then((value) => { clearTimeout(timer); resolve(value); }, (error) => { clearTimeout(timer); reject(error); });
  });
}

async function page(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await withTimeout(fetch(request), NAVIGATION_TIMEOUT_MS);
    if (response.ok) {
      await cache.put(SHELL, response.clone());
    }
    return response;
  } catch (e) {
    return (await cache.match(SHELL)) || Response.error();
  }
}

// the page's files: from the cache at once, refreshed from the network for the next start
async function file(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreSearch: true });
  const refresh = fetch(request).then((response) => {
    if (response.ok) {
      cache.put(request, response.clone());
    }
    return response;
  });
  if (cached) {
    refresh.catch(() => undefined);
    return cached;
  }
  return refresh;
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) {
    return;
  }
  if (event.request.mode === 'navigate') {
    event.respondWith(page(event.request));
  } else if (FILES.includes(url.pathname)) {
    event.respondWith(file(event.request));
  }
});

// while a page is open it sends the queue itself (with its counter for staff); the browser's sync
// sends what a closed online form left behind
async function sendIfNoPage() {
  const pages = await self.clients.matchAll({ type: 'window' });
  if (pages.length > 0) {
    return;
  }
  const result = await flush();
  if (result.retry) {
    // a rejected sync is tried again by the browser, later
    throw new Error('queue not empty');
  }
}

self.addEventListener('sync', (event) => {
  if (event.tag === 'khaosat-queue') {
    event.waitUntil(sendIfNoPage());
  }
});
