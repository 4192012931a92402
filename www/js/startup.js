// Where the page's first scenarios come from: a shared link (`#tabs=` with several
// scenarios, or `#s=` with one, as links always had), else the tabs kept in localStorage,
// else the last scenario kept, else the default. A link is untrusted: each of its
// scenarios must pass validation, or the link is refused with a notice and the page falls
// back to what it kept. Not for: saving (app.js writes through state.js).

import { t } from './i18n.js';
import { decodeScenario, decodeTabs, parseScenarioText, store, KEYS } from './state.js';
import { DEFAULT_SCENARIO } from './example-programme.js';
import { clone } from './paths.js';

/** The views a link may open (`view=`). */
export const VIEWS = ['results', 'compare', 'studies'];

/** Checks an untrusted scenario: { ok, scenario } or { ok: false, reason text }. */
export async function vet(engine, candidate) {
  if (!candidate.ok) return { ok: false, reason: t(`reason.${candidate.reason}`) };
  let problems;
  try { problems = await engine.validate(JSON.stringify(candidate.scenario)); } catch (e) { return { ok: false, reason: e.message }; }
  if (Array.isArray(problems) && problems.length) {
    const first = problems[0];
    const text = `${first.path ? `${first.path}: ` : ''}${first.message}`.slice(0, 160);
    return { ok: false, reason: t('reason.invalid', { n: problems.length, first: text }) };
  }
  return { ok: true, scenario: candidate.scenario };
}

/** Our own storage may hold drafts with range problems; only refuse what does not read. */
async function readable(engine, text) {
  const parsed = typeof text === 'string' ? parseScenarioText(text) : { ok: false };
  if (!parsed.ok) return null;
  let problems = [];
  try { problems = await engine.validate(text); } catch { problems = [{ path: '' }]; }
  return Array.isArray(problems) && !problems.some((p) => !p.path) ? parsed.scenario : null;
}

/** The tabs kept in this browser: { scenarios, active } or null. */
async function storedTabs(engine) {
  let kept = null;
  try { kept = JSON.parse(store.get(KEYS.tabs) || 'null'); } catch { kept = null; }
  if (kept && Array.isArray(kept.scenarios) && kept.scenarios.length > 1) {
    const scenarios = [];
    for (const s of kept.scenarios) scenarios.push(await readable(engine, JSON.stringify(s)));
    const active = Math.floor(Number(kept.active) || 0);
    // The open tab's latest draft is the one kept as the current scenario.
    const draft = await readable(engine, store.get(KEYS.current));
    if (draft && active >= 0 && active < scenarios.length) scenarios[active] = draft;
    if (scenarios.every(Boolean)) return { scenarios, active: Math.min(active, scenarios.length - 1) };
  }
  for (const key of [KEYS.current, KEYS.lastGood]) {
    const scenario = await readable(engine, store.get(key));
    if (scenario) return { scenarios: [scenario], active: 0 };
  }
  return null;
}

/** A link's tabs, each validated: { ok, scenarios } or { ok: false, reason }. */
async function linkTabs(engine, params) {
  if (params.tabs) {
    const decoded = await decodeTabs(params.tabs);
    if (!decoded.ok) return { ok: false, reason: t(`reason.${decoded.reason}`) };
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

/**
 * The tabs to start with: { scenarios, active, view, refused }. `notice(text, options)`
 * reports a refused link.
 */
export async function initialTabs(engine, params, notice) {
  const view = VIEWS.includes(params.view) ? params.view : 'results';
  if (params.tabs || params.s) {
    const link = await linkTabs(engine, params);
    if (link.ok) {
      const active = Math.max(0, Math.min(link.scenarios.length - 1, Math.floor(Number(params.tab) || 0)));
      return { scenarios: link.scenarios, active, view, refused: false };
    }
    const fallback = await storedTabs(engine);
    notice(t('notice.refusedUrl', { reason: link.reason, fallback: fallback ? t('notice.fallbackLast') : t('notice.fallbackDefault') }), { kind: 'error' });
    return { ...(fallback || { scenarios: [clone(DEFAULT_SCENARIO)], active: 0 }), view, refused: true };
  }
  return { ...((await storedTabs(engine)) || { scenarios: [clone(DEFAULT_SCENARIO)], active: 0 }), view, refused: false };
}
