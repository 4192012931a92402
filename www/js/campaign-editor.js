// The campaigns (活动) of the scenario editor, as cards: name; the audience as a small
// condition builder (a flat list of conditions, each optionally excluded, combined with
// "all" or "any"; deeper nesting is shown and left to the JSON panel); the hold-out share;
// the offer and its fields; the schedule; costs and limits; and the response, shown as the
// planner's own assumptions. Seed campaigns come from the WASM (`campaign_presets_json`).
// Functions over the Editor, which owns the scenario, the fields and the problems.

import { h, icon, $, $$ } from './dom.js';
import { t, tr, bilingualName, isZh } from './i18n.js';
import { FIELD_RESOLVERS } from './fields.js';
import { getAt, setAt, clone } from './paths.js';
import { plain } from './format.js';

const L = (en, zh) => ({ en, zh });

/** Campaign limits from docs/scenario.md. */
export const MAX_CAMPAIGNS = 20;
/** "No upper limit" in a range condition: the largest value each field's type holds. */
const NO_LIMIT = { u32: 4294967295, money: 1e12, points: Number.MAX_SAFE_INTEGER };

const U = {
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

const TEXT = {
  empty: L('No campaigns yet. Add a seed campaign — welcome pack, birthday coupon, member day, win-back, reactivation — or start a new one.', '还没有活动。可从种子活动添加（新人礼包、生日券、会员日、流失挽回、沉默唤醒），或新建一个。'),
  count: L('{n} of at most {max} campaigns', '{n} 个活动（最多 {max} 个）'),
  seedMenu: L('Add a seed campaign…', '添加种子活动…'),
  seedTitle: L('The seeds’ campaigns, ready to adapt: welcome pack, birthday coupon, member day, the fresh-food win-back rule, reactivation of dormant members', '种子活动，可直接改用：新人礼包、生日券、会员日、生鲜连锁流失挽回规则、沉默会员唤醒'),
  newCampaign: L('New campaign', '新建活动'),
  duplicate: L('Duplicate', '复制'),
  copy: L('copy', '副本'),
  who: L('Who gets it', '发给谁'),
  what: L('What they get', '优惠内容'),
  when: L('When', '发放时间'),
  limits: L('Costs and limits', '成本与限额'),
  assumptions: L('Your assumptions', '你的假设'),
  assumptionsNote: L('Not results: the simulation takes these as given and measures what they add. Change them to see how much the campaign’s value depends on them.', '这些不是结果：模拟按你的假设执行，再测算活动带来的增量。调整它们可以看出活动价值对假设有多敏感。'),
  assumptionTag: L('assumption', '假设'),
  everyone: L('Everyone: every member is eligible. Add a condition to narrow the audience.', '全部会员：所有会员都符合条件。添加条件以缩小人群。'),
  matchAll: L('all of these conditions', '以下全部条件'),
  matchAny: L('any of these conditions', '以下任一条件'),
  matchLead: L('Members who meet', '满足'),
  matchTip: L('All: a member must meet every condition (and). Any: one is enough (or).', '全部：会员须同时满足每个条件（且）。任一：满足其中一个即可（或）。'),
  addCondition: L('Add a condition', '添加条件'),
  exclude: L('Exclude', '排除'),
  excludeTip: L('Tick to exclude the members who meet this condition (not).', '勾选后排除满足此条件的会员（非）。'),
  removeCondition: L('Remove this condition', '删除此条件'),
  conditionKind: L('Condition', '条件'),
  nested: L('This audience nests conditions deeper than the form shows. It is kept as it is; edit it in “Scenario as JSON” below.', '该人群的条件嵌套层级超出表单可显示的范围，将保持原样；请在下方“方案 JSON”中编辑。'),
  openJson: L('Open the JSON', '打开 JSON'),
  noLimit: L('no limit', '不限'),
  from: L('from', '从'),
  to: L('to', '到'),
  noneTicked: L('Nothing ticked: nobody is eligible.', '未勾选任何项：没有会员符合条件。'),
  missing: L('(not in this scenario)', '（本方案中不存在）'),
  growthOff: L('The programme does not let campaign rewards give growth (Growth value section), so this has no effect.', '本方案不允许活动奖励计入成长值（见“成长值”一节），因此此项不起作用。'),
  scheduleNote: L('Month 0 is {first}. This campaign runs {from} to {to}; the horizon ends {last}.', '第 0 个月为 {first}。本活动从 {from} 到 {to}；模拟周期到 {last} 结束。'),
  scheduleAfter: L('It starts after the horizon ends ({last}): it would never run.', '开始月晚于模拟周期结束（{last}），活动不会执行。'),
  memberDay: L('Member day is the 8th of each month.', '会员日为每月 8 日。'),
};

// ------------------------------------------------------------------- fields

const NAME = { path: 'name', kind: 'text', max: 100, label: L('Campaign name', '活动名称'), tip: L('A name you will recognise in the results. Renaming a campaign re-draws its control group.', '在复盘结果中显示的名称。改名会重新抽取对照组。') };
const HOLDOUT = { path: 'holdout_share', kind: 'percent', def: 0.1, unit: U.percent, label: L('Hold-out (control group)', '对照组比例'), tip: L('Share of eligible members kept back as a control group (对照组) that never gets the offer, so the lift can be measured the way an analyst would. 0–90 %.', '符合条件的会员中留作对照组、不发券的比例，用于像分析师一样测算提升效果。0–90%。') };
const GIVES_GROWTH = { path: 'gives_growth', kind: 'bool', label: L('Using the offer gives growth value', '用券计入成长值'), tip: L('Whether a purchase made with this offer earns growth value (成长值) towards the tiers. The playbook advises no: pay campaign rewards in points.', '用券消费是否计入成长值（影响升级）。建议关闭：活动奖励用积分发放。') };

const OFFER = {
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

const TRIGGERS = [
  { value: 'once', label: L('Once, in the start month', '单次（开始月）') },
  { value: 'every_month', label: L('Every month', '每月发放') },
  { value: 'on_joining', label: L('When a member joins (welcome pack)', '入会时（新人礼包）') },
  { value: 'birthday_month', label: L('In the member’s birthday month', '生日当月（生日券）') },
  { value: 'member_day', label: L('On member day (the 8th)', '会员日（每月 8 日）') },
  { value: 'entering_audience', label: L('When a member enters the audience', '进入目标人群时') },
];

const SCHEDULE = [
  { path: 'schedule.trigger', kind: 'select', label: L('Sent', '发放方式'), tip: L('What sends an offer: once at the start; at the start of every month; with the first purchase (新人礼包); at the start of the birthday month (生日券); on member day (会员日); or when a member newly meets the audience, e.g. becomes dormant.', '何时发券：开始月发一次；每月初；入会首单时（新人礼包）；生日月初（生日券）；会员日；或会员刚进入目标人群时（如刚变为沉默）。'), options: TRIGGERS },
  { path: 'schedule.start_month', kind: 'int', def: 0, label: L('From month', '开始月'), tip: L('First month the campaign runs, as a month number: 0 is the first simulated month.', '活动开始的月份序号：0 为模拟的第一个月。') },
  { path: 'schedule.end_month', kind: 'int', def: 119, label: L('To month', '结束月'), tip: L('Last month the campaign runs, included. It may go past the horizon.', '活动最后一个月（含）；可以超出模拟周期。') },
  { path: 'schedule.validity_days', kind: 'int', def: 30, unit: U.days, label: L('Valid for', '有效期'), tip: L('How many days an offer can be used after it is sent.', '券发出后可使用的天数。') },
];

const LIMITS = [
  { path: 'limits.contact_cost', kind: 'number', def: 0, unit: U.perContact, label: L('Contact cost', '触达成本'), tip: L('What reaching one member costs (SMS, push, mail). Counted for every offer sent, used or not.', '触达一位会员的成本（短信、推送等），每发一张券都计入，无论是否使用。') },
  { path: 'limits.per_member_limit', kind: 'int', def: 0, unit: U.offers, label: L('Per-member limit', '每人限领'), tip: L('Offers one member may receive from this campaign in all. 0 = no limit.', '每位会员在本活动中最多收到的券数；0 表示不限。') },
  { path: 'limits.budget_per_month', kind: 'number', def: 0, unit: U.perMonth, label: L('Budget per month', '每月预算'), tip: L('Money the offers sent in one month may commit at most (contacts, and the face value and gifts of offers used). 0 = no limit. It is never exceeded: when it runs out, the members who joined first are served.', '单月发出的券最多可占用的金额（触达成本及已使用券的面值、赠品）。0 表示不限。预算绝不超支：用完时按入会先后优先发放。') },
  { path: 'limits.budget_total', kind: 'number', def: 0, unit: U.currency, label: L('Total budget', '总预算'), tip: L('Money the campaign may commit in all, spread evenly over its months. 0 = no limit.', '整个活动最多可占用的金额，平均分摊到各月。0 表示不限。') },
  { path: 'limits.points_budget_per_month', kind: 'int', def: 0, unit: U.pointsPerMonth, label: L('Points budget per month', '每月积分预算'), tip: L('Bonus points the offers sent in one month may commit at most. 0 = no limit.', '单月发出的券最多可赠送的积分。0 表示不限。') },
  { path: 'limits.points_budget_total', kind: 'int', def: 0, unit: U.points, label: L('Points budget in all', '积分总预算'), tip: L('Bonus points the campaign may commit in all, spread evenly over its months. 0 = no limit.', '活动总共可赠送的积分，平均分摊到各月。0 表示不限。') },
];

const RESPONSE = [
  { path: 'response.purchase_rate_uplift', kind: 'percent', def: 0, unit: U.percent, label: L('Buy more often while holding it', '持券期间消费频次提升'), tip: L('Your assumption: how much more often a member buys while holding the offer (30 % = 1.3 times as often). 0–1000 %.', '你的假设：会员持券期间的消费频次提高多少（30% 即为原来的 1.3 倍）。0–1000%。') },
  { path: 'response.dropout_reduction', kind: 'percent', def: 0, unit: U.percent, label: L('Less likely to drop out', '流失率降低'), tip: L('Your assumption: how much receiving the offer lowers the chance of stopping for good after a purchase, while it is held (20 % = a fifth less likely).', '你的假设：持券期间，会员每次消费后永久流失的概率降低多少（20% 即降低五分之一）。') },
  { path: 'response.usage_share', kind: 'percent', def: 0, unit: U.percent, label: L('Use it when it applies', '用券率'), tip: L('Your assumption: on the purchases the offer applies to, how often the member actually uses it (核销). Coupons used on purchases that would have happened anyway cost you without adding sales.', '你的假设：在可用券的消费中，会员实际用券（核销）的比例。用在本来就会发生的消费上的券只有成本、没有增量。') },
];

// --------------------------------------------------------------- conditions

const STAGES = ['introduction', 'growth', 'maturity', 'dormant', 'churned'];

/** The audience conditions the builder edits, with their fields and defaults. */
const CONDITIONS = [
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
const CONDITION = new Map(CONDITIONS.map((c) => [c.value, c]));
const simple = (c) => Boolean(c && typeof c === 'object' && CONDITION.has(c.kind));
const row = (c) => simple(c) || (c?.kind === 'not' && simple(c.of));

function rangeFields(cond) {
  if (cond.fields) return cond.fields;
  if (!cond.range) return [];
  const r = cond.range;
  return [
    { path: 'min', kind: r.kind, max: r.max, unit: r.unit, label: L('From', '从'), tip: cond.tip },
    { path: 'max', kind: r.kind, max: r.max, unit: r.unit, label: L('to', '到'), tip: L('Upper end, included. Leave empty for no limit.', '上限（含）；留空表示不限。'), limit: r.limit },
  ];
}

// ----------------------------------------------------------- the scenario

let scenarioRef = null;
const horizon = (s) => Math.max(1, Number(s?.horizon?.months) || 36);
const tierNames = (s) => (Array.isArray(s?.tiers?.levels) ? s.tiers.levels.map((l, i) => String(l?.name ?? i)) : []);
const segmentNames = (s) => (Array.isArray(s?.population?.segments) ? s.population.segments.map((g) => String(g?.name ?? '')) : []);

function monthLabel(s, m) {
  const y0 = Number(s?.horizon?.start_year) || 2026;
  const m0 = (Number(s?.horizon?.start_month) || 1) - 1;
  const k = y0 * 12 + m0 + Number(m);
  if (!Number.isFinite(k)) return '?';
  return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
}

/** Field definitions for campaign paths (fieldFor asks here first). */
const STATIC = new Map();
for (const f of [NAME, HOLDOUT, GIVES_GROWTH, ...SCHEDULE, ...LIMITS, ...RESPONSE]) STATIC.set(`campaigns.*.${f.path}`, f);
for (const v of OFFER.variants) for (const f of v.fields) STATIC.set(`campaigns.*.offer.${f.path}`, f);

function resolve(path) {
  if (!String(path).startsWith('campaigns.')) return null;
  const generic = path.replace(/\.\d+(?=\.|$)/g, '.*');
  if (STATIC.has(generic)) return STATIC.get(generic);
  const m = /^(campaigns\.\d+\.audience(?:\.of(?:\.\d+)?)*)\.(min|max|months|from_month|to_month)$/.exec(path);
  if (!m) return null;
  const cond = CONDITION.get(getAt(scenarioRef, m[1])?.kind);
  if (!cond) return null;
  const fields = rangeFields(cond);
  // joined_between's range problem is reported at `.max` (src/scenario/validate_campaigns.rs).
  const key = m[2];
  return fields.find((f) => f.path === key) || null;
}
FIELD_RESOLVERS.push(resolve);

// -------------------------------------------------------------------- seeds

let seeds = [];

/** The seeds' campaigns (JSON text from the WASM); fills any seed menu on the page. */
export function setCampaignPresets(text) {
  try {
    const list = JSON.parse(String(text ?? '[]'));
    seeds = Array.isArray(list) ? list.filter((c) => c && typeof c === 'object' && typeof c.name === 'string') : [];
  } catch {
    seeds = [];
  }
  for (const select of $$('select.seed-menu')) fillSeedMenu(select);
}

function fillSeedMenu(select) {
  while (select.options.length > 1) select.remove(1);
  seeds.forEach((c, i) => select.append(h('option', { value: String(i), text: bilingualName(c.name) })));
  select.disabled = !seeds.length || select.dataset.full === 'true';
}

function uniqueName(rows, base) {
  const taken = new Set(rows.map((r) => String(r?.name ?? '').trim()));
  if (!taken.has(base.trim())) return base;
  for (let i = 2; ; i++) {
    const name = `${base} (${i})`;
    if (!taken.has(name)) return name;
  }
}

// -------------------------------------------------------------------- cards

/** Cards the planner has open (by campaign object, so they stay open when moved). */
const open = new WeakSet();

const SPEC = {
  path: 'campaigns',
  max: MAX_CAMPAIGNS,
  min: 0,
  newRow: (rows) => {
    const s = scenarioRef;
    const name = uniqueName(rows, `${tr(L('Campaign', '活动'))} ${rows.length + 1}`);
    const c = {
      name,
      audience: { kind: 'everyone' },
      holdout_share: 0.1,
      offer: { kind: 'amount_off', min_spend: 100, amount: 10 },
      gives_growth: false,
      schedule: { start_month: 0, end_month: horizon(s) - 1, trigger: 'every_month', validity_days: 30 },
      limits: { contact_cost: 0.05, budget_per_month: 0, budget_total: 0, points_budget_per_month: 0, points_budget_total: 0, per_member_limit: 0 },
      response: { purchase_rate_uplift: 0.2, dropout_reduction: 0.05, usage_share: 0.5 },
    };
    open.add(c);
    return c;
  },
};

function addSeed(ed, index) {
  const seed = seeds[Number(index)];
  const rows = ed.rows(SPEC.path);
  if (!seed || rows.length >= MAX_CAMPAIGNS) return;
  const c = clone(seed);
  c.name = uniqueName(rows, c.name);
  open.add(c);
  setAt(ed.scenario, SPEC.path, [...rows, c]);
  ed.structural(SPEC.path);
  const card = $$('details.campaign', ed.root).find((x) => x.dataset.path === `${SPEC.path}.${rows.length}`);
  card?.scrollIntoView({ block: 'nearest' });
  card?.querySelector('summary')?.focus();
}

function duplicate(ed, i) {
  const rows = ed.rows(SPEC.path);
  if (rows.length >= MAX_CAMPAIGNS || !rows[i]) return;
  const c = clone(rows[i]);
  c.name = uniqueName(rows, `${String(rows[i].name ?? '')} (${tr(TEXT.copy)})`);
  open.add(c);
  const next = rows.slice();
  next.splice(i + 1, 0, c);
  setAt(ed.scenario, SPEC.path, next);
  ed.structural(SPEC.path);
  $$('[data-key]', ed.root).find((x) => x.dataset.key === `${SPEC.path}.${i + 1}.name`)?.focus();
}

const SVGNS = 'http://www.w3.org/2000/svg';
function copyIcon() {
  const svg = document.createElementNS(SVGNS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('class', 'icon icon-copy');
  svg.setAttribute('aria-hidden', 'true');
  for (const [x, y] of [[8, 8], [4, 4]]) {
    const r = document.createElementNS(SVGNS, 'rect');
    for (const [k, v] of Object.entries({ x, y, width: 12, height: 12, rx: 2 })) r.setAttribute(k, String(v));
    svg.append(r);
  }
  return svg;
}

/** The campaigns block of the editor. */
export function renderCampaignEditor(ed) {
  scenarioRef = ed.scenario;
  const rows = ed.rows(SPEC.path);
  const full = rows.length >= MAX_CAMPAIGNS;
  const menu = h('select', { class: 'seed-menu', id: 'seed-campaigns', 'aria-label': tr(TEXT.seedMenu), title: tr(TEXT.seedTitle), dataset: { full: String(full) } },
    h('option', { value: '', text: tr(TEXT.seedMenu) }));
  fillSeedMenu(menu);
  menu.addEventListener('change', () => { const v = menu.value; menu.value = ''; if (v !== '') addSeed(ed, v); });
  const add = h('button', { type: 'button', class: 'btn small add-row', 'data-add': SPEC.path, disabled: full || null, on: { click: () => ed.add(SPEC) } },
    icon('add'), tr(TEXT.newCampaign));
  const list = h('div', { class: 'campaign-list' });
  rows.forEach((c, i) => list.append(renderCard(ed, c, i, rows.length)));
  return h('div', { class: 'table-block campaigns-block', 'data-path': SPEC.path },
    h('div', { class: 'table-head' },
      h('h4', { class: 'count', text: tr(TEXT.count).replace('{n}', String(rows.length)).replace('{max}', String(MAX_CAMPAIGNS)) }),
      h('div', { class: 'campaign-adders' }, menu, add)),
    rows.length ? list : h('p', { class: 'empty', text: tr(TEXT.empty) }));
}

function renderCard(ed, c, i, count) {
  const base = `${SPEC.path}.${i}`;
  const camp = c && typeof c === 'object' ? c : {};
  const copyBtn = h('button', {
    type: 'button', class: 'icon-btn duplicate', title: tr(TEXT.duplicate), 'aria-label': `${tr(TEXT.duplicate)} (${i + 1})`,
    disabled: count >= MAX_CAMPAIGNS || null, on: { click: () => duplicate(ed, i) },
  }, copyIcon());
  const actions = ed.listActions(SPEC.path, i, count, SPEC, copyBtn);
  // Buttons inside <summary> must not open or close the card.
  actions.addEventListener('click', (e) => e.preventDefault());
  const summaryLine = h('span', { class: 'campaign-summary', text: summarize(ed.scenario, camp) });
  const head = h('summary', {},
    h('span', { class: 'idx', text: String(i + 1) }),
    h('span', { class: 'campaign-head' },
      h('span', { class: 'campaign-name', text: bilingualName(camp.name) || '—' }),
      summaryLine),
    actions);
  const body = h('div', { class: 'campaign-body' },
    h('div', { class: 'field-grid' }, ed.renderField(NAME, `${base}.name`, { compact: true })),
    block(TEXT.who, 'who', renderAudience(ed, camp, base), h('div', { class: 'field-grid' }, ed.renderField(HOLDOUT, `${base}.holdout_share`, { compact: true }))),
    block(TEXT.what, 'what',
      h('div', { class: 'field-grid offer-grid' }, ed.renderUnion(OFFER, `${base}.offer`)),
      h('div', { class: 'field-grid' }, ed.renderField(GIVES_GROWTH, `${base}.gives_growth`, { compact: true })),
      ed.scenario?.growth?.campaign_rewards_give_growth ? null : h('p', { class: 'note growth-off', text: tr(TEXT.growthOff) })),
    block(TEXT.when, 'when',
      h('div', { class: 'field-grid' }, SCHEDULE.map((f) => ed.renderField(f, `${base}.${f.path}`, { compact: true }))),
      h('p', { class: 'note schedule-note', 'data-schedule': base, text: scheduleNote(ed.scenario, camp) }),
      h('div', { class: 'msg', 'data-for': `${base}.schedule`, role: 'status' })),
    block(TEXT.limits, 'limits',
      h('div', { class: 'field-grid' }, LIMITS.map((f) => ed.renderField(f, `${base}.${f.path}`, { compact: true }))),
      h('div', { class: 'msg', 'data-for': `${base}.limits`, role: 'status' })),
    block(TEXT.assumptions, 'assumptions',
      h('p', { class: 'note', text: tr(TEXT.assumptionsNote) }),
      h('div', { class: 'field-grid single' }, RESPONSE.map((f) => ed.renderField(f, `${base}.${f.path}`, { compact: true }))),
      h('div', { class: 'msg', 'data-for': `${base}.response`, role: 'status' })),
    h('div', { class: 'msg', 'data-for': base, role: 'status' }));
  for (const f of RESPONSE) $(`[data-key="${base}.${f.path}"]`, body)?.closest('.field')?.querySelector('.label-row')?.append(h('span', { class: 'tag assumption', text: tr(TEXT.assumptionTag) }));
  const card = h('details', { class: 'campaign card', 'data-path': base, open: open.has(c) || null }, head, body);
  card.addEventListener('toggle', () => { if (card.open) open.add(c); else open.delete(c); });
  // The summary line and the schedule note follow the fields as they are typed.
  body.addEventListener('input', () => refresh(ed, card, camp, base));
  body.addEventListener('change', () => refresh(ed, card, camp, base));
  return card;
}

function refresh(ed, card, camp, base) {
  const current = getAt(ed.scenario, base) || camp;
  const line = $('.campaign-summary', card);
  if (line) line.textContent = summarize(ed.scenario, current);
  const name = $('.campaign-name', card);
  if (name) name.textContent = bilingualName(current.name) || '—';
  const note = $('.schedule-note', card);
  if (note) note.textContent = scheduleNote(ed.scenario, current);
}

function block(title, id, ...children) {
  return h('fieldset', { class: `cblock cblock-${id}` }, h('legend', { text: tr(title) }), children);
}

function scheduleNote(s, c) {
  const sc = c.schedule || {};
  const last = horizon(s) - 1;
  const start = Number(sc.start_month);
  const end = Number(sc.end_month);
  if (!Number.isFinite(start) || !Number.isFinite(end)) return '';
  const text = tr(TEXT.scheduleNote).replace('{first}', monthLabel(s, 0)).replace('{from}', monthLabel(s, start))
    .replace('{to}', monthLabel(s, end)).replace('{last}', monthLabel(s, last));
  const extra = [];
  if (start > last) extra.push(tr(TEXT.scheduleAfter).replace('{last}', monthLabel(s, last)));
  if (sc.trigger === 'member_day') extra.push(tr(TEXT.memberDay));
  return [text, ...extra].join(' ');
}

// ----------------------------------------------------------------- audience

/** The audience as a flat list: { mode, rows, single } or null when it nests deeper. */
function flatten(aud) {
  if (!aud || aud.kind === 'everyone') return { mode: 'all', rows: [], single: false };
  if (row(aud)) return { mode: 'all', rows: [aud], single: true };
  if ((aud.kind === 'all' || aud.kind === 'any') && Array.isArray(aud.of) && aud.of.every(row)) {
    return { mode: aud.kind, rows: aud.of, single: false };
  }
  return null;
}

function setAudience(ed, base, mode, rows) {
  const audience = rows.length === 0 ? { kind: 'everyone' } : rows.length === 1 ? rows[0] : { kind: mode, of: rows };
  setAt(ed.scenario, `${base}.audience`, audience);
  ed.dropLocal(`${base}.audience`);
  ed.render();
  ed.changed('structure');
}

function renderAudience(ed, c, base) {
  const path = `${base}.audience`;
  const aud = c.audience;
  const flat = flatten(aud);
  const box = h('div', { class: 'audience', 'data-path': path });
  const labelRow = h('div', { class: 'label-row' }, h('span', { class: 'audience-title', text: tr(L('Audience', '目标人群')) }),
    tipIcon(tr(L('Who is eligible, judged on what the CRM knows when the offer goes out. Ranges include both ends.', '谁符合条件，按发券时 CRM 掌握的信息判断；区间含两端。')), tr(L('Audience', '目标人群'))));
  box.append(labelRow);
  if (!flat) {
    box.append(h('p', { class: 'audience-nested', text: describe(ed.scenario, aud) }),
      h('p', { class: 'note', text: tr(TEXT.nested) }),
      h('button', { type: 'button', class: 'btn small', on: { click: () => openJson(ed) } }, tr(TEXT.openJson)),
      h('div', { class: 'msg', 'data-for': path, role: 'status' }));
    return box;
  }
  if (flat.rows.length >= 2) {
    const sel = h('select', { 'data-key': `${path}.kind`, 'aria-label': tr(TEXT.matchTip) },
      h('option', { value: 'all', text: tr(TEXT.matchAll) }), h('option', { value: 'any', text: tr(TEXT.matchAny) }));
    sel.value = flat.mode;
    sel.addEventListener('change', () => setAudience(ed, base, sel.value, flat.rows));
    box.append(h('div', { class: 'match' }, h('span', { text: tr(TEXT.matchLead) }), sel, tipIcon(tr(TEXT.matchTip), tr(TEXT.matchLead))));
  }
  if (!flat.rows.length) box.append(h('p', { class: 'audience-everyone', text: tr(TEXT.everyone) }));
  const list = h('div', { class: 'conditions' });
  flat.rows.forEach((cond, j) => {
    const condPath = flat.single ? path : `${path}.of.${j}`;
    list.append(renderCondition(ed, base, flat, cond, j, condPath));
  });
  box.append(list,
    h('button', { type: 'button', class: 'btn small add-condition', 'data-add': `${path}`, on: { click: () => {
      const next = [...flat.rows, CONDITION.get('days_since_last_purchase').def(ed.scenario)];
      setAudience(ed, base, flat.mode, next);
    } } }, icon('add'), tr(TEXT.addCondition)),
    h('div', { class: 'msg', 'data-for': path, role: 'status' }));
  return box;
}

function tipIcon(text, label) {
  return h('span', { class: 'tip', tabindex: '0', role: 'img', 'data-tip': text, 'aria-label': `${label}: ${text}` }, icon('info'));
}

function renderCondition(ed, base, flat, cond, j, condPath) {
  const negated = cond.kind === 'not';
  const inner = negated ? cond.of : cond;
  const innerPath = negated ? `${condPath}.of` : condPath;
  const def = CONDITION.get(inner.kind);
  const kindSel = h('select', { 'data-key': `${innerPath}.kind`, 'aria-label': `${tr(TEXT.conditionKind)} ${j + 1}` },
    CONDITIONS.map((k) => h('option', { value: k.value, text: tr(k.label) })));
  kindSel.value = inner.kind;
  kindSel.addEventListener('change', () => {
    const fresh = CONDITION.get(kindSel.value)?.def(ed.scenario);
    if (!fresh) return;
    const rows = flat.rows.slice();
    rows[j] = negated ? { kind: 'not', of: fresh } : fresh;
    setAudience(ed, base, flat.mode, rows);
  });
  const excludeBox = h('input', { type: 'checkbox', checked: negated, 'data-key': `${condPath}.not` });
  excludeBox.addEventListener('change', () => {
    const rows = flat.rows.slice();
    rows[j] = excludeBox.checked ? { kind: 'not', of: clone(inner) } : clone(inner);
    setAudience(ed, base, flat.mode, rows);
  });
  const remove = h('button', {
    type: 'button', class: 'icon-btn remove', title: tr(TEXT.removeCondition), 'aria-label': `${tr(TEXT.removeCondition)} (${j + 1})`,
    on: { click: () => setAudience(ed, base, flat.mode, flat.rows.filter((_, k) => k !== j)) },
  }, icon('remove'));
  const head = h('div', { class: 'condition-head' },
    kindSel,
    h('label', { class: 'check exclude', title: tr(TEXT.excludeTip) }, excludeBox, tr(TEXT.exclude)),
    remove);
  const bodyEl = h('div', { class: 'condition-body' });
  if (def?.list) bodyEl.append(renderChoices(ed, inner, innerPath, def));
  const fields = def ? rangeFields(def) : [];
  if (fields.length) {
    const grid = h('div', { class: 'field-grid range' });
    for (const f of fields) {
      const fieldPath = `${innerPath}.${f.path}`;
      const el = ed.renderField(f, fieldPath, { compact: true });
      if (f.limit) noLimitInput(ed, el, f, fieldPath);
      grid.append(el);
    }
    bodyEl.append(grid);
  }
  return h('div', { class: `condition${negated ? ' negated' : ''}`, 'data-path': condPath },
    head, bodyEl,
    h('div', { class: 'msg', 'data-for': innerPath, role: 'status' }),
    negated ? h('div', { class: 'msg', 'data-for': condPath, role: 'status' }) : null);
}

/** An upper end that reads empty for "no limit" and writes the type's largest value. */
function noLimitInput(ed, el, f, path) {
  const input = $(`[data-key="${path}"]`, el);
  if (!input) return;
  const value = getAt(ed.scenario, path);
  input.placeholder = tr(TEXT.noLimit);
  if (!ed.local.has(path) && typeof value === 'number' && value >= f.limit) input.value = '';
  el.addEventListener('input', (e) => {
    if (e.target !== input || input.value.trim() !== '') return;
    e.stopPropagation(); // the editor would call an empty box a problem
    setAt(ed.scenario, path, f.limit);
    ed.local.delete(path);
    ed.raw.delete(path);
    ed.afterEdit(path, input);
    ed.changed('value');
  }, true);
}

function renderChoices(ed, cond, path, def) {
  const key = def.list;
  const listPath = `${path}.${key}`;
  const chosen = Array.isArray(cond[key]) ? cond[key] : [];
  let options;
  if (key === 'stages') options = STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) }));
  else if (key === 'tiers') options = tierNames(ed.scenario).map((n, i) => ({ value: i, label: bilingualName(n) || String(i) }));
  else options = segmentNames(ed.scenario).map((n) => ({ value: n, label: bilingualName(n) || n }));
  // Values the scenario no longer has stay visible so they can be unticked.
  for (const v of chosen) if (!options.some((o) => o.value === v)) options.push({ value: v, label: `${String(v)} ${tr(TEXT.missing)}`, missing: true });
  const order = new Map(options.map((o, k) => [o.value, k]));
  const wrap = h('div', { class: 'choices', role: 'group', 'aria-label': tr(def.label), 'data-path': listPath });
  for (const o of options) {
    const box = h('input', { type: 'checkbox', checked: chosen.includes(o.value), 'data-key': `${listPath}.${String(o.value)}` });
    box.addEventListener('change', () => {
      const current = getAt(ed.scenario, listPath);
      const set = new Set(Array.isArray(current) ? current : []);
      if (box.checked) set.add(o.value); else set.delete(o.value);
      const next = [...set].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
      setAt(ed.scenario, listPath, next);
      empty.classList.toggle('hidden', next.length > 0);
      ed.afterEdit(listPath, box);
      ed.changed('value');
    });
    wrap.append(h('label', { class: `chip${o.missing ? ' missing' : ''}` }, box, h('span', { text: o.label })));
  }
  const empty = h('p', { class: `note warn${chosen.length ? ' hidden' : ''}`, text: tr(TEXT.noneTicked) });
  return h('div', {}, wrap, empty, h('div', { class: 'msg', 'data-for': listPath, role: 'status' }));
}

