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

/** Whether a scenario is quick enough to re-run on every edit: each campaign adds a run
 * without it (for its increment), on top of the programme and the no-programme runs. */
export function quick(s) {
  const campaigns = Array.isArray(s?.campaigns) ? s.campaigns.length : 0;
  return memberMonths(s) * (2 + campaigns) / 2 <= AUTO_RUN_MEMBER_MONTHS;
}

