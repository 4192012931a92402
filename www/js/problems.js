// Problems a planner sees beside a field. Two sources:
//  - the page itself, for text that is not a value of the field's kind at all ("12a" in a
//    number box), which cannot even be put into the scenario's JSON (`parseInput`);
//  - the WASM `validate` and `run`, for everything else (ranges, tiers in order, shares
//    adding up): the core says each problem in the page's language, with shares as
//    percents, so the page shows its messages as they come. The studies' calls
//    (src/web/study.rs) take the page's language too.

import { t } from './i18n.js';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** The text of an input → { value } or { error } for a field definition. */
export function parseInput(def, raw) {
  if (def.kind === 'text') return { value: String(raw) };
  if (def.kind === 'bool') return { value: Boolean(raw) };
  if (def.kind === 'select') return { value: String(raw) };
  if (def.kind === 'month') return { value: Number(raw) };
  const text = String(raw).trim().replace(/[\s,_]/g, '').replace(/%$/, '');
  if (text === '') return def.optional ? { value: null } : { error: t('problem.empty') };
  if (!NUMBER.test(text)) return { error: t('problem.notNumber', { text: String(raw).trim().slice(0, 24) }) };
  let value = Number(text);
  if (!Number.isFinite(value)) return { error: t('problem.notNumber', { text: String(raw).trim().slice(0, 24) }) };
  if (def.kind === 'percent') return { value: Number((value / 100).toPrecision(12)) };
  if (def.kind === 'number') return { value };
  // Whole numbers.
  if (!Number.isInteger(value)) return { error: t('problem.notWhole') };
  const min = def.min ?? (def.kind === 'year' ? -2147483648 : 0);
  const max = def.max ?? (def.kind === 'year' ? 2147483647 : 4294967295);
  if (value < min || value > max) {
    if (def.min !== undefined && def.max !== undefined && def.max < 1e6) return { error: t('problem.from', { min, max }) };
    return { error: value < min ? t('problem.atLeast', { min }) : t('problem.atMost', { max }) };
  }
  value = Object.is(value, -0) ? 0 : value;
  return { value };
}
