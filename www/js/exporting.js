// Files out and in: the monthly rows as CSV for Excel (UTF-8 with a byte-order mark,
// headers in the page's language, one column per tier), the scenario as JSON, and JSON
// import (size-capped, parsed as data, validated by the caller before use).

import { t, bilingualName } from './i18n.js';
import { download, safeFileName } from './dom.js';
import { LIMITS, parseScenarioText } from './state.js';

const money = (x) => (typeof x === 'number' && Number.isFinite(x) ? x.toFixed(2) : '');
const rate = (x) => (typeof x === 'number' && Number.isFinite(x) ? x.toFixed(4) : '');
const whole = (x) => (typeof x === 'number' && Number.isFinite(x) ? String(x) : '');

const BEFORE_TIERS = [
  ['month', (r) => whole(r.month)],
  ['calendar_month', (r) => String(r.label ?? '')],
  ['enrolled', (r) => whole(r.enrolled)],
  ['new_members', (r) => whole(r.new_members)],
  ['alive', (r) => whole(r.alive)],
  ['dropped_out', (r) => whole(r.dropped_out)],
  ['active', (r) => whole(r.active)],
  ['introduction', (r) => whole(r.stages?.introduction)],
  ['growth', (r) => whole(r.stages?.growth)],
  ['maturity', (r) => whole(r.stages?.maturity)],
  ['dormant', (r) => whole(r.stages?.dormant)],
  ['churned', (r) => whole(r.stages?.churned)],
];
const AFTER_TIERS = [
  ['upgrades', (r) => whole(r.upgrades)],
  ['downgrades', (r) => whole(r.downgrades)],
  ['first_purchases', (r) => whole(r.first_purchases)],
  ['repeat_purchases', (r) => whole(r.repeat_purchases)],
  ['gross_sales', (r) => money(r.gross_sales)],
  ['discounts', (r) => money(r.discounts)],
  ['revenue', (r) => money(r.revenue)],
  ['growth_earned', (r) => whole(r.growth_earned)],
  ['points_issued', (r) => whole(r.points_issued)],
  ['points_redeemed', (r) => whole(r.points_redeemed)],
  ['points_expired', (r) => whole(r.points_expired)],
  ['points_outstanding', (r) => whole(r.points_outstanding)],
  ['rewards_redeemed', (r) => whole(r.rewards_redeemed)],
  ['reward_cost', (r) => money(r.reward_cost)],
  ['reward_cash', (r) => money(r.reward_cash)],
  ['benefit_cost', (r) => money(r.benefit_cost)],
  ['programme_cost', (r) => money(r.programme_cost)],
  ['liability', (r) => money(r.liability)],
  ['expected_breakage_points', (r) => whole(r.expected_breakage_points)],
  ['allocated', (r) => money(r.revenue_recognition?.allocated)],
  ['expected_redemption_rate', (r) => rate(r.revenue_recognition?.expected_redemption_rate)],
  ['recognised', (r) => money(r.revenue_recognition?.recognised)],
  ['reversed', (r) => money(r.revenue_recognition?.reversed)],
  ['deferred', (r) => money(r.revenue_recognition?.deferred)],
];

/** Columns the results carry only once campaigns and the no-programme comparison exist. */
const OPTIONAL = [
  ['coupon_discounts', (r) => money(r.coupon_discounts)],
  ['campaign_cost', (r) => money(r.campaign_cost)],
  ['incremental_sales', (r) => money(r.incremental_sales)],
  ['incremental_purchases', (r) => whole(r.incremental_purchases)],
  ['incremental_active', (r) => whole(r.incremental_active)],
];

/** A CSV cell: quoted when it holds a separator, quote or line break; formula-safe. */
function cell(text) {
  let s = String(text ?? '');
  // A cell starting with = + - @ would be run as a formula by Excel: prefix a quote.
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The monthly rows as CSV text (without the BOM), headers in the page's language. */
export function monthlyCsv(results) {
  const tiers = Array.isArray(results?.tier_names) ? results.tier_names : [];
  const rows = Array.isArray(results?.months) ? results.months : [];
  const after = [...AFTER_TIERS, ...OPTIONAL.filter(([k]) => rows.length && k in rows[0])];
  const header = [
    ...BEFORE_TIERS.map(([k]) => t(`csv.${k}`)),
    ...tiers.map((name) => t('csv.tier', { name: bilingualName(name) })),
    ...after.map(([k]) => t(`csv.${k}`)),
  ];
  const lines = [header.map(cell).join(',')];
  for (const row of rows) {
    const perTier = Array.isArray(row.tiers) ? row.tiers : [];
    lines.push([
      ...BEFORE_TIERS.map(([, f]) => f(row)),
      ...tiers.map((_, i) => whole(perTier[i])),
      ...after.map(([, f]) => f(row)),
    ].map(cell).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

export function downloadCsv(results, name) {
  const blob = new Blob(['\uFEFF', monthlyCsv(results)], { type: 'text/csv;charset=utf-8' });
  download(blob, `${safeFileName(name)}-monthly.csv`);
}

export function downloadJson(scenario) {
  const blob = new Blob([JSON.stringify(scenario, null, 2) + '\n'], { type: 'application/json' });
  download(blob, `${safeFileName(scenario?.name)}.json`);
}

/** A File → { ok, scenario } | { ok: false, reason } (reason: tooBig, unreadable, notJson, notObject). */
export async function readScenarioFile(file) {
  if (!file) return { ok: false, reason: 'unreadable' };
  if (file.size > LIMITS.jsonBytes) return { ok: false, reason: 'tooBig' };
  let text;
  try { text = await file.text(); } catch { return { ok: false, reason: 'unreadable' }; }
  return parseScenarioText(text.replace(/^\uFEFF/, ''));
}
