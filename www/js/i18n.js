// The page's words, taken from the core (src/words/page, through the WASM's `page_words`):
// the page keeps no dictionary of its own. The language defaults to the browser's, can be
// forced by `?lang=`, and a choice made with the switch is remembered.

import init, { page_words } from '../pkg/tierlab.js';
import { store } from './state.js';
import { compiledWasm } from './wasm.js';

/**
 * If the WASM cannot load there are no words but this one sentence, kept here for that
 * case alone: the page must still say, in its language, that the engine did not start
 * (app.js shows it as `run.engineFailed`). The static markup keeps its English text.
 */
const NO_ENGINE = {
  en: { 'run.engineFailed': 'The simulation engine could not be started ({message}). The editor still works; reload to try again.' },
  'zh-CN': { 'run.engineFailed': '模拟引擎无法启动（{message}）。编辑器仍可使用，请刷新页面重试。' },
};

/** Instantiates the WASM the workers share (wasm.js) for the words: false if it cannot load. */
async function loadEngine() {
  try {
    const module = await compiledWasm();
    if (!module) return false;
    await init({ module_or_path: module });
    return true;
  } catch {
    return false;
  }
}

// Every module that words anything imports this one, so none runs before the words can be read.
const engine = await loadEngine();
const STRINGS = {};
/** A language's words, read from the core the first time the page needs them. */
function strings(code) {
  if (!STRINGS[code]) {
    try {
      STRINGS[code] = engine ? JSON.parse(page_words(code)) : NO_ENGINE[code];
    } catch {
      STRINGS[code] = NO_ENGINE[code];
    }
  }
  return STRINGS[code];
}

export const LANGS = ['en', 'zh-CN'];
let current = 'en';

function pick(code) {
  const c = String(code || '').toLowerCase();
  if (c.startsWith('zh')) return 'zh-CN';
  if (c.startsWith('en')) return 'en';
  return null;
}

/** The language: `?lang=` first, then the remembered choice, then the browser's. */
export function initLanguage(urlLang) {
  current = pick(urlLang) || pick(store.get('tierlab.lang')) ||
    (navigator.languages || [navigator.language]).map(pick).find(Boolean) || 'en';
  document.documentElement.lang = current;
  return current;
}

export function setLanguage(lang, remember = true) {
  current = pick(lang) || 'en';
  document.documentElement.lang = current;
  if (remember) store.set('tierlab.lang', current);
  return current;
}

export const lang = () => current;
export const isZh = () => current === 'zh-CN';

/** A string by key, with {name} placeholders filled from params (as plain text). */
export function t(key, params = {}) {
  const s = strings(current)[key] ?? key;
  // {s} is the English plural ending for a count given as {n}.
  const all = { s: params.n === 1 ? '' : 's', ...params };
  return s.replace(/\{(\w+)\}/g, (m, k) => (k in all ? String(all[k]) : m));
}

export const has = (key) => key in strings(current);

/** A key of the page's words, as the field definitions hold their labels and tips. */
export const word = (key) => ({ key });

/** The page-language text of a field definition's word (or a name, shown as given). */
export function tr(text) {
  if (!text) return '';
  if (typeof text === 'string') return text;
  return t(text.key);
}

/**
 * Applies data-i18n (textContent), data-i18n-title and data-i18n-aria to static markup;
 * without words (no engine) the markup keeps its own.
 */
export function translateStatic(root = document) {
  const apply = (attr, set) => {
    for (const el of root.querySelectorAll(`[${attr}]`)) if (has(el.getAttribute(attr))) set(el, t(el.getAttribute(attr)));
  };
  apply('data-i18n', (el, text) => { el.textContent = text; });
  apply('data-i18n-title', (el, text) => { el.title = text; });
  apply('data-i18n-aria', (el, text) => el.setAttribute('aria-label', text));
}

/**
 * A bilingual name in the page's language: "中文 · English" (scenarios, presets, campaigns)
 * or "中文 English" (tiers, segments, rewards, behaviours in the presets: "金卡 Gold",
 * "¥30 代金券 ¥30 voucher"), split before the first word from which on there is no Chinese
 * but some Latin. Other names are shown as given.
 */
export function bilingualName(name) {
  const text = String(name ?? '');
  const parts = text.split(' · ');
  if (parts.length === 2) return isZh() ? parts[0] : parts[1];
  const han = /\p{Script=Han}/u;
  const words = text.split(' ');
  for (let i = 1; i < words.length; i++) {
    const zh = words.slice(0, i).join(' ');
    const en = words.slice(i).join(' ');
    // The English half starts as a name does (a letter, a figure, a currency sign), so a
    // name the planner typed with markup or punctuation in it stays whole.
    if (han.test(zh) && !han.test(en) && /^[A-Za-z0-9¥$€£]/.test(en) && /[A-Za-z]/.test(en)) return isZh() ? zh : en;
  }
  return text;
}
