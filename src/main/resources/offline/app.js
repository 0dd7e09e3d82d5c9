// The kiosk at the one-stop counter (/kiosk/<token>, or /kiosk/ once installed) and the public
// online form (/khao-sat/<commune>?ma=<receipt>), as one page that runs in the browser. A rating is
// stored on the device before the citizen is thanked and sent by the queue when the server answers.
import { enqueue, pendingCount, refused, flush, getState, setState } from './queue.js';

const THANKS_MS = 6000;
const IDLE_MS = 60000;
const QUESTIONNAIRE_TIMEOUT_MS = 8000;
/** A template with more criteria than this shows one content area per screen. */
const CRITERIA_PER_SCREEN_LIMIT = 6;
const BACKOFF_MIN_MS = 2000;
const BACKOFF_MAX_MS = 30000;

const app = document.getElementById('app');
const statusBar = document.getElementById('status');
const blockedBanner = document.getElementById('blocked');
const languageButton = document.getElementById('language');

const kiosk = location.pathname.startsWith('/kiosk');
const addressPart = decodeURIComponent(location.pathname.split('/')[2] || '');
let token = null;
let commune = null;
const receiptCode = kiosk ? null : new URLSearchParams(location.search).get('ma');

let language = 'vi';
let texts = { vi: {}, en: {} };
let questionnaire = null;
let screens = [];
let answers = new Map();
let askedWhetherItApplies = new Set();
let field = null;
let officer = null;
let clientId = null;
let lastTouch = performance.now();
let resetTimer = null;
let onStart = true;

// --- texts ---------------------------------------------------------------------------------

function t(key, ...params) {
  const text = (texts[language] && texts[language][key]) || (texts.vi && texts.vi[key]) || key;
  return text.replace(/\{(\d+)\}/g, (match, index) => String(params[Number(index)] ?? match));
}

async function loadTexts() {
  try {
    const response = await fetch('/kiosk-app/texts.json');
    if (response.ok) {
      texts = await response.json();
      await setState('texts', texts);
      return;
    }
  } catch (e) {
    // offline: the texts kept at the last start
  }
  texts = (await getState('texts')) || texts;
}

// --- the questionnaire -----------------------------------------------------------------------

function questionnaireKey(lang) {
  return `questionnaire:${kiosk ? 'kiosk:' + token : 'commune:' + commune}:${lang}`;
}

/**
 * The questionnaire from the server, kept for the next start without network; the one kept when
 * the server does not answer. A refusal (revoked kiosk, no campaign) is shown, not worked around.
 */
async function loadQuestionnaire(lang) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), QUESTIONNAIRE_TIMEOUT_MS);
  const url = kiosk ? '/api/v1/kiosk/questionnaire' : `/api/v1/questionnaires/${encodeURIComponent(commune)}`;
  const headers = { 'Accept-Language': lang };
  if (kiosk) {
    headers['X-Kiosk-Token'] = token;
  }
  try {
    const response = await fetch(url, { headers, cache: 'no-store', signal: controller.signal });
    if (response.ok) {
      const loaded = await response.json();
      await setState(questionnaireKey(lang), loaded);
      return { questionnaire: loaded };
    }
    if (response.status < 500) {
      const body = await response.json().catch(() => ({}));
      return { refusal: body.message || String(response.status) };
    }
  } catch (e) {
    // no network or no server: the kept one
  } finally {
    clearTimeout(timer);
  }
  const kept = await getState(questionnaireKey(lang));
  return kept ? { questionnaire: kept } : {};
}

function use(loaded) {
  questionnaire = loaded;
  screens = [];
  const perCriterion = loaded.areas.reduce((n, area) => n + area.criteria.length, 0) <= CRITERIA_PER_SCREEN_LIMIT;
  for (const area of loaded.areas) {
    if (perCriterion) {
      area.criteria.forEach((criterion) => screens.push([criterion]));
    } else {
      screens.push(area.criteria);
    }
  }
}

// --- building the page -------------------------------------------------------------------------

