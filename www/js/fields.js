// The scenario's fields as the editor shows them: JSON path, kind, unit and tooltip (in
// the planner's words, as keys of the core's words in src/words/page). A variant's fields
// carry `def`, the value they start at when the planner picks that variant; what a
// scenario's missing fields default to is the core's (engine.normalize writes it in). The ranges checked here are only
// some of the core's limits (limits.js, from src/scenario/limits.rs), for whole numbers typed
// in; everything else is checked by the WASM `validate`, whose messages appear beside the
// same fields.
//
// Kinds: text, int (whole number ≥ 0), year (whole number, may be negative), number,
// percent (a share stored as 0–1, shown as 0–100 %), bool, select, month (1–12). An
// `optional` field may be left empty (stored as null); `blank` says what empty means.

import { t, word } from './i18n.js';
import { NAME_CHARS, listLimits, wholeEnds, MOST_REFERRALS_PER_MONTH } from './limits.js';

const UNITS = {
  members: word('field.units.members'),
  perMonth: word('field.units.perMonth'),
  months: word('field.units.months'),
  days: word('field.units.days'),
  currency: word('field.units.currency'),
  perCurrency: word('field.units.perCurrency'),
  percent: word('field.units.percent'),
  growth: word('field.units.growth'),
  points: word('field.units.points'),
  times: word('field.units.times'),
  purchases: word('field.units.purchases'),
  perMonthShort: word('field.units.perMonthShort'),
  currencyPerMonth: word('field.units.currencyPerMonth'),
  weeks: word('field.units.weeks'),
  cv: word('field.units.cv'),
};

