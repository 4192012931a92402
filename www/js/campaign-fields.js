// The definitions behind the campaign cards (campaign-editor.js): the fields of a campaign
// (name, hold-out, offer and its variants, schedule, costs and limits, response), the
// audience conditions the condition builder offers with their defaults and range fields,
// their bilingual labels and tips, and the small readers of the scenario (horizon, tier and
// segment names, month labels) that the defaults and notes use. Data and pure functions only.

export const L = (en, zh) => ({ en, zh });

/** "No upper limit" in a range condition: the largest value each field's type holds. */
export const NO_LIMIT = { u32: 4294967295, money: 1e12, points: Number.MAX_SAFE_INTEGER };

export const U = {
  currency: L('¥', '元'),
  perContact: L('¥ / contact', '元/人次'),
  perMonth: L('¥ / month', '元/月'),
  pointsPerMonth: L('points / month', '积分/月'),
  percent: L('%', '%'),
  days: L('days', '天'),
  offers: L('offers', '张/人'),
  points: L('points', '积分'),
  times: L('×', '倍'),
  purchases: L('purchases', '次'),
  months: L('months', '个月'),
};

// ------------------------------------------------------------------- fields

export const NAME = { path: 'name', kind: 'text', max: 100, label: L('Campaign name', '活动名称'), tip: L('A name you will recognise in the results. Renaming a campaign re-draws its control group.', '在复盘结果中显示的名称。改名会重新抽取对照组。') };
export const HOLDOUT = { path: 'holdout_share', kind: 'percent', def: 0.1, unit: U.percent, label: L('Hold-out (control group)', '对照组比例'), tip: L('Share of eligible members kept back as a control group (对照组) that never gets the offer, so the lift can be measured the way an analyst would. 0–90 %.', '符合条件的会员中留作对照组、不发券的比例，用于像分析师一样测算提升效果。0–90%。') };
export const GIVES_GROWTH = { path: 'gives_growth', kind: 'bool', label: L('Using the offer gives growth value', '用券计入成长值'), tip: L('Whether a purchase made with this offer earns growth value (成长值) towards the tiers. The playbook advises no: pay campaign rewards in points.', '用券消费是否计入成长值（影响升级）。建议关闭：活动奖励用积分发放。') };

