// The page's words in English and Simplified Chinese (the zh-CN terms are the ones in
// shared/DOMAIN.md). The language defaults to the browser's, can be forced by `?lang=`,
// and a choice made with the switch is remembered.

import { store } from './state.js';
import en from './strings-en.js';
import zh from './strings-zh.js';
import studyEn from './strings-study-en.js';
import studyZh from './strings-study-zh.js';

/** The page's strings; the studies' words (issue 6) are kept in files of their own. */
const STRINGS = { en: { ...en, ...studyEn }, 'zh-CN': { ...zh, ...studyZh } };

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
  const s = STRINGS[current][key] ?? STRINGS.en[key] ?? key;
  // {s} is the English plural ending for a count given as {n}.
  const all = { s: params.n === 1 ? '' : 's', ...params };
  return s.replace(/\{(\w+)\}/g, (m, k) => (k in all ? String(all[k]) : m));
}

export const has = (key) => key in STRINGS.en;

/** The page-language text of a field definition's { en, zh } pair. */
export function tr(pair) {
  if (!pair) return '';
  if (typeof pair === 'string') return pair;
  return (isZh() ? pair.zh : pair.en) ?? pair.en ?? '';
}

/** Applies data-i18n (textContent), data-i18n-title and data-i18n-aria to static markup. */
export function translateStatic(root = document) {
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-title]')) el.title = t(el.dataset.i18nTitle);
  for (const el of root.querySelectorAll('[data-i18n-aria]')) el.setAttribute('aria-label', t(el.dataset.i18nAria));
}

/**
 * A bilingual name in the page's language: "中文 · English" (scenarios, presets) or
 * "金卡 Gold" (tiers, segments, rewards in the presets). Other names are shown as given.
 */
export function bilingualName(name) {
  const text = String(name ?? '');
  const parts = text.split(' · ');
  if (parts.length === 2) return isZh() ? parts[0] : parts[1];
  const m = /^([\p{Script=Han}\p{P}\d]*\p{Script=Han}[\p{Script=Han}\p{P}\d]*)\s+([A-Za-z].*)$/u.exec(text);
  if (m) return isZh() ? m[1] : m[2];
  return text;
}