/** Top-level fields, by section. `path` is relative to the scenario. */
export const SECTIONS = [
  {
    id: 'horizon',
    title: word('field.title'),
    fields: [
      { path: 'name', kind: 'text', label: word('field.name.label'), tip: word('field.name.tip'), max: NAME_CHARS },
      { path: 'horizon.months', kind: 'int', ...wholeEnds('horizon.months'), unit: UNITS.months, label: word('field.horizon.months.label'), tip: word('field.horizon.months.tip'), slider: [6, wholeEnds('horizon.months').max, 6] },
      { path: 'horizon.start_year', kind: 'year', ...wholeEnds('horizon.start_year'), label: word('field.horizon.start_year.label'), tip: word('field.horizon.start_year.tip') },
      { path: 'horizon.start_month', kind: 'month', label: word('field.horizon.start_month.label'), tip: word('field.horizon.start_month.tip') },
      { path: 'horizon.seed', kind: 'int', max: Number.MAX_SAFE_INTEGER, label: word('field.horizon.seed.label'), tip: word('field.horizon.seed.tip') },
    ],
  },
  {
    id: 'population',
    title: word('field.title.population'),
    fields: [
      { path: 'population.starting_members', kind: 'int', ...wholeEnds('population.starting_members'), unit: UNITS.members, label: word('field.population.starting_members.label'), tip: word('field.population.starting_members.tip'), slider: [0, 200000, 1000] },
      { path: 'population.new_members_per_month', kind: 'number', unit: UNITS.perMonth, label: word('field.population.new_members_per_month.label'), tip: word('field.population.new_members_per_month.tip'), slider: [0, 10000, 100] },
      { path: 'population.acquisition_growth_per_month', kind: 'percent', unit: word('field.population.acquisition_growth_per_month.unit'), label: word('field.population.acquisition_growth_per_month.label'), tip: word('field.population.acquisition_growth_per_month.tip') },
      {
        path: 'population.history', kind: 'union', tag: 'kind',
        label: word('field.label'),
        tip: word('field.tip'),
        variants: [
          { value: 'new_programme', label: word('field.new_programme.label'), fields: [] },
          { value: 'existing_programme', label: word('field.existing_programme.label'), fields: [
            { path: 'warmup_months', kind: 'int', ...wholeEnds('population.history.warmup_months'), def: 24, unit: UNITS.months, label: word('field.warmup_months.label'), tip: word('field.warmup_months.tip') },
          ] },
        ],
      },
    ],
  },
  {
    id: 'lifecycle',
    title: word('field.title.lifecycleStages'),
    fields: [
      { path: 'lifecycle.active_window_days', kind: 'int', unit: UNITS.days, label: word('field.lifecycle.active_window_days.label'), tip: word('field.lifecycle.active_window_days.tip') },
      { path: 'lifecycle.churned_after_days', kind: 'int', unit: UNITS.days, label: word('field.lifecycle.churned_after_days.label'), tip: word('field.lifecycle.churned_after_days.tip') },
      { path: 'lifecycle.maturity_purchases', kind: 'int', unit: UNITS.purchases, label: word('field.lifecycle.maturity_purchases.label'), tip: word('field.lifecycle.maturity_purchases.tip') },
      { path: 'lifecycle.maturity_spend', kind: 'number', unit: UNITS.currency, label: word('field.lifecycle.maturity_spend.label'), tip: word('field.lifecycle.maturity_spend.tip') },
    ],
  },
  {
    id: 'growth',
    title: word('field.title.growthValue'),
    fields: [
      { path: 'growth.per_currency_unit', kind: 'number', unit: word('field.growth.per_currency_unit.unit'), label: word('field.growth.per_currency_unit.label'), tip: word('field.growth.per_currency_unit.tip'), slider: [0, 5, 0.1] },
      { path: 'growth.behaviour_cap_per_month', kind: 'int', unit: word('field.growth.behaviour_cap_per_month.unit'), label: word('field.growth.behaviour_cap_per_month.label'), tip: word('field.growth.behaviour_cap_per_month.tip') },
      { path: 'growth.campaign_rewards_give_growth', kind: 'bool', label: word('field.growth.campaign_rewards_give_growth.label'), tip: word('field.growth.campaign_rewards_give_growth.tip') },
    ],
    table: {
      path: 'growth.behaviours',
      title: word('field.title.behavioursThatEarnGrowth'),
      empty: word('field.empty'),
      ...listLimits('growth.behaviours'),
      columns: [
        { path: 'name', kind: 'text', max: NAME_CHARS, label: word('field.name.label.behaviour'), tip: word('field.name.tip.eGDailySign') },
        { path: 'growth_per_action', kind: 'int', unit: UNITS.growth, label: word('field.growth_per_action.label'), tip: word('field.growth_per_action.tip') },
        { path: 'actions_per_month', kind: 'number', unit: word('field.actions_per_month.unit'), label: word('field.actions_per_month.label'), tip: word('field.actions_per_month.tip') },
        { path: 'once', kind: 'bool', label: word('field.once.label'), tip: word('field.once.tip') },
      ],
      newRow: (rows) => ({ name: uniqueName(rows, 'field.newRow.behaviour'), growth_per_action: 5, actions_per_month: 4, once: false }),
    },
  },
  {
    id: 'tiers',
    title: word('field.title.tiers'),
    note: word('field.note'),
    fields: [
      { path: 'tiers.basis', kind: 'select', label: word('field.tiers.basis.label'), tip: word('field.tiers.basis.tip'), options: [
        { value: 'lifetime', label: word('field.lifetime.label') },
        { value: 'rolling_12_months', label: word('field.rolling_12_months.label') },
        { value: 'calendar_year', label: word('field.calendar_year.label') },
        { value: 'membership_year', label: word('field.membership_year.label') },
      ] },
      { path: 'tiers.downgrade', kind: 'select', label: word('field.tiers.downgrade.label'), tip: word('field.tiers.downgrade.tip'), options: [
        { value: 'none', label: word('field.none.label') },
        { value: 'one_tier', label: word('field.one_tier.label') },
        { value: 'to_qualified_tier', label: word('field.to_qualified_tier.label') },
      ] },
      { path: 'tiers.grace_months', kind: 'int', unit: UNITS.months, label: word('field.tiers.grace_months.label'), tip: word('field.tiers.grace_months.tip') },
    ],
    table: {
      path: 'tiers.levels',
      title: word('field.title.tierLadderEntryTier'),
      empty: word('field.empty.addAtLeastOne'),
      ...listLimits('tiers.levels'),
      columns: [
        { path: 'name', kind: 'text', max: NAME_CHARS, label: word('field.name.label.tier'), tip: word('field.name.tip.eGRegularSilver') },
        { path: 'threshold', kind: 'int', unit: UNITS.growth, label: word('field.threshold.label'), tip: word('field.threshold.tip'), slider: [0, 50000, 50] },
        { path: 'keep_threshold', kind: 'int', unit: UNITS.growth, label: word('field.keep_threshold.label'), tip: word('field.keep_threshold.tip'), slider: [0, 50000, 50] },
        { path: 'earn_multiplier', kind: 'number', unit: word('field.earn_multiplier.unit'), label: word('field.earn_multiplier.label'), tip: word('field.earn_multiplier.tip'), slider: [1, 5, 0.1] },
        { path: 'discount', kind: 'percent', unit: UNITS.percent, label: word('field.discount.label'), tip: word('field.discount.tip'), slider: [0, 0.3, 0.01] },
      ],
      details: [
        { path: 'benefit_cost_per_month', kind: 'number', unit: UNITS.currencyPerMonth, label: word('field.benefit_cost_per_month.label'), tip: word('field.benefit_cost_per_month.tip') },
        { assumption: true, path: 'dropout_reduction', kind: 'percent', unit: UNITS.percent, label: word('field.dropout_reduction.label'), tip: word('field.dropout_reduction.tip'), slider: [0, 0.9, 0.05] },
        { assumption: true, path: 'purchase_rate_uplift', kind: 'percent', unit: UNITS.percent, label: word('field.purchase_rate_uplift.label'), tip: word('field.purchase_rate_uplift.tip'), slider: [0, 1, 0.05] },
        { path: 'redemption_per_month', kind: 'percent', unit: word('field.population.acquisition_growth_per_month.unit'), label: word('field.redemption_per_month.label'), tip: word('field.redemption_per_month.tip') },
      ],
      newRow: (rows) => {
        const last = rows[rows.length - 1];
        const threshold = last ? Math.max(100, Math.round((Number(last.threshold) || 0) * 2)) : 0;
        // A new tier earns and discounts as the one below it, with no benefits of its own yet.
        return {
          name: uniqueName(rows, 'field.newRow.tier'), threshold, keep_threshold: threshold,
          earn_multiplier: last ? Number(last.earn_multiplier) || 1 : 1, discount: last ? Number(last.discount) || 0 : 0,
          benefit_cost_per_month: 0, dropout_reduction: 0, purchase_rate_uplift: 0,
          redemption_per_month: last ? Number(last.redemption_per_month) || 0.3 : 0.3,
        };
      },
    },
  },
  {
    id: 'goal_gradient',
    title: word('field.title.goalGradient'),
    note: word('field.note.membersCloseToThe'),
    fields: [
      { path: 'goal_gradient.within_share', kind: 'percent', unit: word('field.goal_gradient.within_share.unit'), label: word('field.goal_gradient.within_share.label'), tip: word('field.goal_gradient.within_share.tip') },
      { assumption: true, path: 'goal_gradient.purchase_rate_uplift', kind: 'percent', unit: UNITS.percent, label: word('field.goal_gradient.purchase_rate_uplift.label'), tip: word('field.goal_gradient.purchase_rate_uplift.tip') },
    ],
  },
  {
    id: 'points',
    title: word('field.title.pointsAndRewards'),
    fields: [
      { path: 'points.per_currency_unit', kind: 'number', unit: word('field.points.per_currency_unit.unit'), label: word('field.points.per_currency_unit.label'), tip: word('field.points.per_currency_unit.tip'), slider: [0, 10, 0.5] },
      { path: 'points.pending_months', kind: 'int', unit: UNITS.months, label: word('field.points.pending_months.label'), tip: word('field.points.pending_months.tip') },
      {
        path: 'points.expiry', kind: 'union', tag: 'kind',
        label: word('field.label.pointsExpire'),
        tip: word('field.tip.whenUnredeemedPointsLapse'),
        variants: [
          { value: 'never', label: word('field.never.label'), fields: [] },
          { value: 'months_after_earning', label: word('field.months_after_earning.label'), fields: [
            { path: 'months', kind: 'int', def: 12, unit: UNITS.months, label: word('field.months.label'), tip: word('field.months.tip') },
          ] },
          { value: 'end_of_next_year', label: word('field.end_of_next_year.label'), fields: [] },
          { value: 'after_inactivity', label: word('field.after_inactivity.label'), fields: [
            { path: 'months', kind: 'int', def: 12, unit: UNITS.months, label: word('field.months.label.inactiveFor'), tip: word('field.months.tip.theWholeBalanceExpires') },
          ] },
        ],
      },
      { path: 'points.cost_per_point', kind: 'number', optional: true, blank: word('field.points.cost_per_point.blank'), unit: word('field.points.cost_per_point.unit'), label: word('field.points.cost_per_point.label'), tip: word('field.points.cost_per_point.tip'), slider: [0, 0.1, 0.001] },
    ],
    table: {
      path: 'points.rewards',
      title: word('field.title.pointsMall'),
      empty: word('field.empty.noRewardsPointsCan'),
      ...listLimits('points.rewards'),
      columns: [
        { path: 'name', kind: 'text', max: NAME_CHARS, label: word('field.name.label.reward'), tip: word('field.name.tip.whatMembersGet') },
        { path: 'points', kind: 'int', unit: UNITS.points, label: word('field.points.label'), tip: word('field.points.tip') },
        { path: 'cash', kind: 'number', unit: UNITS.currency, label: word('field.cash.label'), tip: word('field.cash.tip') },
        { path: 'cost', kind: 'number', unit: UNITS.currency, label: word('field.cost.label'), tip: word('field.cost.tip') },
      ],
      newRow: (rows) => ({ name: uniqueName(rows, 'field.newRow.reward'), points: 1000, cash: 0, cost: 10 }),
    },
  },
];