function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'onclick') {
      element.addEventListener('click', value);
    } else if (value !== null && value !== undefined && value !== false) {
      element.setAttribute(name, value === true ? '' : value);
    }
  }
  for (const child of children) {
    element.append(child);
  }
  return element;
}

function show(...children) {
  app.replaceChildren(...children);
  const heading = app.querySelector('h1, h2');
  if (heading) {
    // the next question is read out by a screen reader and reached by keyboard from the top
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  }
  window.scrollTo(0, 0);
}

function bigButton(text, action, className = '') {
  return el('button', { type: 'button', class: `big ${className}`.trim(), onclick: action }, text);
}

function choices(buttons) {
  return el('div', { class: 'choices' }, ...buttons);
}

// icons drawn here, not emoji: a counter tablet may have no emoji font
function face(mood) {
  const mouth = { happy: 'M8 14c1.2 1.6 2.5 2.4 4 2.4s2.8-.8 4-2.4', neutral: 'M8 15h8', sad: 'M8 16.4c1.2-1.6 2.5-2.4 4-2.4s2.8.8 4 2.4' }[mood];
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'face');
  svg.innerHTML = `<circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="1.8"/>`
    + `<circle cx="9" cy="9.5" r="1.2" fill="currentColor"/><circle cx="15" cy="9.5" r="1.2" fill="currentColor"/>`
    + `<path d="${mouth}" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/>`;
  return svg;
}

function mood(level) {
  if (level.satisfied) {
    return 'happy';
  }
  return questionnaire.levels.length === 5 && level.level === 3 ? 'neutral' : 'sad';
}

function colour(level) {
  const count = questionnaire.levels.length;
  if (level.satisfied) {
    return level.level === 1 ? 'level-best' : 'level-good';
  }
  if (level.level === count) {
    return 'level-worst';
  }
  return count === 5 && level.level === 3 ? 'level-neutral' : 'level-bad';
}

// --- the citizen's way through it ----------------------------------------------------------------

function start() {
  clearTimeout(resetTimer);
  answers = new Map();
  askedWhetherItApplies = new Set();
  field = null;
  officer = null;
  clientId = crypto.randomUUID();
  onStart = true;
  show(el('h1', {}, t('kiosk.title')), el('p', { class: 'commune' }, questionnaire.communeName),
    el('h2', {}, t('kiosk.chooseField')),
    choices(questionnaire.fields.map((f) => bigButton(f.name, () => {
      field = f;
      if (questionnaire.officers && questionnaire.officers.length) {
        chooseOfficer();
      } else {
        showScreen(0);
      }
    }))));
}

function chooseOfficer() {
  onStart = false;
  const buttons = questionnaire.officers.map((name) => bigButton(name, () => {
    officer = name;
    showScreen(0);
  }));
  buttons.push(bigButton(t('kiosk.officerUnknown'), () => showScreen(0)));
  show(el('h2', {}, t('kiosk.chooseOfficer')), choices(buttons));
}

function showScreen(index) {
  onStart = false;
  if (index >= screens.length) {
    showComment();
    return;
  }
  const criteria = screens[index];
  const onlyForSome = criteria.length > 1 && criteria.every((c) => c.optional);
  if (onlyForSome && !askedWhetherItApplies.has(index)) {
    // SIPAS area 5 is asked only of people who gave feedback: ask first whether they did
    askedWhetherItApplies.add(index);
    show(el('h2', {}, t('kiosk.gaveFeedback')), choices([
      bigButton(t('common.yes'), () => showScreen(index)),
      bigButton(t('common.no'), () => showScreen(index + 1))]));
    return;
  }
  const page = [el('p', { class: 'step' }, t('kiosk.step', index + 1, screens.length))];
  for (const criterion of criteria) {
    const buttons = [];
    for (const level of questionnaire.levels) {
      const button = bigButton('', () => {
        answers.set(criterion.criterion, level.level);
        buttons.forEach((b) => b.setAttribute('aria-pressed', String(b === button)));
        if (criteria.length === 1) {
          showScreen(index + 1);
        }
      }, `level ${colour(level)}`);
      button.setAttribute('aria-pressed', String(answers.get(criterion.criterion) === level.level));
      button.append(face(mood(level)), el('span', {}, level.label));
      buttons.push(button);
    }
    page.push(el('h2', {}, `${criterion.criterion}. ${criterion.text}`), choices(buttons));
  }
  if (criteria.length > 1) {
    page.push(bigButton(t('kiosk.next'), () => {
      if (criteria.every((c) => c.optional || answers.has(c.criterion))) {
        showScreen(index + 1);
      }
    }, 'primary'));
  } else if (criteria[0].optional) {
    page.push(bigButton(t('kiosk.skip'), () => showScreen(index + 1)));
  }
  show(...page);
}