function openJson(ed) {
  const details = $$('details.section', ed.root).find((d) => d.dataset.section === 'json');
  if (!details) return;
  details.open = true;
  details.scrollIntoView({ block: 'start' });
  $('#json-text', ed.root)?.focus();
}

// ------------------------------------------------------------------ summary

const num = (x) => (typeof x === 'number' && Number.isFinite(x) ? plain(x) : '?');

function describeOffer(o) {
  if (!o || typeof o !== 'object') return '';
  switch (o.kind) {
    case 'amount_off': return isZh() ? `满${num(o.min_spend)}减${num(o.amount)}` : `¥${num(o.amount)} off ¥${num(o.min_spend)}+`;
    case 'percent_off': {
      const zhe = typeof o.percent === 'number' ? plain(Number(((1 - o.percent) * 10).toPrecision(3))) : '?';
      return isZh() ? `${zhe}折（最高减${num(o.cap)}元）` : `${typeof o.percent === 'number' ? plain(o.percent * 100) : '?'}% off, up to ¥${num(o.cap)}`;
    }
    case 'points_multiplier': return isZh() ? `${num(o.multiplier)}倍积分` : `${num(o.multiplier)}× points`;
    case 'bonus_points': return isZh() ? `赠${num(o.points)}积分` : `+${num(o.points)} points`;
    case 'gift': return isZh() ? `赠品（成本${num(o.cost)}元）` : `gift costing ¥${num(o.cost)}`;
    case 'reward_discount': return isZh() ? `兑换少扣 ${num(o.share * 100)}% 积分` : `${num(o.share * 100)}% fewer points for a reward`;
    default: return String(o.kind ?? '');
  }
}

