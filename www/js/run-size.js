// How big a run is, estimated from the scenario before it runs: member-months, and whether
// the page may re-run it on every edit. Not for: running anything (engine.js).

/** Re-run on every edit up to this many member-months (about half a second of WASM). */
const AUTO_RUN_MEMBER_MONTHS = 1_000_000;

/** Member-months the scenario simulates, warm-up included. */
export function memberMonths(s) {
  const months = Number(s?.horizon?.months) || 0;
  const warm = s?.population?.history?.kind === 'existing_programme' ? Number(s.population.history.warmup_months) || 0 : 0;
  const total = months + warm;
  let sum = (Number(s?.population?.starting_members) || 0) * total;
  let rate = Number(s?.population?.new_members_per_month) || 0;
  const growth = Number(s?.population?.acquisition_growth_per_month) || 0;
  for (let k = 0; k < total && k < 1000; k++) { sum += rate * (total - k); rate *= 1 + growth; }
  return sum;
}

/** A study that repeats a run this many times over is redone unasked (to draw it in the
 * page's new language) up to this many member-months: a few seconds in the study worker. */
const REDO_STUDY_MEMBER_MONTHS = 4_000_000;

/** The member-months one run costs: each campaign adds a run without it (for its
 * increment), on top of the programme and the no-programme runs, which count as one. */
const runCost = (s) => memberMonths(s) * (2 + (Array.isArray(s?.campaigns) ? s.campaigns.length : 0)) / 2;

/** Whether a scenario is quick enough to re-run on every edit. */
export const quick = (s) => runCost(s) <= AUTO_RUN_MEMBER_MONTHS;

/** Whether a study of `runs` runs of a scenario is quick enough to redo unasked. */
export const quickStudy = (s, runs) => runCost(s) * runs <= REDO_STUDY_MEMBER_MONTHS;