export const OFFER = {
  path: 'offer', kind: 'union', tag: 'kind',
  label: L('Offer', '优惠类型'),
  tip: L('What the member gets. A purchase uses at most one offer: the first campaign in this list whose offer the member holds and chooses to use.', '会员得到什么。每笔消费最多用一张券：按列表顺序，第一个会员持有且选择使用的活动优惠。'),
  variants: [
    { value: 'amount_off', label: L('Amount off above a minimum spend (满X减Y)', '满减券（满X减Y）'), fields: [
      { path: 'min_spend', kind: 'number', def: 100, unit: U.currency, label: L('Minimum spend (满 X)', '使用门槛（满 X）'), tip: L('The purchase must come to at least this much for the coupon to apply.', '单笔消费满此金额才能用券。') },
      { path: 'amount', kind: 'number', def: 10, unit: U.currency, label: L('Amount off (减 Y)', '减免金额（减 Y）'), tip: L('Taken off the purchase; it is the coupon’s face value and its cost to you.', '从该笔消费中减去的金额，即券面值，也是你的成本。') },
    ] },
    { value: 'percent_off', label: L('Percent off, with a cap', '折扣券（有封顶）'), fields: [
      { path: 'percent', kind: 'percent', def: 0.1, unit: U.percent, label: L('Percent off', '优惠比例'), tip: L('Share taken off the purchase: 20 % off is 8折.', '按比例减价：减 20% 即 8 折。') },
      { path: 'cap', kind: 'number', def: 30, unit: U.currency, label: L('At most', '最高减免'), tip: L('The most one use can take off. Needed so the budget can be kept.', '单次使用最多减免的金额；需要封顶才能控制预算。') },
    ] },
    { value: 'points_multiplier', label: L('Points multiplier (积分加倍)', '积分加倍'), fields: [
      { path: 'multiplier', kind: 'number', def: 2, unit: U.times, label: L('Points ×', '积分倍数'), tip: L('The purchase’s points are multiplied by this (2 = double points). Above 1, at most 100.', '该笔消费的积分乘以此倍数（2 为双倍）；须大于 1，最多 100。') },
      { path: 'max_bonus_points', kind: 'int', def: 500, unit: U.points, label: L('Most extra points', '最多额外积分'), tip: L('The most extra points one use can give.', '单次最多额外赠送的积分。') },
    ] },
    { value: 'bonus_points', label: L('Bonus points', '赠送积分'), fields: [
      { path: 'points', kind: 'int', def: 200, unit: U.points, label: L('Bonus points', '赠送积分'), tip: L('Extra points with the next purchase. They cost you when redeemed (cost per point).', '下次消费时额外赠送的积分；被兑换时按每积分成本计入成本。') },
    ] },
    { value: 'gift', label: L('Gift', '赠品'), fields: [
      { path: 'cost', kind: 'number', def: 10, unit: U.currency, label: L('Gift cost', '赠品成本'), tip: L('What the gift handed over with the next purchase costs you.', '下次消费时赠送的礼品的成本。') },
    ] },
    { value: 'reward_discount', label: L('Points-for-reward discount', '积分兑换折扣'), fields: [
      { path: 'share', kind: 'percent', def: 0.5, unit: U.percent, label: L('Points off', '少扣积分'), tip: L('The next reward redeemed costs this share fewer points (50% = half the points).', '下次兑换礼品少扣的积分比例（50% 即半价兑换）。') },
    ] },
  ],
};

export const TRIGGERS = [
  { value: 'once', label: L('Once, in the start month', '单次（开始月）') },
  { value: 'every_month', label: L('Every month', '每月发放') },
  { value: 'on_joining', label: L('When a member joins (welcome pack)', '入会时（新人礼包）') },
  { value: 'birthday_month', label: L('In the member’s birthday month', '生日当月（生日券）') },
  { value: 'member_day', label: L('On member day (the 8th)', '会员日（每月 8 日）') },
  { value: 'entering_audience', label: L('When a member enters the audience', '进入目标人群时') },
];

export const SCHEDULE = [
  { path: 'schedule.trigger', kind: 'select', label: L('Sent', '发放方式'), tip: L('What sends an offer: once at the start; at the start of every month; with the first purchase (新人礼包); at the start of the birthday month (生日券); on member day (会员日); or when a member newly meets the audience, e.g. becomes dormant.', '何时发券：开始月发一次；每月初；入会首单时（新人礼包）；生日月初（生日券）；会员日；或会员刚进入目标人群时（如刚变为沉默）。'), options: TRIGGERS },
  { path: 'schedule.start_month', kind: 'int', def: 0, label: L('From month', '开始月'), tip: L('First month the campaign runs, as a month number: 0 is the first simulated month.', '活动开始的月份序号：0 为模拟的第一个月。') },
  { path: 'schedule.end_month', kind: 'int', def: 119, label: L('To month', '结束月'), tip: L('Last month the campaign runs, included. It may go past the horizon.', '活动最后一个月（含）；可以超出模拟周期。') },
  { path: 'schedule.validity_days', kind: 'int', def: 30, unit: U.days, label: L('Valid for', '有效期'), tip: L('How many days an offer can be used after it is sent.', '券发出后可使用的天数。') },
];

