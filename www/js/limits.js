// The scenario's limits, taken from the core once at start (src/scenario/limits.rs, through
// the WASM's `scenario_limits`): the longest name, the fewest and most items of each list,
// the ends of whole-number fields, the most referrals a month, how far segment shares may
// be from 1 and what "no upper end" is in an audience's range. The page writes none of
// them down itself. Not for: checking a scenario (the WASM `validate` does).

import { scenario_limits } from '../pkg/tierlab.js';
// The WASM is instantiated by i18n.js (for the page's words) before this module runs.
import './i18n.js';

/** The core's limits, or null if the engine could not start (lists are then unbounded). */
function read() {
  try {
    return scenario_limits();
  } catch {
    return null;
  }
}

const LIMITS = read();

/** Longest name of anything in the scenario, in characters. */
export const NAME_CHARS = LIMITS?.name_chars;

/** Fewest and most items of the list at a JSON path (`tiers.levels`): { min, max }. */
export const listLimits = (path) => LIMITS?.lists?.[path] ?? {};

/** Lowest and highest value of a whole-number field (`horizon.months`, `campaigns[].audience.months`): { min, max }. */
export const wholeEnds = (path) => LIMITS?.whole?.[path] ?? {};

/** The most new members a member may refer a month. */
export const MOST_REFERRALS_PER_MONTH = LIMITS?.referrals_per_month;

/** How far segment shares may be from adding up to 1. */
export const SHARE_TOLERANCE = LIMITS?.share_tolerance ?? 0;

/** "No upper end" in an audience's range: { count, amount, points }. */
export const OPEN_END = LIMITS?.open_end ?? { count: Infinity, amount: Infinity, points: Infinity };
