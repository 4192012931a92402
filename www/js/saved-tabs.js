// The scenario tabs kept in this browser. localStorage holds one list, shared by every page
// of the tool open in the browser: each tab with an id, and the one last open. A page writes
// back only what it changed itself (a tab it edited, added or deleted) and leaves every
// other tab in the list as it finds it, so two pages open at once never wipe each other's
// tabs, and a page that opens a link adds to the list instead of replacing it.
// sessionStorage (this browser tab only, kept over a reload) remembers the address the page
// last wrote and its open tab, so a reload tells the page's own address from a link.
// Not for: checking what was kept (startup.js validates every scenario read back) or
// deciding where a link's scenarios go (link-tabs.js).

import { store, session, KEYS } from './state.js';

/** A new tab id, random so that two pages never give one id to different tabs. */
export function newTabId() {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

const isObject = (x) => Boolean(x) && typeof x === 'object' && !Array.isArray(x);

function parse(text) {
  try { return JSON.parse(text || 'null'); } catch { return null; }
}

/**
 * The kept list as it is: { tabs: [{ id, scenario }], active: id or null }, nothing
 * checked but its shape. Read as well: what pages before the ids kept ({ active: index,
 * scenarios }, the open tab's latest draft as the current scenario).
 */
export function readKept() {
  const kept = parse(store.get(KEYS.tabs));
  if (isObject(kept) && Array.isArray(kept.tabs)) {
    const tabs = kept.tabs.filter((x) => isObject(x) && typeof x.id === 'string' && isObject(x.scenario));
    return { tabs, active: typeof kept.active === 'string' ? kept.active : null };
  }
  if (isObject(kept) && Array.isArray(kept.scenarios)) {
    // Ids by place, the same at every read until the page writes the list with its own.
    const tabs = kept.scenarios.filter(isObject).map((scenario, i) => ({ id: `kept-${i}`, scenario }));
    const open = tabs[Math.floor(Number(kept.active) || 0)] || tabs[0];
    const draft = parse(store.get(KEYS.current));
    if (open && isObject(draft)) open.scenario = draft;
    return { tabs, active: open ? open.id : null };
  }
  return { tabs: [], active: null };
}

/** This page's side of the kept list: what it last read or wrote of each of its tabs. */
export class KeptTabs {
  constructor() {
    /** Tab id → the scenario's JSON as this page last read or wrote it. */
    this.known = new Map();
    /** False once the browser refused to store the list: the address is then all there is. */
    this.stored = true;
  }

  /** Takes tabs read from the kept list as this page's own, unchanged so far. */
  adopt(entries) {
    for (const { id, scenario } of entries) this.known.set(id, JSON.stringify(scenario));
  }

  /**
   * Writes this page's tabs (A first, [{ id, scenario }]) into the kept list: a tab this
   * page changed or added as it is here; a tab it did not change as the list holds it (a
   * newer edit from another page stays); a tab it deleted is taken out; every other tab in
   * the list is kept, after this page's; and the tab open here is noted for a reload.
   */
  write(entries, activeId) {
    const kept = readKept();
    const mine = new Set(entries.map((e) => e.id));
    const deleted = new Set([...this.known.keys()].filter((id) => !mine.has(id)));
    const inList = new Map(kept.tabs.map((e) => [e.id, e]));
    const own = entries.map(({ id, scenario }) => {
      const changedHere = this.known.get(id) !== JSON.stringify(scenario);
      return changedHere || !inList.has(id) ? { id, scenario } : inList.get(id);
    });
    const others = kept.tabs.filter((e) => !mine.has(e.id) && !deleted.has(e.id));
    this.stored = store.set(KEYS.tabs, JSON.stringify({ active: activeId, tabs: [...own, ...others] }));
    if (!this.stored) return;
    for (const id of deleted) this.known.delete(id);
    this.adopt(entries);
    updateRecord({ active: activeId });
  }

  /**
   * Notes the address the page has just written as its own, so that a reload opens what
   * is kept rather than the address as a link; not when the list could not be stored.
   */
  rememberAddress() {
    updateRecord({ address: this.stored ? window.location.hash : '' });
  }
}

/** This browser tab's record: { address, active } (what the page last wrote), or {}. */
function pageRecord() {
  const record = parse(session.get(KEYS.page));
  return isObject(record) ? record : {};
}

function updateRecord(change) {
  session.set(KEYS.page, JSON.stringify({ ...pageRecord(), ...change }));
}

/** The id of the tab this browser tab had open before a reload, if its address is its own. */
export function ownAddress() {
  const { address, active } = pageRecord();
  const own = typeof address === 'string' && address !== '' && address === window.location.hash;
  return { own, active: own && typeof active === 'string' ? active : null };
}
