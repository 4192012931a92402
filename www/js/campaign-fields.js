// The definitions behind the campaign cards (campaign-editor.js): the fields of a campaign
// (name, hold-out, offer and its variants, schedule, costs and limits, response), the
// audience conditions the condition builder offers with their defaults and range fields,
// their labels and tips (keys of the core's words, src/words/page), and the small readers of the scenario (horizon, tier and
// segment names, month labels) that the defaults and notes use. Data and pure functions only.

import { word } from './i18n.js';
import { NAME_CHARS, OPEN_END, wholeEnds } from './limits.js';

/** "No upper limit" in a range condition, as the core writes it (limits.js). */
export const NO_LIMIT = { u32: OPEN_END.count, money: OPEN_END.amount, points: OPEN_END.points };

export const U = {
  currency: word('field.units.currency'),
  perContact: word('campaignField.u.perContact'),
  perMonth: word('campaignField.u.perMonth'),
  pointsPerMonth: word('campaignField.u.pointsPerMonth'),
  percent: word('field.units.percent'),
  days: word('field.units.days'),
  offers: word('campaignField.u.offers'),
  points: word('field.units.points'),
  times: word('field.units.times'),
  purchases: word('field.units.purchases'),
  months: word('field.units.months'),
};

// ------------------------------------------------------------------- fields

export const NAME = { path: 'name', kind: 'text', max: NAME_CHARS, label: word('campaignField.name.label'), tip: word('campaignField.name.tip') };
export const HOLDOUT = { path: 'holdout_share', kind: 'percent', def: 0.1, unit: U.percent, label: word('campaignField.holdout_share.label'), tip: word('campaignField.holdout_share.tip') };
export const GIVES_GROWTH = { path: 'gives_growth', kind: 'bool', label: word('campaignField.gives_growth.label'), tip: word('campaignField.gives_growth.tip') };

export const OFFER = {
  path: 'offer', kind: 'union', tag: 'kind',
  label: word('campaignField.offer.label'),
  tip: word('campaignField.offer.tip'),
  variants: [
    { value: 'amount_off', label: word('campaignField.amount_off.label'), fields: [
      { path: 'min_spend', kind: 'number', def: 100, unit: U.currency, label: word('campaignField.min_spend.label'), tip: word('campaignField.min_spend.tip') },
      { path: 'amount', kind: 'number', def: 10, unit: U.currency, label: word('campaignField.amount.label'), tip: word('campaignField.amount.tip') },
    ] },
    { value: 'percent_off', label: word('campaignField.percent_off.label'), fields: [
      { path: 'percent', kind: 'percent', def: 0.1, unit: U.percent, label: word('campaignField.percent.label'), tip: word('campaignField.percent.tip') },
      { path: 'cap', kind: 'number', def: 30, unit: U.currency, label: word('campaignField.cap.label'), tip: word('campaignField.cap.tip') },
    ] },
    { value: 'points_multiplier', label: word('campaignField.points_multiplier.label'), fields: [
      { path: 'multiplier', kind: 'number', def: 2, unit: U.times, label: word('campaignField.multiplier.label'), tip: word('campaignField.multiplier.tip') },
      { path: 'max_bonus_points', kind: 'int', def: 500, unit: U.points, label: word('campaignField.max_bonus_points.label'), tip: word('campaignField.max_bonus_points.tip') },
    ] },
    { value: 'bonus_points', label: word('campaignField.bonus_points.label'), fields: [
      { path: 'points', kind: 'int', def: 200, unit: U.points, label: word('campaignField.bonus_points.label'), tip: word('campaignField.points.tip') },
    ] },
    { value: 'gift', label: word('campaignField.gift.label'), fields: [
      { path: 'cost', kind: 'number', def: 10, unit: U.currency, label: word('campaignField.cost.label'), tip: word('campaignField.cost.tip') },
    ] },
    { value: 'reward_discount', label: word('campaignField.reward_discount.label'), fields: [
      { path: 'share', kind: 'percent', def: 0.5, unit: U.percent, label: word('campaignField.share.label'), tip: word('campaignField.share.tip') },
    ] },
  ],
};