export const LIMITS = [
  { path: 'limits.contact_cost', kind: 'number', def: 0, unit: U.perContact, label: L('Contact cost', '触达成本'), tip: L('What reaching one member costs (SMS, push, mail). Counted for every offer sent, used or not.', '触达一位会员的成本（短信、推送等），每发一张券都计入，无论是否使用。') },
  { path: 'limits.per_member_limit', kind: 'int', def: 0, unit: U.offers, label: L('Per-member limit', '每人限领'), tip: L('Offers one member may receive from this campaign in all. 0 = no limit.', '每位会员在本活动中最多收到的券数；0 表示不限。') },
  { path: 'limits.budget_per_month', kind: 'number', def: 0, unit: U.perMonth, label: L('Budget per month', '每月预算'), tip: L('Money the offers sent in one month may commit at most (contacts, and the face value and gifts of offers used). 0 = no limit. It is never exceeded: when it runs out, the members who joined first are served.', '单月发出的券最多可占用的金额（触达成本及已使用券的面值、赠品）。0 表示不限。预算绝不超支：用完时按入会先后优先发放。') },
  { path: 'limits.budget_total', kind: 'number', def: 0, unit: U.currency, label: L('Total budget', '总预算'), tip: L('Money the campaign may commit in all, spread evenly over its months. 0 = no limit.', '整个活动最多可占用的金额，平均分摊到各月。0 表示不限。') },
  { path: 'limits.points_budget_per_month', kind: 'int', def: 0, unit: U.pointsPerMonth, label: L('Points budget per month', '每月积分预算'), tip: L('Bonus points the offers sent in one month may commit at most. 0 = no limit.', '单月发出的券最多可赠送的积分。0 表示不限。') },
  { path: 'limits.points_budget_total', kind: 'int', def: 0, unit: U.points, label: L('Points budget in all', '积分总预算'), tip: L('Bonus points the campaign may commit in all, spread evenly over its months. 0 = no limit.', '活动总共可赠送的积分，平均分摊到各月。0 表示不限。') },
];

export const RESPONSE = [
  { path: 'response.purchase_rate_uplift', kind: 'percent', def: 0, unit: U.percent, label: L('Buy more often while holding it', '持券期间消费频次提升'), tip: L('Your assumption: how much more often a member buys while holding the offer (30 % = 1.3 times as often). 0–1000 %.', '你的假设：会员持券期间的消费频次提高多少（30% 即为原来的 1.3 倍）。0–1000%。') },
  { path: 'response.dropout_reduction', kind: 'percent', def: 0, unit: U.percent, label: L('Less likely to drop out', '流失率降低'), tip: L('Your assumption: how much receiving the offer lowers the chance of stopping for good after a purchase, while it is held (20 % = a fifth less likely).', '你的假设：持券期间，会员每次消费后永久流失的概率降低多少（20% 即降低五分之一）。') },
  { path: 'response.usage_share', kind: 'percent', def: 0, unit: U.percent, label: L('Use it when it applies', '用券率'), tip: L('Your assumption: on the purchases the offer applies to, how often the member actually uses it (核销). Coupons used on purchases that would have happened anyway cost you without adding sales.', '你的假设：在可用券的消费中，会员实际用券（核销）的比例。用在本来就会发生的消费上的券只有成本、没有增量。') },
];

// --------------------------------------------------------------- conditions

export const STAGES = ['introduction', 'growth', 'maturity', 'dormant', 'churned'];