// Campaigns (活动): the section's body is drawn by campaign-editor.js.
SECTIONS.push({
  id: 'campaigns',
  title: word('field.title.campaigns'),
  note: word('field.note.eachCampaignSValue'),
  fields: [],
});

SECTIONS.push({
  id: 'referral',
  title: word('field.title.referral'),
  note: word('field.note.membersWhoAreStill'),
  fields: [
    { path: 'referral.referrals_per_month', kind: 'number', unit: word('field.referral.referrals_per_month.unit'), label: word('field.referral.referrals_per_month.label'), tip: word('field.referral.referrals_per_month.tip'), slider: [0, MOST_REFERRALS_PER_MONTH, 0.005] },
    { path: 'referral.referrer_points', kind: 'int', unit: UNITS.points, label: word('field.referral.referrer_points.label'), tip: word('field.referral.referrer_points.tip') },
    { path: 'referral.referrer_cost', kind: 'number', unit: UNITS.currency, label: word('field.referral.referrer_cost.label'), tip: word('field.referral.referrer_cost.tip') },
    { path: 'referral.new_member_points', kind: 'int', unit: UNITS.points, label: word('field.referral.new_member_points.label'), tip: word('field.referral.new_member_points.tip') },
    { path: 'referral.new_member_cost', kind: 'number', unit: UNITS.currency, label: word('field.referral.new_member_cost.label'), tip: word('field.referral.new_member_cost.tip') },
  ],
});

