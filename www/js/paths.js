// JSON paths into the scenario. The page writes them dotted (`tiers.levels.2.threshold`);
// the WASM validation writes `tiers.levels[2].threshold`. Both are accepted everywhere.

/** `a.b[2].c` or `a.b.2.c` → `a.b.2.c` (whitespace and stray brackets dropped). */
export function normalizePath(path) {
  return String(path ?? '')
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/[^\w.]/g, '')
    .replace(/\.{2,}/g, '.')
    .replace(/^\.|\.$/g, '');
}

export function splitPath(path) {
  const p = normalizePath(path);
  return p ? p.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)) : [];
}

/** The parent of a dotted path ('' for a top-level key, null for ''). */
export function parentPath(path) {
  const p = normalizePath(path);
  if (!p) return null;
  const i = p.lastIndexOf('.');
  return i < 0 ? '' : p.slice(0, i);
}

const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);

export function getAt(obj, path) {
  let v = obj;
  for (const k of splitPath(path)) {
    if (v === null || typeof v !== 'object' || FORBIDDEN.has(k) || !Object.hasOwn(v, k)) return undefined;
    v = v[k];
  }
  return v;
}

/** Sets a value, creating plain objects on the way; refuses prototype keys. */
export function setAt(obj, path, value) {
  const keys = splitPath(path);
  if (!keys.length || keys.some((k) => FORBIDDEN.has(k))) return false;
  let v = obj;
  for (const k of keys.slice(0, -1)) {
    if (v[k] === null || typeof v[k] !== 'object') v[k] = {};
    v = v[k];
  }
  v[keys[keys.length - 1]] = value;
  return true;
}

export function clone(value) {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}
