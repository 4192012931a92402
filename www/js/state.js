// Where the scenario is kept: the URL (shareable) and localStorage (a reload loses
// nothing). A scenario in a link is `#s=` + a one-letter format + base64url:
//   z… = the JSON, deflated (CompressionStream "deflate-raw"), base64url
//   j… = the JSON as UTF-8, base64url (when CompressionStream is unavailable)
// `?s=` in the query is read too. Everything read here is untrusted: sizes are capped
// before and after decompression, and the caller validates the result before using it.

export const LIMITS = {
  /** Longest `s=` value accepted, in characters. */
  linkChars: 200_000,
  /** Largest scenario JSON accepted from a link or a file, in bytes. */
  jsonBytes: 1_000_000,
};

/** localStorage that never throws (it may be disabled, full, or blocked in an iframe). */
export const store = {
  get(key) {
    try { return window.localStorage.getItem(key); } catch { return null; }
  },
  set(key, value) {
    try { window.localStorage.setItem(key, value); return true; } catch { return false; }
  },
  remove(key) {
    try { window.localStorage.removeItem(key); } catch { /* nothing to do */ }
  },
};

export const KEYS = { current: 'tierlab.scenario', lastGood: 'tierlab.lastGood', lang: 'tierlab.lang' };

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

/** A scenario object → the compact text for `s=`. */
export async function encodeScenario(scenario) {
  const bytes = new TextEncoder().encode(JSON.stringify(scenario));
  if (canCompress()) {
    try {
      return 'z' + toBase64Url(await pipeBytes(bytes, new CompressionStream('deflate-raw'), Infinity));
    } catch { /* fall through to plain */ }
  }
  return 'j' + toBase64Url(bytes);
}

/**
 * The text of `s=` → { ok: true, scenario } or { ok: false, reason } where reason is
 * 'tooLong' | 'notEncoded' | 'notJson' | 'notObject'. Never throws.
 */
export async function decodeScenario(text) {
  const s = String(text ?? '');
  if (s.length > LIMITS.linkChars) return { ok: false, reason: 'tooLong' };
  const bytes = fromBase64Url(s.slice(1));
  if (!bytes || s.length < 2 || !'zj'.includes(s[0])) return { ok: false, reason: 'notEncoded' };
  let json;
  try {
    const raw = s[0] === 'z'
      ? await pipeBytes(bytes, new DecompressionStream('deflate-raw'), LIMITS.jsonBytes)
      : bytes;
    if (raw.length > LIMITS.jsonBytes) return { ok: false, reason: 'tooLong' };
    json = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch (e) {
    return { ok: false, reason: String(e && e.message) === 'too large' ? 'tooLong' : 'notEncoded' };
  }
  return parseScenarioText(json);
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
  };
}

/** Puts the encoded scenario in the hash without a reload and without a history entry. */
export function writeHash(encoded) {
  const hash = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  hash.set('s', encoded);
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