SECTIONS.push({
  id: 'economics',
  title: word('field.title.valueOfTheProgramme'),
  note: word('field.note.theProgrammeSValue'),
  fields: [
    { path: 'economics.gross_margin', kind: 'percent', unit: UNITS.percent, label: word('field.economics.gross_margin.label'), tip: word('field.economics.gross_margin.tip'), slider: [0, 0.9, 0.01] },
  ],
});

/** The segments list (population.segments): edited as cards with the behaviour model. */
export const SEGMENTS = {
  path: 'population.segments',
  title: word('field.segments.title'),
  empty: word('field.segments.empty'),
  ...listLimits('population.segments'),
  fields: [
    { path: 'name', kind: 'text', max: NAME_CHARS, label: word('field.name.label.segment'), tip: word('field.name.tip.aGroupOfMembers') },
    { path: 'share', kind: 'percent', unit: UNITS.percent, label: word('field.share.label'), tip: word('field.share.tip') },
  ],
  newRow: (rows) => ({
    name: uniqueName(rows, 'field.newRow.segment'),
    share: 0,
    behaviour: { form: 'planner', purchases_per_month: 1, purchase_rate_spread: 1, lost_per_year: 0.3, average_order_value: 100, order_value_spread: 0.5 },
  }),
};

/** A segment's behaviour in the planner's words (behaviour.form = "planner"). */
export const PLANNER_FIELDS = [
  { path: 'purchases_per_month', kind: 'number', unit: word('field.actions_per_month.unit'), label: word('field.purchases_per_month.label'), tip: word('field.purchases_per_month.tip') },
  { path: 'purchase_rate_spread', kind: 'number', unit: UNITS.cv, label: word('field.purchase_rate_spread.label'), tip: word('field.purchase_rate_spread.tip') },
  { path: 'lost_per_year', kind: 'percent', unit: word('field.lost_per_year.unit'), label: word('field.lost_per_year.label'), tip: word('field.lost_per_year.tip') },
  { path: 'average_order_value', kind: 'number', unit: UNITS.currency, label: word('field.average_order_value.label'), tip: word('field.average_order_value.tip') },
  { path: 'order_value_spread', kind: 'number', unit: UNITS.cv, label: word('field.order_value_spread.label'), tip: word('field.order_value_spread.tip') },
  { path: 'dropout_concentration', kind: 'number', label: word('field.dropout_concentration.label'), tip: word('field.dropout_concentration.tip') },
  { path: 'spend_rate_shape', kind: 'number', label: word('field.spend_rate_shape.label'), tip: word('field.spend_rate_shape.tip') },
];