function showComment() {
  const comment = el('textarea', { id: 'comment', maxlength: '2000', rows: '3' });
  const error = el('p', { class: 'error', role: 'alert' });
  const send = bigButton(t('kiosk.send'), () => submit(comment.value, error, send), 'primary send');
  show(el('h2', {}, t('kiosk.commentTitle')), el('label', { for: 'comment' }, t('kiosk.comment')), comment, send, error);
}

async function submit(comment, error, send) {
  send.disabled = true;
  const item = {
    clientId,
    token: kiosk ? token : null,
    language,
    // the tablet's time at the rating: the server moves it by the tablet's clock skew when it arrives
    answeredAt: new Date().toISOString(),
    response: {
      communeCode: questionnaire.communeCode,
      fieldCode: field.code,
      channel: kiosk ? 'KIOSK' : 'ONLINE',
      answers: [...answers.entries()].map(([criterion, level]) => ({ criterion, level })),
      officer,
      comment: comment.trim() || null,
      receiptCode,
      clientId,
    },
  };
  try {
    await enqueue(item);
  } catch (e) {
    // the device could not store it (storage full or blocked): the answer stays on the screen
    error.textContent = t('kiosk.tryAgain');
    send.disabled = false;
    return;
  }
  requestBackgroundSync();
  if (kiosk) {
    thank(false);
    sendSoon(0);
    return;
  }
  // the online form waits for the server's answer when there is one: a dossier rated before is said at once
  const result = await flushNow();
  const outcome = result.outcomes[clientId];
  if (outcome === 'REFUSED') {
    error.textContent = result.messages[clientId];
    return;
  }
  thank(!outcome);
}

function thank(savedOnDevice) {
  onStart = false;
  const page = [el('h1', {}, t('kiosk.thanks')), el('p', {}, t(savedOnDevice ? 'kiosk.savedOffline' : 'kiosk.thanksDetail'))];
  if (kiosk) {
    // the next citizen need not wait for the thank-you to go away
    page.push(bigButton(t('kiosk.nextCitizen'), startOver));
    resetTimer = setTimeout(startOver, THANKS_MS);
  }
  show(...page);
}

/** Back to the first screen for the next citizen, with the newest questionnaire when the server answers. */
async function startOver() {
  clearTimeout(resetTimer);
  const loaded = await loadQuestionnaire(language);
  if (loaded.refusal) {
    refuse(loaded.refusal);
    return;
  }
  if (loaded.questionnaire) {
    use(loaded.questionnaire);
  }
  start();
}

function refuse(message) {
  show(el('h1', {}, t('app.title')), el('p', {}, message));
}

// --- the queue ------------------------------------------------------------------------------------

let backoff = BACKOFF_MIN_MS;
let sendTimer = null;

function sendSoon(delay) {
  clearTimeout(sendTimer);
  sendTimer = setTimeout(() => flushNow().catch(() => undefined), delay);
}

async function flushNow() {
  let result;
  try {
    result = await flush();
  } catch (e) {
    result = { outcomes: {}, messages: {}, retry: true };
  }
  if (result.retry) {
    sendSoon(backoff + Math.random() * 1000);
    backoff = Math.min(backoff * 2, BACKOFF_MAX_MS);
  } else {
    backoff = BACKOFF_MIN_MS;
  }
  await showStatus();
  return result;
}

