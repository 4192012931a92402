// How a study's figures read: each KPI's name in the planner's words, and values and
// differences by their unit (members, points, ¥, %, ratio) — a difference of exactly zero
// reads "0", a share's difference in percentage points; scenario names in the page's
// language. Not for: computing any figure.

import { t, has, bilingualName } from './i18n.js';
import { count, money, num, pct } from './format.js';

const finite = (x) => typeof x === 'number' && Number.isFinite(x);

/** Decimals for a small non-zero figure, so that it never reads as "+0". */
const digits = (a) => (a >= 10 ? 1 : a >= 0.1 ? 2 : a >= 0.001 ? 3 : 6);

/** A KPI's name (`share_in_tier_2` → "Share in Gold", with the tier names of A). */
export function kpiLabel(name, tierNames = []) {
  const tier = /^share_in_tier_(\d+)$/.exec(String(name));
  if (tier) {
    const k = Number(tier[1]);
    const tierName = tierNames[k] !== undefined ? bilingualName(tierNames[k]) : t('study.tierN', { n: k });
    // A Latin tier name stands apart from the Chinese words after it ("Gold 会员占比").
    return t('study.kpi.share_in_tier', { tier: tierName, gap: /[A-Za-z0-9]$/.test(tierName) ? ' ' : '' });
  }
  return has(`study.kpi.${name}`) ? t(`study.kpi.${name}`) : String(name ?? '').replace(/_/g, ' ');
}

/** A value of a unit: 12.3k members, ¥1.2M, 18.4%, ROI 35%. */
export function formatValue(value, unit) {
  if (!finite(value)) return '—';
  if (unit === 'money') return money(value);
  if (unit === 'share') return pct(value, 1);
  if (unit === 'ratio') return pct(value, 0);
  return count(value);
}

/** A difference: signed, "0" when exactly zero, shares and ratios in percentage points. */
export function formatDifference(d, unit) {
  if (!finite(d)) return '—';
  if (d === 0) return '0';
  const sign = d > 0 ? '+' : '−';
  const a = Math.abs(d);
  if (unit === 'share' || unit === 'ratio') return `${sign}${t('study.pp', { n: num(a * 100, digits(a * 100)) })}`;
  if (unit === 'money') return `${sign}${money(a)}`;
  return `${sign}${count(a)}`;
}

/** A percentage difference given in percent (12.5 = 12.5% above A). */
export function formatPercent(p) {
  if (!finite(p)) return '—';
  if (p === 0) return '0%';
  return `${p > 0 ? '+' : '−'}${num(Math.abs(p), digits(Math.abs(p)))}%`;
}

/**
 * The scenarios as the studies take them: each name in the page's language ("金卡 · Gold"
 * → "Gold"), so the tables and the charts' legends read in one language.
 */
export function inPageLanguage(scenarios) {
  return scenarios.map((s) => ({ ...s, name: bilingualName(s?.name) }));
}