const SHORT_TRIGGER = {
  once: L('once', '单次'), every_month: L('every month', '每月'), on_joining: L('on joining', '入会时'),
  birthday_month: L('birthday month', '生日月'), member_day: L('member day', '会员日'), entering_audience: L('on entering the audience', '进入人群时'),
};

/** One line: offer · trigger · audience · hold-out. */
function summarize(s, c) {
  const parts = [describeOffer(c.offer)];
  const trig = SHORT_TRIGGER[c.schedule?.trigger];
  if (trig) parts.push(tr(trig));
  parts.push(describe(s, c.audience));
  if (typeof c.holdout_share === 'number' && c.holdout_share > 0) {
    parts.push(isZh() ? `对照组 ${plain(c.holdout_share * 100)}%` : `${plain(c.holdout_share * 100)}% hold-out`);
  }
  return parts.filter(Boolean).join(' · ');
}

function rangeText(min, max, limit, fmt) {
  const hi = typeof max === 'number' && max >= limit;
  if (hi) return `≥ ${fmt(min)}`;
  if (min === 0 || min === undefined) return `≤ ${fmt(max)}`;
  return `${fmt(min)}–${fmt(max)}`;
}

/** An audience in words, e.g. "3+ purchases and last purchase 30–60 days ago". */
export function describe(s, a, depth = 0) {
  if (!a || typeof a !== 'object') return tr(L('everyone', '全部会员'));
  const zh = isZh();
  const list = (xs) => (Array.isArray(xs) ? xs : []).join(zh ? '、' : ', ');
  const wrap = (text) => (depth > 0 ? `(${text})` : text);
  switch (a.kind) {
    case 'everyone': return tr(L('everyone', '全部会员'));
    case 'stage': return `${zh ? '阶段：' : 'stage: '}${list((a.stages || []).map((x) => t(`stage.${x}`)))}`;
    case 'tier': return `${zh ? '等级：' : 'tier: '}${list((a.tiers || []).map((i) => bilingualName(tierNames(s)[i] ?? String(i))))}`;
    case 'segment': return `${zh ? '分层：' : 'segment: '}${list((a.segments || []).map((x) => bilingualName(x)))}`;
    case 'days_since_last_purchase': return zh ? `距上次消费 ${rangeText(a.min, a.max, NO_LIMIT.u32, num)} 天` : `last purchase ${rangeText(a.min, a.max, NO_LIMIT.u32, num)} days ago`;
    case 'purchases': return zh ? `消费 ${rangeText(a.min, a.max, NO_LIMIT.u32, num)} 次` : `${rangeText(a.min, a.max, NO_LIMIT.u32, num)} purchases`;
    case 'trailing_spend': return zh ? `近 ${num(a.months)} 个月消费 ${rangeText(a.min, a.max, NO_LIMIT.money, (x) => `${num(x)}元`)}` : `spent ${rangeText(a.min, a.max, NO_LIMIT.money, (x) => `¥${num(x)}`)} in the last ${num(a.months)} months`;
    case 'total_spend': return zh ? `累计消费 ${rangeText(a.min, a.max, NO_LIMIT.money, (x) => `${num(x)}元`)}` : `spent ${rangeText(a.min, a.max, NO_LIMIT.money, (x) => `¥${num(x)}`)}`;
    case 'points_balance': return zh ? `积分余额 ${rangeText(a.min, a.max, NO_LIMIT.points, num)}` : `points balance ${rangeText(a.min, a.max, NO_LIMIT.points, num)}`;
    case 'tenure_months': return zh ? `入会 ${rangeText(a.min, a.max, NO_LIMIT.u32, num)} 个月` : `member for ${rangeText(a.min, a.max, NO_LIMIT.u32, num)} months`;
    case 'birthday_this_month': return zh ? '本月生日' : 'birthday this month';
    case 'joined_between': return zh ? `第 ${num(a.from_month)}–${num(a.to_month)} 月入会` : `joined in months ${num(a.from_month)}–${num(a.to_month)}`;
    case 'all': case 'any': {
      const of = Array.isArray(a.of) ? a.of : [];
      if (!of.length) return a.kind === 'all' ? tr(L('everyone', '全部会员')) : tr(L('nobody', '无人'));
      const joiner = a.kind === 'all' ? (zh ? ' 且 ' : ' and ') : (zh ? ' 或 ' : ' or ');
      const text = of.map((x) => describe(s, x, depth + 1)).join(joiner);
      return of.length > 1 ? wrap(text) : text;
    }
    case 'not': return zh ? `非（${describe(s, a.of)}）` : `not (${describe(s, a.of)})`;
    default: return String(a.kind ?? '?');
  }
}