export const TRIGGERS = [
  { value: 'once', label: word('campaignField.once.label') },
  { value: 'every_month', label: word('campaignField.every_month.label') },
  { value: 'on_joining', label: word('campaignField.on_joining.label') },
  { value: 'birthday_month', label: word('campaignField.birthday_month.label') },
  { value: 'member_day', label: word('campaignField.member_day.label') },
  { value: 'entering_audience', label: word('campaignField.entering_audience.label') },
];

export const SCHEDULE = [
  { path: 'schedule.trigger', kind: 'select', label: word('campaignField.schedule.trigger.label'), tip: word('campaignField.schedule.trigger.tip'), options: TRIGGERS },
  { path: 'schedule.start_month', kind: 'int', def: 0, label: word('campaignField.schedule.start_month.label'), tip: word('campaignField.schedule.start_month.tip') },
  { path: 'schedule.end_month', kind: 'int', def: 119, label: word('campaignField.schedule.end_month.label'), tip: word('campaignField.schedule.end_month.tip') },
  { path: 'schedule.validity_days', kind: 'int', def: 30, unit: U.days, label: word('campaignField.schedule.validity_days.label'), tip: word('campaignField.schedule.validity_days.tip') },
];

export const LIMITS = [
  { path: 'limits.contact_cost', kind: 'number', def: 0, unit: U.perContact, label: word('campaignField.limits.contact_cost.label'), tip: word('campaignField.limits.contact_cost.tip') },
  { path: 'limits.per_member_limit', kind: 'int', def: 0, unit: U.offers, label: word('campaignField.limits.per_member_limit.label'), tip: word('campaignField.limits.per_member_limit.tip') },
  { path: 'limits.budget_per_month', kind: 'number', def: 0, unit: U.perMonth, label: word('campaignField.limits.budget_per_month.label'), tip: word('campaignField.limits.budget_per_month.tip') },
  { path: 'limits.budget_total', kind: 'number', def: 0, unit: U.currency, label: word('campaignField.limits.budget_total.label'), tip: word('campaignField.limits.budget_total.tip') },
  { path: 'limits.points_budget_per_month', kind: 'int', def: 0, unit: U.pointsPerMonth, label: word('campaignField.limits.points_budget_per_month.label'), tip: word('campaignField.limits.points_budget_per_month.tip') },
  { path: 'limits.points_budget_total', kind: 'int', def: 0, unit: U.points, label: word('campaignField.limits.points_budget_total.label'), tip: word('campaignField.limits.points_budget_total.tip') },
];

export const RESPONSE = [
  { path: 'response.purchase_rate_uplift', kind: 'percent', def: 0, unit: U.percent, label: word('campaignField.response.purchase_rate_uplift.label'), tip: word('campaignField.response.purchase_rate_uplift.tip') },
  { path: 'response.dropout_reduction', kind: 'percent', def: 0, unit: U.percent, label: word('campaignField.response.dropout_reduction.label'), tip: word('campaignField.response.dropout_reduction.tip') },
  { path: 'response.usage_share', kind: 'percent', def: 0, unit: U.percent, label: word('campaignField.response.usage_share.label'), tip: word('campaignField.response.usage_share.tip') },
];

// --------------------------------------------------------------- conditions

export const STAGES = ['introduction', 'growth', 'maturity', 'dormant', 'churned'];

