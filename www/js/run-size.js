// How big a run is, as the core counts it before it runs (the WASM's `run_size`:
// member-months, each member from the month they join), and whether the page may re-run it
// on every edit. Not for: running anything (engine.js).

import { run_size } from '../pkg/tierlab.js';
// The WASM is instantiated by i18n.js (for the page's words) before this module runs.
import './i18n.js';

/** The core's size of a run of `s`, or null (a scenario that does not pass its checks runs nothing). */
function size(s) {
  try {
    return run_size(JSON.stringify(s)) ?? null;
  } catch {
    return null;
  }
}

/** Re-run on every edit up to this many member-months (about half a second of WASM). */
const AUTO_RUN_MEMBER_MONTHS = 1_000_000;

/** Member-months the scenario simulates, warm-up included (0 for one that runs nothing). */
export const memberMonths = (s) => size(s)?.member_months ?? 0;

/** A study that repeats a run this many times over is redone unasked (to draw it in the
 * page's new language) up to this many member-months: a few seconds in the study worker. */
const REDO_STUDY_MEMBER_MONTHS = 4_000_000;

/** The member-months one run costs: the engine runs of a run as the page makes one (the
 * programme, the run under no programme and one without each campaign) at half weight each,
 * the weighting the budgets above were set against. */
const runCost = (s) => (size(s)?.full_run_member_months ?? 0) / 2;

/** Whether a scenario is quick enough to re-run on every edit. */
export const quick = (s) => runCost(s) <= AUTO_RUN_MEMBER_MONTHS;

/** Whether a study of `runs` runs of a scenario is quick enough to redo unasked. */
export const quickStudy = (s, runs) => runCost(s) * runs <= REDO_STUDY_MEMBER_MONTHS;
