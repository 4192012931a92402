// Where the scenario is kept: the URL (shareable) and localStorage (a reload loses
// nothing). A scenario in a link is `#s=` + a one-letter format + base64url:
//   z… = the JSON, deflated (CompressionStream "deflate-raw"), base64url
//   j… = the JSON as UTF-8, base64url (when CompressionStream is unavailable)
// `?s=` in the query is read too. Several scenario tabs travel as `#tabs=` (the JSON array
// of scenarios, A first, in the same one-letter format) with `tab=` (the open tab, from 0)
// and `view=` (results, compare or studies); a link with one scenario keeps using `s=`, so
// old links open as before. Everything read here is untrusted: a link longer than
// LIMITS.linkChars is refused on its length before anything decodes it, the JSON is capped
// during decompression, and the caller validates the result before using it.

export const LIMITS = {
  /** Longest `s=` or `tabs=` value accepted, in characters. */
  linkChars: 200_000,
  /** Largest scenario JSON accepted from a link or a file, in bytes. */
  jsonBytes: 1_000_000,
};

/** Web storage that never throws (it may be disabled, full, or blocked in an iframe). */
const safeStorage = (kind) => ({
  get(key) {
    try { return window[kind].getItem(key); } catch { return null; }
  },
  set(key, value) {
    try { window[kind].setItem(key, value); return true; } catch { return false; }
  },
});

/** localStorage: kept in this browser, shared by every page of the tool open in it. */
export const store = safeStorage('localStorage');
/** sessionStorage: this browser tab's own, kept over a reload. */
export const session = safeStorage('sessionStorage');

export const KEYS = {
  current: 'tierlab.scenario', lastGood: 'tierlab.lastGood', lang: 'tierlab.lang', tabs: 'tierlab.tabs',
  /** In sessionStorage (this browser tab only): the address the page last wrote and its open tab. */
  page: 'tierlab.page',
};

/** Most scenario tabs a page holds (A to E). */
export const MAX_TABS = 5;

function toBase64Url(bytes) {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text) {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4);
    const bin = atob(b64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

const canCompress = () => typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';

async function pipeBytes(bytes, stream, limit) {
  const reader = new Blob([bytes]).stream().pipeThrough(stream).getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) { await reader.cancel().catch(() => {}); throw new Error('too large'); }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  return out;
}

/** JSON text → the compact text for `s=` or `tabs=`. */
async function encodeText(json) {
  const bytes = new TextEncoder().encode(json);
  if (canCompress()) {
    try {
      return 'z' + toBase64Url(await pipeBytes(bytes, new CompressionStream('deflate-raw'), Infinity));
    } catch { /* fall through to plain */ }
  }
  return 'j' + toBase64Url(bytes);
}

/** A link's refusal on its length alone: the reason, and the numbers its sentence says. */
const linkTooLong = (chars) => ({ ok: false, reason: 'linkTooLong', numbers: { n: chars, max: LIMITS.linkChars } });

/**
 * The compact text → { ok: true, json } or { ok: false, reason } ('linkTooLong' |
 * 'tooLong' | 'notEncoded'); a text longer than a link may be is refused before decoding.
 */
async function decodeText(text) {
  const s = String(text ?? '');
  if (s.length > LIMITS.linkChars) return linkTooLong(s.length);
  const bytes = fromBase64Url(s.slice(1));
  if (!bytes || s.length < 2 || !'zj'.includes(s[0])) return { ok: false, reason: 'notEncoded' };
  try {
    const raw = s[0] === 'z'
      ? await pipeBytes(bytes, new DecompressionStream('deflate-raw'), LIMITS.jsonBytes)
      : bytes;
    if (raw.length > LIMITS.jsonBytes) return { ok: false, reason: 'tooLong' };
    return { ok: true, json: new TextDecoder('utf-8', { fatal: true }).decode(raw) };
  } catch (e) {
    return { ok: false, reason: String(e && e.message) === 'too large' ? 'tooLong' : 'notEncoded' };
  }
}

/** A scenario object → the compact text for `s=`. */
export const encodeScenario = (scenario) => encodeText(JSON.stringify(scenario));

/**
 * The text of `s=` → { ok: true, scenario } or { ok: false, reason } where reason is
 * 'tooLong' | 'notEncoded' | 'notJson' | 'notObject'. Never throws.
 */
