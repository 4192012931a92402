// Problems a planner sees beside a field. Two sources:
//  - the page itself, for text that is not a value of the field's kind at all ("12a" in a
//    number box), which cannot even be put into the scenario's JSON (`parseInput`);
//  - the WASM `validate` and `run`, for everything else (ranges, tiers in order, shares
//    adding up): the core says each problem in the page's language, with shares as
//    percents, so the page shows its messages as they come.
// `localizeMessage` is only for the calls that do not take a language yet (the studies'
// bindings, src/web/study.rs, reached from study-card.js): it re-phrases their common
// English range messages. Once those take the page's language it can go.

import { t, isZh } from './i18n.js';
import { plain } from './format.js';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** The text of an input → { value } or { error } for a field definition. */
export function parseInput(def, raw) {
  if (def.kind === 'text') return { value: String(raw) };
  if (def.kind === 'bool') return { value: Boolean(raw) };
  if (def.kind === 'select') return { value: String(raw) };
  if (def.kind === 'month') return { value: Number(raw) };
  const text = String(raw).trim().replace(/[\s,_]/g, '').replace(/%$/, '');
  if (text === '') return { error: t('problem.empty') };
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

const RULES = [
  [/^from (\S+) to (\S+)$/, 'from'],
  [/^above (\S+) and at most (\S+)$/, 'aboveAtMost'],
  [/^at least (\S+) and below (\S+)$/, 'atLeastBelow'],
  [/^above (\S+) and below (\S+)$/, 'aboveBelow'],
  [/^at least (\S+)$/, 'atLeast'],
  [/^above (\S+)$/, 'above'],
  [/^at most (\S+)$/, 'atMost'],
  [/^below (\S+)$/, 'below'],
];
const PHRASES = {
  en: {
    from: 'must be from {0} to {1}', aboveAtMost: 'must be above {0} and at most {1}', atLeastBelow: 'must be at least {0} and below {1}',
    aboveBelow: 'must be above {0} and below {1}', atLeast: 'must be at least {0}', above: 'must be above {0}', atMost: 'must be at most {0}', below: 'must be below {0}',
  },
  zh: {
    from: '须在 {0} 到 {1} 之间', aboveAtMost: '须大于 {0} 且不超过 {1}', atLeastBelow: '须不小于 {0} 且小于 {1}',
    aboveBelow: '须大于 {0} 且小于 {1}', atLeast: '不能小于 {0}', above: '须大于 {0}', atMost: '不能大于 {0}', below: '须小于 {0}',
  },
};

/** A WASM problem message in the page's language, with percents for percent fields. */
export function localizeMessage(message, def) {
  const text = String(message ?? '');
  const m = /^(-?\d[\d.]*(?:e[+-]?\d+)?) must be (.+?)(?:: (.+))?$/i.exec(text);
  if (!m) return text;
  const rule = RULES.map(([re, name]) => [re.exec(m[2]), name]).find(([x]) => x);
  if (!rule) return text;
  const percent = def && def.kind === 'percent';
  const show = (s) => (percent && Number.isFinite(Number(s)) ? `${plain(Number(s) * 100)}%` : s);
  const phrases = isZh() ? PHRASES.zh : PHRASES.en;
  const phrase = phrases[rule[1]].replace(/\{(\d)\}/g, (_, i) => show(rule[0][Number(i) + 1]));
  const head = isZh() ? `${show(m[1])}：${phrase}` : `${show(m[1])} ${phrase}`;
  if (!m[3]) return head;
  return isZh() ? `${head}（${m[3]}）` : `${head}: ${m[3]}`;
}
