// The programme the page opens with (and Reset returns to): a three-tier ladder of the kind
// the domain brief describes — higher tiers earn more points, Gold members get a discount
// and a birthday gift, members fill in their profile for growth, points lapse after a year
// without activity — over the published CDNOW shoppers (BG/NBD and Gamma-Gamma fit).
// Its tier effects and goal gradient are example assumptions, marked as such in the editor,
// so the first screen shows what a programme adds instead of ¥0 and −100%. Small enough to
// re-run on every edit with a campaign or two added (run-size.js).
// Written as what it sets: every field it leaves out takes the core's default
// (Scenario::default(), the CDNOW segment among them), written in by engine.normalize
// before the page shows it (startup.js exampleProgramme).

export const DEFAULT_SCENARIO = {
  version: 1,
  name: '示例会员计划 · Example programme',
  population: {
    // 554k member-months over 36 months: about half the page's re-run budget.
    starting_members: 8000,
    new_members_per_month: 400,
  },
  growth: {
    behaviours: [{ name: '完善资料 Profile completion', growth_per_action: 20, actions_per_month: 0.2, once: true }],
  },
  tiers: {
    // Assumptions: Silver members drop out a tenth less often and buy 5% more often; Gold a
    // fifth and 10%, with a ¥1 a month birthday gift.
    levels: [
      { name: 'Regular', threshold: 0, keep_threshold: 0, redemption_per_month: 0.3 },
      { name: 'Silver', threshold: 100, keep_threshold: 100, earn_multiplier: 1.2, redemption_per_month: 0.3, dropout_reduction: 0.1, purchase_rate_uplift: 0.05 },
      { name: 'Gold', threshold: 300, keep_threshold: 300, earn_multiplier: 1.5, discount: 0.05, benefit_cost_per_month: 1, dropout_reduction: 0.2, purchase_rate_uplift: 0.1, redemption_per_month: 0.35 },
    ],
  },
  // Kivetz, Urminsky & Zheng (2006): members within a fifth of the next tier buy about 20% faster.
  goal_gradient: { within_share: 0.2, purchase_rate_uplift: 0.2 },
  points: { expiry: { kind: 'after_inactivity', months: 12 } },
};