export async function decodeScenario(text) {
  const decoded = await decodeText(text);
  return decoded.ok ? parseScenarioText(decoded.json) : decoded;
}

/** The tabs' scenarios (A first) → the compact text for `tabs=`. */
export const encodeTabs = (scenarios) => encodeText(JSON.stringify(scenarios));

/**
 * The text of `tabs=` → { ok: true, scenarios } or { ok: false, reason } (the reasons of
 * decodeScenario, and 'notTabs' for anything but 1 to MAX_TABS scenario objects). Never throws.
 */
export async function decodeTabs(text) {
  const decoded = await decodeText(text);
  if (!decoded.ok) return decoded;
  let value;
  try { value = JSON.parse(decoded.json); } catch { return { ok: false, reason: 'notJson' }; }
  const objects = Array.isArray(value) && value.every((x) => x && typeof x === 'object' && !Array.isArray(x));
  if (!objects || value.length < 1 || value.length > MAX_TABS) return { ok: false, reason: 'notTabs' };
  return { ok: true, scenarios: value };
}

/** JSON text → { ok, scenario } | { ok: false, reason }. */
export function parseScenarioText(json) {
  if (json.length > LIMITS.jsonBytes) return { ok: false, reason: 'tooLong' };
  let value;
  try { value = JSON.parse(json); } catch { return { ok: false, reason: 'notJson' }; }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, reason: 'notObject' };
  return { ok: true, scenario: value };
}

/** The page's parameters, from the query and the hash (the hash wins for `s`). */
export function readParams(loc = window.location) {
  const query = new URLSearchParams(loc.search);
  const hash = new URLSearchParams(loc.hash.replace(/^#/, ''));
  const get = (k) => (hash.has(k) ? hash.get(k) : query.get(k));
  const list = (k) => (get(k) || '').split(',').map((x) => x.trim()).filter(Boolean).slice(0, 12);
  return {
    s: get('s'),
    embed: ['1', 'true', 'yes'].includes((get('embed') || '').toLowerCase()),
    charts: list('charts'),
    sliders: list('sliders'),
    kpis: list('kpis'),
    lang: get('lang'),
    tabs: get('tabs'),
    tab: get('tab'),
    view: get('view'),
  };
}

/**
 * Refuses a link whose `s=` or `tabs=` is longer than a link may be on its length alone,
 * before anything decodes it, and takes it out of `params` and out of the address at once
 * (before the engine starts), so that nothing later reads or carries it.
 * Returns the refusal ({ ok: false, reason: 'linkTooLong', numbers }) or null.
 */
export function setAsideLongLink(params) {
  const chars = Math.max(String(params.s ?? '').length, String(params.tabs ?? '').length);
  if (chars <= LIMITS.linkChars) return null;
  Object.assign(params, { s: null, tabs: null, tab: null });
  writeHashParams({ s: null, tabs: null, tab: null });
  return linkTooLong(chars);
}

/** Sets hash parameters (a null value removes one), without a reload or a history entry. */
export function writeHashParams(values) {
  const hash = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  for (const [key, value] of Object.entries(values)) {
    if (value === null || value === undefined) hash.delete(key);
    else hash.set(key, value);
  }
  const url = new URL(window.location.href);
  url.searchParams.delete('s');
  url.hash = hash.toString();
  try { history.replaceState(history.state, '', url); } catch { /* sandboxed: the link button still works */ }
}

/** The absolute URL of this page (whatever sub-path it is served under) with new params. */
export function pageUrl(query = {}, encoded = null) {
  const url = new URL(window.location.href);
  url.search = '';
  url.hash = '';
  for (const [k, v] of Object.entries(query)) if (v !== null && v !== undefined && v !== '') url.searchParams.set(k, v);
  url.search = url.search.replace(/%2C/gi, ','); // lists read better with plain commas
  if (encoded) url.hash = new URLSearchParams({ s: encoded }).toString();
  return url.toString();
}

/**
 * The hash parameters for the tabs and the view: one scenario as `s=` (as links always
 * were), several as `tabs=` with the open one in `tab=`; `view=` unless it is the results.
 */
export async function tabsHash(scenarios, active, view) {
  const several = scenarios.length > 1;
  return {
    s: several ? null : await encodeScenario(scenarios[0]),
    tabs: several ? await encodeTabs(scenarios) : null,
    tab: several && active > 0 ? String(active) : null,
    view: view && view !== 'results' ? view : null,
  };
}