function requestBackgroundSync() {
  if (navigator.serviceWorker && 'SyncManager' in window) {
    navigator.serviceWorker.ready.then((registration) => registration.sync.register('khaosat-queue')).catch(() => undefined);
  }
}

/** For staff: how many ratings wait, how many the server will not take, and a refused kiosk in plain words. */
async function showStatus() {
  const [pending, refusedRatings, kept, blocked] = await Promise.all([pendingCount(), refused(),
    getState('kept'), getState('blocked')]);
  const parts = [];
  if (kiosk || pending > 0) {
    parts.push(el('span', { id: 'pending', 'data-count': String(pending) }, t('kiosk.pending', pending)));
  }
  if (refusedRatings.length > 0) {
    // why the server would not take them: the reason of the latest, on a long press or hover
    const latest = refusedRatings.reduce((a, b) => (b.refusedAt > a.refusedAt ? b : a));
    parts.push(el('span', { id: 'refused', 'data-count': String(refusedRatings.length), title: latest.message },
      t('kiosk.refused', refusedRatings.length)));
  }
  if (kept > 0) {
    parts.push(el('span', { id: 'kept', 'data-count': String(kept) }, t('kiosk.kept', kept)));
  }
  statusBar.replaceChildren(...parts);
  blockedBanner.hidden = !blocked;
  blockedBanner.textContent = blocked ? `${blocked.replace(/[.!]?$/, '.')} ${t('kiosk.blockedWaiting', pending)}` : '';
}

// --- start ---------------------------------------------------------------------------------------

function switchLanguage() {
  const other = language === 'vi' ? 'en' : 'vi';
  loadQuestionnaire(other).then((loaded) => {
    if (!loaded.questionnaire) {
      return;
    }
    language = other;
    setState('language', language);
    applyLanguage();
    use(loaded.questionnaire);
    start();
  });
}

function applyLanguage() {
  document.documentElement.lang = language;
  document.title = `${t('kiosk.title')} – ${t('app.title')}`;
  languageButton.textContent = t(language === 'vi' ? 'language.en' : 'language.vi');
  languageButton.lang = language === 'vi' ? 'en' : 'vi';
  languageButton.hidden = false;
}

async function main() {
  if (kiosk) {
    token = addressPart || (await getState('kioskToken')) || null;
    if (token) {
      await setState('kioskToken', token);
      // installed on a tablet, the kiosk opens at its start address: the manifest's
      document.head.append(el('link', { rel: 'manifest', href: '/kiosk/manifest.webmanifest' }));
    }
  } else {
    commune = addressPart;
  }
  if ('serviceWorker' in navigator) {
    const scope = kiosk ? '/kiosk/' : '/khao-sat/';
    navigator.serviceWorker.register(`${scope}sw.js`, { scope, type: 'module' }).catch(() => undefined);
  }
  language = (await getState('language')) || 'vi';
  await loadTexts();
  applyLanguage();
  languageButton.addEventListener('click', switchLanguage);
  await showStatus();
  if (kiosk && !token) {
    refuse(t('collection.error.kioskToken'));
    return;
  }
  const loaded = await loadQuestionnaire(language);
  if (loaded.refusal) {
    refuse(loaded.refusal);
  } else if (!loaded.questionnaire) {
    refuse(t('kiosk.notLoaded'));
  } else {
    use(loaded.questionnaire);
    start();
  }
  document.addEventListener('pointerdown', () => { lastTouch = performance.now(); }, true);
  document.addEventListener('keydown', () => { lastTouch = performance.now(); }, true);
  if (kiosk) {
    // a citizen who walks away mid-way: after a minute without a touch the kiosk starts over
    setInterval(() => {
      if (questionnaire && !onStart && performance.now() - lastTouch >= IDLE_MS) {
        lastTouch = performance.now();
        startOver();
      }
    }, 1000);
  }
  window.addEventListener('online', () => {
    backoff = BACKOFF_MIN_MS;
    sendSoon(0);
  });
  sendSoon(0);
}

main();
