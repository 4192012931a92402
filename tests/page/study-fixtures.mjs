// Small scenarios for the study page tests (tabs, compare, replications, sweeps): the
// page's default programme with a small population and a one-year horizon, so each run
// takes a few milliseconds; and links that open them (`#s=` / `#tabs=`, plain base64url).

import { DEFAULT_SCENARIO } from '../../www/js/example-programme.js';

/**
 * The default programme, 600 members + 30 a month, over 12 months: written as what it sets,
 * like the page's example (the page reads the rest from the core's defaults).
 */
export function smallScenario(name = 'Small programme') {
  const s = JSON.parse(JSON.stringify(DEFAULT_SCENARIO));
  s.name = name;
  s.horizon = { ...s.horizon, months: 12 };
  s.population = { ...s.population, starting_members: 600, new_members_per_month: 30 };
  return s;
}

/** A value as the page's `j` link format (JSON, base64url). */
export const encode = (value) => `j${Buffer.from(JSON.stringify(value), 'utf8').toString('base64url')}`;

/** The hash of a link that opens these tabs (A first) on a view. */
export function tabsLink(scenarios, { tab = 0, view = null } = {}) {
  const hash = new URLSearchParams(scenarios.length > 1 ? { tabs: encode(scenarios) } : { s: encode(scenarios[0]) });
  if (tab) hash.set('tab', String(tab));
  if (view) hash.set('view', view);
  return `#${hash}`;
}
