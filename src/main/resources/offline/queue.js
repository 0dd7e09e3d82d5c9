// The device's store (IndexedDB): the ratings not yet sent, the ones the server refused, and what
// the page needs to work offline (questionnaire, texts, the kiosk's token). Used by the page and by
// the service worker; both send the queue the same way, and the client id of each rating makes a
// second sending of the same rating count once on the server.

const DB_NAME = 'khaosat-offline';
const DB_VERSION = 1;
export const ENDPOINT = '/api/v1/queued-responses';
const SEND_TIMEOUT_MS = 15000;

let opening;

function open() {
  if (!opening) {
    opening = new Promise((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, DB_VERSION);
      request.onupgradeneeded = () => {
        const db = request.result;
        // seq: the order the ratings were taken in, which is the order they are sent in
        db.createObjectStore('queue', { keyPath: 'seq', autoIncrement: true }).createIndex('clientId', 'clientId', { unique: true });
        db.createObjectStore('refused', { keyPath: 'clientId' });
        db.createObjectStore('state');
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }
  return opening;
}

async function run(storeName, mode, work) {
  const db = await open();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(storeName, mode);
    const store = tx.objectStore(storeName);
    let result;
    const request = work(store);
    if (request) {
      request.onsuccess = () => { result = request.result; };
    }
    // resolved when the transaction is on disk, not when the request returns
    tx.oncomplete = () => resolve(result);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/** Keeps a rating; resolves once it is stored, before the citizen is thanked. */
export function enqueue(item) {
  return run('queue', 'readwrite', (store) => store.add(item));
}

export function pendingCount() {
  return run('queue', 'readonly', (store) => store.count());
}

export function refused() {
  return run('refused', 'readonly', (store) => store.getAll());
}

async function oldestItem() {
  const db = await open();
  return new Promise((resolve, reject) => {
    const tx = db.transaction('queue', 'readonly');
    const request = tx.objectStore('queue').openCursor();
    request.onsuccess = () => resolve(request.result ? request.result.value : undefined);
    request.onerror = () => reject(request.error);
  });
}

function remove(seq) {
  return run('queue', 'readwrite', (store) => store.delete(seq));
}

async function moveToRefused(item, message) {
  const db = await open();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(['queue', 'refused'], 'readwrite');
    tx.objectStore('refused').put({ ...item, message, refusedAt: new Date().toISOString() });
    tx.objectStore('queue').delete(item.seq);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

export function getState(key) {
  return run('state', 'readonly', (store) => store.get(key));
}

export function setState(key, value) {
  return run('state', 'readwrite', (store) => store.put(value, key));
}

async function post(item) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), SEND_TIMEOUT_MS);
  const headers = { 'Content-Type': 'application/json', 'Accept-Language': item.language || 'vi' };
  if (item.token) {
    headers['X-Kiosk-Token'] = item.token;
  }
  try {
    return await fetch(ENDPOINT, {
      method: 'POST',
      headers,
      cache: 'no-store',
      signal: controller.signal,
      body: JSON.stringify({ answeredAt: item.answeredAt, sentAt: new Date().toISOString(), response: item.response }),
    });
  } finally {
    clearTimeout(timer);
  }
}

async function messageOf(response) {
  try {
    const body = await response.json();
    const fields = body.fields ? Object.values(body.fields) : [];
    return fields.length ? fields[0] : body.message || String(response.status);
  } catch (e) {
    return String(response.status);
  }
}

/**
 * Sends the queue, oldest first, until it is empty or the server cannot take more now.
 * Resolves to { outcomes: {clientId: 'STORED'|'DUPLICATE'|'KEPT'|'REFUSED'}, messages: {clientId: text},
 * retry: true when something is left to send later, blocked: text when the server refuses this
 * device (an unknown or revoked kiosk; its ratings stay queued) }.
 */
export async function flush() {
  const work = () => sendAll();
  if (self.navigator && navigator.locks) {
    // the page and the service worker may both try; one sends at a time
    return navigator.locks.request('khaosat-flush', work);
  }
  return work();
}

async function sendAll() {
  const result = { outcomes: {}, messages: {}, retry: false, blocked: null, kept: 0 };
  for (;;) {
    const item = await oldestItem();
    if (!item) {
      await setState('blocked', null);
      return result;
    }
    let response;
    try {
      response = await post(item);
    } catch (e) {
      // no network, the server away, or no answer in time: its acknowledgement may be what was
      // lost, so the rating stays and is sent again with the same client id
      result.retry = true;
      return result;
    }
    if (response.status === 200 || response.status === 201 || response.status === 202) {
      const body = await response.json().catch(() => ({}));
      result.outcomes[item.clientId] = body.outcome || 'STORED';
      if (response.status === 202) {
        result.kept += 1;
        await setState('kept', ((await getState('kept')) || 0) + 1);
      }
      await remove(item.seq);
      continue;
    }
    if (response.status === 401) {
      result.blocked = await messageOf(response);
      await setState('blocked', result.blocked);
      result.retry = true;
      return result;
    }
    if (response.status === 429 || response.status >= 500) {
      result.retry = true;
      return result;
    }
    // 400 or 409: the server will never take it as it is; staff see it with the reason
    const message = await messageOf(response);
    result.outcomes[item.clientId] = 'REFUSED';
    result.messages[item.clientId] = message;
    await moveToRefused(item, message);
  }
}