/** The audience conditions the builder edits, with their fields and defaults. */
export const CONDITIONS = [
  { value: 'stage', label: word('campaignField.stage.label'), list: 'stages', def: () => ({ kind: 'stage', stages: ['dormant'] }) },
  { value: 'tier', label: word('campaignField.tier.label'), list: 'tiers', def: (s) => ({ kind: 'tier', tiers: [Math.max(0, tierNames(s).length - 1)] }) },
  { value: 'segment', label: word('campaignField.segment.label'), list: 'segments', def: (s) => ({ kind: 'segment', segments: segmentNames(s).slice(0, 1) }) },
  { value: 'days_since_last_purchase', label: word('campaignField.days_since_last_purchase.label'), range: { kind: 'int', unit: U.days, limit: NO_LIMIT.u32 }, def: () => ({ kind: 'days_since_last_purchase', min: 30, max: 60 }),
    tip: word('campaignField.tip') },
  { value: 'purchases', label: word('campaignField.purchases.label'), range: { kind: 'int', unit: U.purchases, limit: NO_LIMIT.u32 }, def: () => ({ kind: 'purchases', min: 3, max: NO_LIMIT.u32 }),
    tip: word('campaignField.tip.purchasesSoFarThe') },
  { value: 'total_spend', label: word('campaignField.total_spend.label'), range: { kind: 'number', unit: U.currency, limit: NO_LIMIT.money }, def: () => ({ kind: 'total_spend', min: 500, max: NO_LIMIT.money }),
    tip: word('campaignField.tip.everythingTheMemberHas') },
  { value: 'trailing_spend', label: word('campaignField.trailing_spend.label'), def: () => ({ kind: 'trailing_spend', months: 3, min: 300, max: NO_LIMIT.money }),
    fields: [
      { path: 'months', kind: 'int', ...wholeEnds('campaigns[].audience.months'), unit: U.months, label: word('campaignField.months.label'), tip: word('campaignField.months.tip') },
      { path: 'min', kind: 'number', unit: U.currency, label: word('campaignField.min.label'), tip: word('campaignField.min.tip') },
      { path: 'max', kind: 'number', unit: U.currency, label: word('campaignField.max.label'), tip: word('campaignField.max.tip'), limit: NO_LIMIT.money },
    ] },
  { value: 'points_balance', label: word('campaignField.points_balance.label'), range: { kind: 'int', unit: U.points, limit: NO_LIMIT.points, max: NO_LIMIT.points }, def: () => ({ kind: 'points_balance', min: 1000, max: NO_LIMIT.points }),
    tip: word('campaignField.tip.pointsTheMemberHolds') },
  { value: 'tenure_months', label: word('campaignField.tenure_months.label'), range: { kind: 'int', unit: U.months, limit: NO_LIMIT.u32 }, def: () => ({ kind: 'tenure_months', min: 0, max: 12 }),
    tip: word('campaignField.tip.wholeMonthsSinceThe') },
  { value: 'birthday_this_month', label: word('campaignField.birthday_this_month.label'), def: () => ({ kind: 'birthday_this_month' }) },
  { value: 'joined_between', label: word('campaignField.joined_between.label'), def: (s) => ({ kind: 'joined_between', from_month: 0, to_month: Math.max(0, horizon(s) - 1) }),
    fields: [
      { path: 'from_month', kind: 'year', label: word('campaignField.from_month.label'), tip: word('campaignField.from_month.tip') },
      { path: 'to_month', kind: 'year', label: word('campaignField.to_month.label'), tip: word('campaignField.to_month.tip') },
    ] },
  { value: 'everyone', label: word('campaignField.everyone.label'), def: () => ({ kind: 'everyone' }) },
];
export const CONDITION = new Map(CONDITIONS.map((c) => [c.value, c]));
const simple = (c) => Boolean(c && typeof c === 'object' && CONDITION.has(c.kind));
export const row = (c) => simple(c) || (c?.kind === 'not' && simple(c.of));

export function rangeFields(cond) {
  if (cond.fields) return cond.fields;
  if (!cond.range) return [];
  const r = cond.range;
  return [
    { path: 'min', kind: r.kind, max: r.max, unit: r.unit, label: word('campaignField.min.label'), tip: cond.tip },
    { path: 'max', kind: r.kind, max: r.max, unit: r.unit, label: word('campaignField.max.label'), tip: word('campaignField.max.tip'), limit: r.limit },
  ];
}

// ----------------------------------------------------------- the scenario

export const horizon = (s) => Math.max(1, Number(s?.horizon?.months) || 36);
export const tierNames = (s) => (Array.isArray(s?.tiers?.levels) ? s.tiers.levels.map((l, i) => String(l?.name ?? i)) : []);
export const segmentNames = (s) => (Array.isArray(s?.population?.segments) ? s.population.segments.map((g) => String(g?.name ?? '')) : []);

export function monthLabel(s, m) {
  const y0 = Number(s?.horizon?.start_year) || 2026;
  const m0 = (Number(s?.horizon?.start_month) || 1) - 1;
  const k = y0 * 12 + m0 + Number(m);
  if (!Number.isFinite(k)) return '?';
  return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
}