/** The same behaviour in the papers' symbols (behaviour.form = "model"). */
export const MODEL_FIELDS = [
  { path: 'purchases.r', kind: 'number', label: word('field.purchases.r.label'), tip: word('field.purchases.r.tip') },
  { path: 'purchases.alpha', kind: 'number', unit: UNITS.weeks, label: word('field.purchases.alpha.label'), tip: word('field.purchases.alpha.tip') },
  { path: 'purchases.a', kind: 'number', label: word('field.purchases.a.label'), tip: word('field.purchases.a.tip') },
  { path: 'purchases.b', kind: 'number', label: word('field.purchases.b.label'), tip: word('field.purchases.b.tip') },
  { path: 'spend.p', kind: 'number', label: word('field.spend.p.label'), tip: word('field.spend.p.tip') },
  { path: 'spend.q', kind: 'number', label: word('field.spend.q.label'), tip: word('field.spend.q.tip') },
  { path: 'spend.gamma', kind: 'number', label: word('field.spend.gamma.label'), tip: word('field.spend.gamma.tip') },
];

function uniqueName(rows, key) {
  const base = t(key);
  const taken = new Set(rows.map((r) => r && r.name));
  for (let i = rows.length + 1; ; i++) {
    const name = `${base} ${i}`;
    if (!taken.has(name)) return name;
  }
}

/** Every field definition with its absolute path pattern (`*` for a list index). */
export function allFields() {
  const out = [];
  for (const s of SECTIONS) {
    for (const f of s.fields) {
      out.push({ ...f, pattern: f.path });
      if (f.kind === 'union') for (const v of f.variants) for (const g of v.fields) out.push({ ...g, pattern: `${f.path}.${g.path}` });
    }
    if (s.table) for (const c of [...s.table.columns, ...(s.table.details || [])]) out.push({ ...c, pattern: `${s.table.path}.*.${c.path}`, table: s.table });
  }
  for (const f of SEGMENTS.fields) out.push({ ...f, pattern: `${SEGMENTS.path}.*.${f.path}`, table: SEGMENTS });
  for (const f of PLANNER_FIELDS) out.push({ ...f, pattern: `${SEGMENTS.path}.*.behaviour.${f.path}`, table: SEGMENTS });
  for (const f of MODEL_FIELDS) out.push({ ...f, pattern: `${SEGMENTS.path}.*.behaviour.${f.path}`, table: SEGMENTS });
  return out;
}

/** Functions path → definition for fields that depend on the scenario (campaign audiences); asked first. */
export const FIELD_RESOLVERS = [];

/** The field definition for a concrete dotted path (`tiers.levels.2.threshold`), if any. */
export function fieldFor(path) {
  for (const resolve of FIELD_RESOLVERS) {
    const def = resolve(path);
    if (def) return def;
  }
  const generic = path.replace(/\.\d+(?=\.|$)/g, '.*');
  return allFields().find((f) => f.pattern === generic) || null;
}
