// Numbers the way a planner reads them, in the page's language: 12.3k / 1.23万 members,
// ¥1.2M / ¥120万, 18.4 %.

import { lang, t } from './i18n.js';

const cache = new Map();
function nf(opts) {
  const key = lang() + JSON.stringify(opts);
  if (!cache.has(key)) cache.set(key, new Intl.NumberFormat(lang(), opts));
  return cache.get(key);
}

const finite = (x) => typeof x === 'number' && Number.isFinite(x);

/** 12,345 */
export const int = (x) => (finite(x) ? nf({ maximumFractionDigits: 0 }).format(x) : '—');

/** 12.3k (en) / 1.23万 (zh) for large counts; exact below 10,000. */
export function count(x) {
  if (!finite(x)) return '—';
  if (Math.abs(x) < 10000) return int(x);
  return nf({ notation: 'compact', maximumSignificantDigits: 3 }).format(x);
}

/** A plain number with up to `digits` decimals. */
export const num = (x, digits = 2) => (finite(x) ? nf({ maximumFractionDigits: digits }).format(x) : '—');

/** ¥1.2M / ¥120万; whole yuan under ¥10,000 (¥3,147), cents only under ¥100 (¥35.22). */
export function money(x) {
  if (!finite(x)) return '—';
  const sign = x < 0 ? '−' : '';
  const a = Math.abs(x);
  const cents = a < 100 && a % 1 ? 2 : 0;
  const body = a < 10000 ? nf({ maximumFractionDigits: cents, minimumFractionDigits: cents }).format(a)
    : nf({ notation: 'compact', maximumSignificantDigits: 3 }).format(a);
  return `${sign}¥${body}`;
}

/** ¥1,234.56 exactly. */
export const moneyExact = (x) => (finite(x) ? `¥${nf({ minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(x)}` : '—');

/**
 * 0.1843 → 18.4%; −1 → −100% (the minus sign money and differences use, not a hyphen).
 * A share that is not zero never reads as 0%: under the last digit shown it reads <1%
 * (whole percents) or <0.1% — the rule of the core's chart::format::percent.
 */
export function pct(x, digits = 1) {
  if (!finite(x)) return '—';
  const f = nf({ style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: 0 });
  const smallest = 10 ** -digits / 100;
  if (x !== 0 && Math.abs(x) < smallest / 2) return `${x < 0 ? '−' : ''}<${f.format(smallest)}`;
  return f.format(x).replace('-', '−');
}

/** A number for an input box: no grouping, no float noise (0.07 × 100 → 7). */
export function plain(x) {
  if (!finite(x)) return '';
  return String(Number(x.toPrecision(12)));
}

/**
 * A join month of the run (0 = the horizon's first month; negative: before it, during
 * warm-up) as the planner's calendar month, "2026-07"; the warm-up months read as such.
 */
export function joinMonthLabel(horizon, month) {
  if (!finite(month)) return '—';
  if (month < 0) return t('run.warmup');
  const first = (Number(horizon?.start_year) || 0) * 12 + (Number(horizon?.start_month) || 1) - 1;
  const at = first + month;
  return `${Math.floor(at / 12)}-${String((at % 12) + 1).padStart(2, '0')}`;
}
