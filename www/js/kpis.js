// The KPI cards over a run's results. Figures the results do not carry are shown only when
// present, never estimated; an ROI with no cost to divide by is "—".

import { h, clear } from './dom.js';
import { t, bilingualName } from './i18n.js';
import { count, money, num as decimals, pct } from './format.js';

const num = (x) => (typeof x === 'number' && Number.isFinite(x) ? x : null);

/** The ids of every card, in order; `?kpis=` in embed mode picks among these. */
export const KPI_IDS = ['active', 'retention', 'tiers', 'moves', 'points', 'liability', 'breakage', 'revenue', 'cost', 'incremental', 'profit', 'roi', 'campaigns'];

/** A card whose figure is below zero shows it in red. */
function signed(el, v) {
  if (el && v !== null && v < 0) el.querySelector('.kpi-value')?.classList.add('negative');
  return el;
}

function card(id, label, value, sub, extra) {
  return h('div', { class: `kpi kpi-${id}`, 'data-kpi': id },
    h('div', { class: 'kpi-label', text: label }),
    h('div', { class: `kpi-value${String(value).length > 9 ? ' long' : ''}`, text: value }),
    sub ? h('div', { class: 'kpi-sub', text: sub }) : null,
    extra || null);
}

/** The liability card's line: the cost per point it used and where that came from. */
function liabilitySub(T) {
  const c = T.cost_per_point && typeof T.cost_per_point === 'object' ? T.cost_per_point : null;
  const value = num(c?.value);
  if (value === null) return t('kpi.liabilitySub');
  const cost = `¥${decimals(value, 4)}`;
  if (c.basis === 'override') return t('kpi.liabilityOverride', { cost, implied: `¥${decimals(num(c.implied) ?? 0, 4)}` });
  return t(c.basis === 'catalogue' ? 'kpi.liabilityCatalogue' : 'kpi.liabilityRedeemed', { cost });
}

function tierBars(names, counts) {
  const total = counts.reduce((a, b) => a + b, 0) || 1;
  const bar = h('div', { class: 'tier-bar', role: 'img', 'aria-label': names.map((n, i) => `${n} ${counts[i]}`).join(', ') });
  counts.forEach((c, i) => {
    const seg = h('span', { class: `tier-seg tier-${i % 8}` });
    seg.style.flexGrow = String(c / total);
    bar.append(seg);
  });
  const list = h('ul', { class: 'tier-list' }, names.map((n, i) => h('li', {},
    h('span', { class: `swatch tier-${i % 8}` }), h('span', { class: 'tier-name', text: bilingualName(n) }),
    h('span', { class: 'tier-count', text: count(counts[i] ?? 0) }), h('span', { class: 'tier-share', text: pct((counts[i] ?? 0) / total, 0) }))));
  return h('div', { class: 'tiers-extra' }, bar, list);
}

/** Fills `root` with the cards for `results` (a Results object), or only `only` ids. */
export function renderKpis(root, results, only = null) {
  clear(root);
  if (!results || !results.totals) return;
  const T = results.totals;
  const months = Array.isArray(results.months) ? results.months.length : 0;
  const names = Array.isArray(results.tier_names) ? results.tier_names : [];
  const perTier = Array.isArray(T.members_per_tier_at_end) ? T.members_per_tier_at_end : [];
  const breakage = num(results.runoff?.ultimate_breakage_rate);
  const cards = {
    active: () => card('active', t('kpi.active'), count(T.active_at_end), t('kpi.activeSub', { enrolled: count(T.enrolled) })),
    retention: () => card('retention', t('kpi.retention'), pct(T.retention_at_end), t('kpi.retentionSub')),
    tiers: () => card('tiers', t('kpi.tiers'), '', null, tierBars(names, perTier)),
    moves: () => card('moves', t('kpi.moves'), `${count(T.upgrades)} / ${count(T.downgrades)}`, t('kpi.movesSub', { months })),
    points: () => card('points', t('kpi.points'), count(T.points_outstanding_at_end), t('kpi.pointsSub', { issued: count(T.points_issued), redeemed: count(T.points_redeemed) })),
    liability: () => card('liability', t('kpi.liability'), money(T.liability_at_end), liabilitySub(T)),
    breakage: () => card('breakage', t('kpi.breakage'), breakage === null ? t('kpi.none') : pct(breakage), t('kpi.breakageSub')),
    revenue: () => card('revenue', t('kpi.revenue'), money(T.revenue), t('kpi.revenueSub', { discounts: money(T.discounts) })),
    cost: () => card('cost', t('kpi.cost'), money(T.programme_cost), num(T.revenue) ? t('kpi.costSub', { share: pct(T.programme_cost / T.revenue) }) : null),
    incremental: () => {
      const v = num(T.incremental_sales ?? T.incremental_revenue);
      if (v === null) return null;
      return signed(card('incremental', t('kpi.incremental'), money(v), t('kpi.incrementalSub')), v);
    },
    profit: () => {
      const v = num(T.incremental_profit);
      if (v === null) return null;
      return signed(card('profit', t('kpi.profit'), money(v), t('kpi.profitSub')), v);
    },
    roi: () => {
      if (!('roi' in T)) return null;
      const v = num(T.roi);
      return signed(card('roi', t('kpi.roi'), v === null ? t('kpi.none') : pct(v, 0), v === null ? t('kpi.roiNoCost') : t('kpi.roiSub')), v);
    },
    campaigns: () => {
      const v = num(T.campaign_cost);
      if (v === null) return null;
      const n = Array.isArray(results.campaigns) ? results.campaigns.length : 0;
      const total = num(T.programme_cost);
      const sub = n ? t('kpi.campaignsSub', { n, share: total ? pct(v / total, 0) : t('kpi.none') }) : t('kpi.campaignsNone');
      return card('campaigns', t('kpi.campaigns'), money(v), sub);
    },
  };
  const ids = only && only.length ? KPI_IDS.filter((id) => only.includes(id)) : KPI_IDS;
  for (const id of ids) {
    const el = cards[id]();
    if (el) root.append(el);
  }
}