/** The audience conditions the builder edits, with their fields and defaults. */
export const CONDITIONS = [
  { value: 'stage', label: L('Lifecycle stage', '生命周期阶段'), list: 'stages', def: () => ({ kind: 'stage', stages: ['dormant'] }) },
  { value: 'tier', label: L('Tier', '会员等级'), list: 'tiers', def: (s) => ({ kind: 'tier', tiers: [Math.max(0, tierNames(s).length - 1)] }) },
  { value: 'segment', label: L('Segment', '用户分层'), list: 'segments', def: (s) => ({ kind: 'segment', segments: segmentNames(s).slice(0, 1) }) },
  { value: 'days_since_last_purchase', label: L('Days since last purchase', '距上次消费天数'), range: { kind: 'int', unit: U.days, limit: NO_LIMIT.u32 }, def: () => ({ kind: 'days_since_last_purchase', min: 30, max: 60 }),
    tip: L('Recency: days since the member’s last purchase, both ends included (30–60 takes day 30 and day 60).', '最近一次消费距今的天数，含两端（30–60 包括第 30 天和第 60 天）。') },
  { value: 'purchases', label: L('Purchases so far', '累计消费次数'), range: { kind: 'int', unit: U.purchases, limit: NO_LIMIT.u32 }, def: () => ({ kind: 'purchases', min: 3, max: NO_LIMIT.u32 }),
    tip: L('Purchases so far, the first included.', '累计消费次数（含首单）。') },
  { value: 'total_spend', label: L('Total spend so far', '累计消费金额'), range: { kind: 'number', unit: U.currency, limit: NO_LIMIT.money }, def: () => ({ kind: 'total_spend', min: 500, max: NO_LIMIT.money }),
    tip: L('Everything the member has spent so far.', '会员至今的累计消费金额。') },
  { value: 'trailing_spend', label: L('Spend in the last months', '近 N 个月消费'), def: () => ({ kind: 'trailing_spend', months: 3, min: 300, max: NO_LIMIT.money }),
    fields: [
      { path: 'months', kind: 'int', max: 12, unit: U.months, label: L('Last months', '最近月数'), tip: L('How many whole months back to add up (1–12).', '向前累计的整月数（1–12）。') },
      { path: 'min', kind: 'number', unit: U.currency, label: L('From', '从'), tip: L('Spend in those months, after discounts.', '这些月份内的实付消费金额。') },
      { path: 'max', kind: 'number', unit: U.currency, label: L('to', '到'), tip: L('Upper end, included. Leave empty for no limit.', '上限（含）；留空表示不限。'), limit: NO_LIMIT.money },
    ] },
  { value: 'points_balance', label: L('Points balance', '积分余额'), range: { kind: 'int', unit: U.points, limit: NO_LIMIT.points, max: NO_LIMIT.points }, def: () => ({ kind: 'points_balance', min: 1000, max: NO_LIMIT.points }),
    tip: L('Points the member holds now.', '会员当前持有的积分。') },
  { value: 'tenure_months', label: L('Months since joining', '入会月数'), range: { kind: 'int', unit: U.months, limit: NO_LIMIT.u32 }, def: () => ({ kind: 'tenure_months', min: 0, max: 12 }),
    tip: L('Whole months since the member joined.', '会员入会至今的整月数。') },
  { value: 'birthday_this_month', label: L('Birthday this month', '本月生日'), def: () => ({ kind: 'birthday_this_month' }) },
  { value: 'joined_between', label: L('Joined between months', '入会月份区间'), def: (s) => ({ kind: 'joined_between', from_month: 0, to_month: Math.max(0, horizon(s) - 1) }),
    fields: [
      { path: 'from_month', kind: 'year', label: L('Joined from month', '入会起始月'), tip: L('Month number: 0 is the first simulated month; members who joined during warm-up have negative numbers.', '月份序号：0 为模拟第一个月；预热期入会的会员为负数。') },
      { path: 'to_month', kind: 'year', label: L('to month', '至'), tip: L('Last joining month, included.', '入会截止月份（含）。') },
    ] },
  { value: 'everyone', label: L('Everyone', '全部会员'), def: () => ({ kind: 'everyone' }) },
];
export const CONDITION = new Map(CONDITIONS.map((c) => [c.value, c]));
const simple = (c) => Boolean(c && typeof c === 'object' && CONDITION.has(c.kind));
export const row = (c) => simple(c) || (c?.kind === 'not' && simple(c.of));

export function rangeFields(cond) {
  if (cond.fields) return cond.fields;
  if (!cond.range) return [];
  const r = cond.range;
  return [
    { path: 'min', kind: r.kind, max: r.max, unit: r.unit, label: L('From', '从'), tip: cond.tip },
    { path: 'max', kind: r.kind, max: r.max, unit: r.unit, label: L('to', '到'), tip: L('Upper end, included. Leave empty for no limit.', '上限（含）；留空表示不限。'), limit: r.limit },
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
