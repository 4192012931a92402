// Where the page's first tabs come from: the tabs kept in this browser (else the last
// scenario kept, else the default), and a shared link (`#tabs=` with several scenarios, or
// `#s=` with one, as links always had) to open among them (link-tabs.js). A link is
// untrusted: each of its scenarios must pass validation, or the link is refused with a
// notice and the page shows what it kept. The page's own address, read again on a reload,
// is not a link: what it shows is already kept. Every scenario handed on has its defaults
// written in by the core (engine.normalize), so that two scenarios that run alike read
// alike. Not for: saving (saved-tabs.js).

import { t } from './i18n.js';
import { int } from './format.js';
import { decodeScenario, decodeTabs, parseScenarioText, store, KEYS, MAX_TABS } from './state.js';
import { readKept, ownAddress, newTabId } from './saved-tabs.js';
import { placeLink, openedText } from './link-tabs.js';
import { DEFAULT_SCENARIO } from './example-programme.js';
import { clone } from './paths.js';

/** The views a link may open (`view=`). */
export const VIEWS = ['results', 'compare', 'studies'];

/** A refusal's reason as a sentence, with its numbers (a link's length and limit) written out. */
const reasonText = (refusal) => t(`reason.${refusal.reason}`, Object.fromEntries(Object.entries(refusal.numbers || {}).map(([k, v]) => [k, int(v)])));

/** Checks an untrusted scenario: { ok, scenario (defaults written in) } or { ok: false, reason text }. */
export async function vet(engine, candidate) {
  if (!candidate.ok) return { ok: false, reason: reasonText(candidate) };
  let read;
  try { read = await engine.normalize(candidate.scenario); } catch (e) { return { ok: false, reason: e.message }; }
  if (read.problems.length || !read.scenario) {
    const first = read.problems[0] || { path: '', message: '' };
    const text = `${first.path ? `${first.path}: ` : ''}${first.message}`.slice(0, 160);
    return { ok: false, reason: t('reason.invalid', { n: read.problems.length, first: text }) };
  }
  return { ok: true, scenario: read.scenario };
}

/** Our own storage may hold drafts with range problems; only refuse what does not read. */
async function readable(engine, text) {
  const parsed = typeof text === 'string' ? parseScenarioText(text) : { ok: false };
  if (!parsed.ok) return null;
  try { return (await engine.normalize(parsed.scenario)).scenario; } catch { return null; }
}

/** The example programme with the core's defaults written in (as it is if the core cannot). */
export async function exampleProgramme(engine) {
  try { return (await engine.normalize(DEFAULT_SCENARIO)).scenario ?? clone(DEFAULT_SCENARIO); } catch { return clone(DEFAULT_SCENARIO); }
}

/**
 * The kept tabs that can be read, at most MAX_TABS: { entries: [{ id, scenario }], active }
 * (no entries when nothing is kept). Tabs that cannot be read are not shown and stay kept
 * as they are. `openId`: the tab to open, if it is among them.
 */
async function keptTabs(engine, openId) {
  const kept = readKept();
  const entries = [];
  for (const { id, scenario } of kept.tabs) {
    const readBack = entries.length < MAX_TABS ? await readable(engine, JSON.stringify(scenario)) : null;
    if (readBack) entries.push({ id, scenario: readBack });
  }
  for (const key of [KEYS.current, KEYS.lastGood]) {
    if (entries.length) break;
    const scenario = await readable(engine, store.get(key));
    if (scenario) entries.push({ id: newTabId(), scenario });
  }
  return { entries, active: Math.max(0, entries.findIndex((e) => e.id === (openId || kept.active))) };
}

/** A link's tabs, each validated: { ok, scenarios } or { ok: false, reason }. */
async function linkTabs(engine, params) {
  if (params.tabs) {
    const decoded = await decodeTabs(params.tabs);
    if (!decoded.ok) return { ok: false, reason: reasonText(decoded) };
    const scenarios = [];
    for (const [i, scenario] of decoded.scenarios.entries()) {
      const checked = await vet(engine, { ok: true, scenario });
      if (!checked.ok) return { ok: false, reason: t('reason.inTab', { letter: String.fromCharCode(65 + i), reason: checked.reason }) };
      scenarios.push(checked.scenario);
    }
    return { ok: true, scenarios };
  }
  const checked = await vet(engine, await decodeScenario(params.s));
  return checked.ok ? { ok: true, scenarios: [checked.scenario] } : checked;
}

function refusedNotice(notice, reason, keptAny) {
  notice(t('notice.refusedUrl', { reason, fallback: keptAny ? t('notice.fallbackLast') : t('notice.fallbackDefault') }), { kind: 'error' });
}

/**
 * Says at once, before the engine is ready, that a link was refused on its length
 * (state.js setAsideLongLink): the page falls back to the tabs it kept, if any.
 */
export function refuseLongLink(refusal, notice) {
  refusedNotice(notice, reasonText(refusal), readKept().tabs.length > 0 || Boolean(store.get(KEYS.current)));
}

/** Tabs of their own for scenarios that have none yet. */
const asTabs = (scenarios, active = 0) => ({ entries: scenarios.map((scenario) => ({ id: newTabId(), scenario })), active });

/**
 * The tabs to start with: { tabs, kept, ask, opened, view, refused }. `tabs`: what the page
 * shows first ({ entries, active }); `kept`: the tabs read back from this browser, its own;
 * a link's scenarios open beside them (`opened`: the sentence that says so), or, with no
 * room, `ask` holds the plan whose replaced tabs the planner must choose (link-tabs.js).
 * `refused`: the link was already refused (on its length). `notice(text, options)` reports
 * a refused link. The embedded view shows a link's scenario alone.
 */
export async function initialTabs(engine, params, notice, { refused = false, embed = false } = {}) {
  const view = VIEWS.includes(params.view) ? params.view : 'results';
  const own = ownAddress();
  const kept = await keptTabs(engine, own.active);
  const start = { tabs: kept.entries.length ? kept : asTabs([await exampleProgramme(engine)]), kept: kept.entries, ask: null, opened: null, view, refused };
  if (own.own || !(params.tabs || params.s)) return start;
  const link = await linkTabs(engine, params);
  if (!link.ok) {
    refusedNotice(notice, link.reason, kept.entries.length > 0);
    return { ...start, refused: true };
  }
  const active = Math.max(0, Math.min(link.scenarios.length - 1, Math.floor(Number(params.tab) || 0)));
  if (embed || !kept.entries.length) return { ...start, tabs: asTabs(link.scenarios, active) };
  const plan = placeLink(kept.entries, { scenarios: link.scenarios, active });
  if (plan.over) return { ...start, ask: plan };
  return { ...start, tabs: plan, opened: openedText(plan) };
}
