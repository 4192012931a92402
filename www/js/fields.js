// The scenario's fields as the editor shows them: JSON path, kind, unit and tooltip (in
// the planner's words), in English and Chinese. A variant's fields carry `def`, the value
// they start at when the planner picks that variant; what a scenario's missing fields
// default to is the core's (engine.normalize writes it in). The ranges checked here are only
// the ones the scenario format documents as hard limits (docs/scenario.md); everything
// else is checked by the WASM `validate`, whose messages appear beside the same fields.
//
// Kinds: text, int (whole number ≥ 0), year (whole number, may be negative), number,
// percent (a share stored as 0–1, shown as 0–100 %), bool, select, month (1–12). An
// `optional` field may be left empty (stored as null); `blank` says what empty means.

const L = (en, zh) => ({ en, zh });

const UNITS = {
  members: L('members', '人'),
  perMonth: L('/ month', '人/月'),
  months: L('months', '个月'),
  days: L('days', '天'),
  currency: L('¥', '元'),
  perCurrency: L('per ¥1', '每 1 元'),
  percent: L('%', '%'),
  growth: L('growth', '成长值'),
  points: L('points', '积分'),
  times: L('×', '倍'),
  purchases: L('purchases', '次'),
  perMonthShort: L('/ month', '/月'),
  currencyPerMonth: L('¥ / month', '元/人/月'),
  weeks: L('weeks', '周'),
  cv: L('CV', '变异系数'),
};

/** Top-level fields, by section. `path` is relative to the scenario. */
export const SECTIONS = [
  {
    id: 'horizon',
    title: L('Scenario and horizon', '方案与周期'),
    fields: [
      { path: 'name', kind: 'text', label: L('Scenario name', '方案名称'), tip: L('A name you will recognise in exports and shared links.', '导出文件和分享链接中显示的名称。'), max: 100 },
      { path: 'horizon.months', kind: 'int', min: 1, max: 120, unit: UNITS.months, label: L('Horizon', '模拟时长'), tip: L('How many months to simulate and report (1–120).', '模拟并报告的月数（1–120）。'), slider: [6, 120, 6] },
      { path: 'horizon.start_year', kind: 'year', min: 1900, max: 2200, label: L('Start year', '起始年份'), tip: L('Calendar year of the first month (matters for calendar-year reviews and expiry).', '第一个月所在的年份（影响自然年评级和积分过期）。') },
      { path: 'horizon.start_month', kind: 'month', label: L('Start month', '起始月份'), tip: L('Calendar month of the first month.', '第一个月是几月。') },
      { path: 'horizon.seed', kind: 'int', max: Number.MAX_SAFE_INTEGER, label: L('Random seed', '随机种子'), tip: L('Same scenario and seed give exactly the same members and results. Change it to see another draw.', '相同方案与种子得到完全相同的会员与结果；换一个种子可看另一次抽样。') },
    ],
  },
  {
    id: 'population',
    title: L('Population', '会员群体'),
    fields: [
      { path: 'population.starting_members', kind: 'int', max: 4294967295, unit: UNITS.members, label: L('Starting members', '初始会员数'), tip: L('Members enrolled at month 0 (or joining at launch for a new programme).', '第 0 个月已有的会员（新方案则为上线时加入的会员）。'), slider: [0, 200000, 1000] },
      { path: 'population.new_members_per_month', kind: 'number', unit: UNITS.perMonth, label: L('New members', '每月新增会员'), tip: L('Members joining each month, from month 0 on.', '从第 0 个月起每月新加入的会员数。'), slider: [0, 10000, 100] },
      { path: 'population.acquisition_growth_per_month', kind: 'percent', unit: L('% / month', '%/月'), label: L('Acquisition growth', '拉新月增长率'), tip: L('Monthly growth of the number of new members (1 % = each month brings 1 % more than the last).', '每月新增会员数的环比增长（1% 表示每月比上月多 1%）。') },
      {
        path: 'population.history', kind: 'union', tag: 'kind',
        label: L('Programme history', '方案历史'),
        tip: L('A new programme starts everyone at zero; an existing one is warmed up first so month 0 has realistic tiers and balances.', '新方案所有人从零开始；已有方案会先预热若干个月，使第 0 个月的等级与积分余额更真实。'),
        variants: [
          { value: 'new_programme', label: L('New programme', '新上线方案'), fields: [] },
          { value: 'existing_programme', label: L('Existing programme', '已运营方案'), fields: [
            { path: 'warmup_months', kind: 'int', min: 1, max: 120, def: 24, unit: UNITS.months, label: L('Warm-up', '预热期'), tip: L('Months simulated before month 0 (not reported) so members arrive with history.', '第 0 个月之前模拟的月数（不计入报告），让会员带着历史进入。') },
          ] },
        ],
      },
    ],
  },
  {
    id: 'lifecycle',
    title: L('Lifecycle stages', '生命周期'),
    fields: [
      { path: 'lifecycle.active_window_days', kind: 'int', unit: UNITS.days, label: L('Active window', '活跃窗口'), tip: L('A member counts as active if their last purchase is at most this many days old.', '最近一次消费在这么多天以内的会员算作活跃。') },
      { path: 'lifecycle.churned_after_days', kind: 'int', unit: UNITS.days, label: L('Churned after', '流失判定'), tip: L('No purchase for longer than this: churned (流失). Between the active window and this: dormant (沉默).', '超过这么多天未消费即为流失；介于活跃窗口与此之间为沉默。') },
      { path: 'lifecycle.maturity_purchases', kind: 'int', unit: UNITS.purchases, label: L('Mature at purchases', '成熟期消费次数'), tip: L('Purchases (including the first) at which an active member counts as mature.', '活跃会员累计消费达到这么多次（含首单）即进入成熟期。') },
      { path: 'lifecycle.maturity_spend', kind: 'number', unit: UNITS.currency, label: L('… or at total spend', '…或累计消费'), tip: L('Or total spend at which an active member counts as mature.', '或累计消费金额达到此值即进入成熟期。') },
    ],
  },
  {
    id: 'growth',
    title: L('Growth value', '成长值'),
    fields: [
      { path: 'growth.per_currency_unit', kind: 'number', unit: L('growth per ¥1', '成长值/元'), label: L('Growth from spend', '消费成长值'), tip: L('Growth value earned per ¥1 paid. Growth decides the tier and is never spent.', '每消费 1 元获得的成长值。成长值决定等级，不可消费。'), slider: [0, 5, 0.1] },
      { path: 'growth.behaviour_cap_per_month', kind: 'int', unit: L('growth / month', '成长值/月'), label: L('Behaviour cap', '行为成长值上限'), tip: L('Most growth a member can earn from behaviours (sign-in, reviews…) in a month. 0 = no cap.', '每位会员每月通过行为（签到、评价等）最多获得的成长值；0 表示不设上限。') },
      { path: 'growth.campaign_rewards_give_growth', kind: 'bool', label: L('Campaign rewards give growth', '活动奖励计入成长值'), tip: L('The playbook advises against it: pay campaign rewards in points so activity-chasers cannot race up the tiers.', '建议关闭：活动奖励发积分而非成长值，避免只薅活动的会员快速升级。') },
    ],
    table: {
      path: 'growth.behaviours',
      title: L('Behaviours that earn growth', '获取成长值的行为'),
      empty: L('No behaviours: growth comes from spend only.', '暂无行为：成长值只来自消费。'),
      max: 20,
      columns: [
        { path: 'name', kind: 'text', max: 100, label: L('Behaviour', '行为'), tip: L('e.g. daily sign-in, review, profile completion, referral.', '如每日签到、评价、完善资料、邀请好友。') },
        { path: 'growth_per_action', kind: 'int', unit: UNITS.growth, label: L('Growth each', '每次成长值'), tip: L('Growth per action.', '每次行为获得的成长值。') },
        { path: 'actions_per_month', kind: 'number', unit: L('/ month', '次/月'), label: L('Times a month', '每月次数'), tip: L('Average actions per month by a member who is still a customer; for a one-off behaviour, the monthly chance it happens (0–1).', '仍在消费的会员平均每月次数；一次性行为则为每月发生的概率（0–1）。') },
        { path: 'once', kind: 'bool', label: L('Once', '一次性'), tip: L('A one-off behaviour (e.g. profile completion) happens at most once per member.', '一次性行为（如完善资料）每位会员最多一次。') },
      ],
      newRow: (rows) => ({ name: uniqueName(rows, 'Sign-in', '签到'), growth_per_action: 5, actions_per_month: 4, once: false }),
    },
  },
  {
    id: 'tiers',
    title: L('Tiers', '会员等级'),
    note: L('What a tier does to its members (fewer drop out, they buy more often) is your assumption, marked as such: the example programme’s are illustrations, not measurements.', '等级对会员行为的影响（流失更少、消费更频繁）是你的假设，已标出：示例方案中的数值仅作演示，并非实测。'),
    fields: [
      { path: 'tiers.basis', kind: 'select', label: L('Qualifying growth', '定级依据'), tip: L('Which growth counts towards a tier.', '计入定级的成长值范围。'), options: [
        { value: 'lifetime', label: L('Lifetime (never downgraded)', '累计（永不降级）') },
        { value: 'rolling_12_months', label: L('Rolling 12 months', '滚动 12 个月') },
        { value: 'calendar_year', label: L('Calendar year', '自然年') },
        { value: 'membership_year', label: L('Membership year', '会员年度') },
      ] },
      { path: 'tiers.downgrade', kind: 'select', label: L('Downgrade', '降级机制'), tip: L('What happens at a review to a member whose growth is below their tier\'s keep threshold.', '评级时成长值低于保级门槛的会员如何处理。'), options: [
        { value: 'none', label: L('Never', '不降级') },
        { value: 'one_tier', label: L('One tier per review', '每次降一级') },
        { value: 'to_qualified_tier', label: L('To the tier they qualify for', '降至符合条件的等级') },
      ] },
      { path: 'tiers.grace_months', kind: 'int', unit: UNITS.months, label: L('Grace period', '保级宽限期'), tip: L('Months a member keeps the tier after failing a review; requalifying meanwhile cancels the downgrade.', '评级未通过后仍保留等级的月数；期间重新达标则取消降级。') },
    ],
    table: {
      path: 'tiers.levels',
      title: L('Tier ladder (entry tier first)', '等级阶梯（从入门级开始）'),
      empty: L('Add at least one tier.', '请至少添加一个等级。'),
      min: 1,
      max: 10,
      columns: [
        { path: 'name', kind: 'text', max: 100, label: L('Tier', '等级'), tip: L('e.g. Regular, Silver, Gold.', '如普通、银卡、金卡。') },
        { path: 'threshold', kind: 'int', unit: UNITS.growth, label: L('Threshold', '升级门槛'), tip: L('Qualifying growth at which a member is upgraded at once. The entry tier\'s is 0.', '达到此成长值立即升级；入门级为 0。'), slider: [0, 50000, 50] },
        { path: 'keep_threshold', kind: 'int', unit: UNITS.growth, label: L('Keep at', '保级门槛'), tip: L('Qualifying growth needed at a review to keep the tier (at most the threshold).', '评级时保住该等级所需的成长值（不高于升级门槛）。'), slider: [0, 50000, 50] },
        { path: 'earn_multiplier', kind: 'number', unit: L('× base', '倍'), label: L('Points', '积分倍数'), tip: L('Points earn multiplier (1 = the base rate).', '积分获取倍数（1 为基础倍率）。'), slider: [1, 5, 0.1] },
        { path: 'discount', kind: 'percent', unit: UNITS.percent, label: L('Discount', '折扣'), tip: L('Discount on every purchase (5 % = 5 % off the price).', '每次消费的折扣（5% 即减价 5%）。'), slider: [0, 0.3, 0.01] },
      ],
      details: [
        { path: 'benefit_cost_per_month', kind: 'number', unit: UNITS.currencyPerMonth, label: L('Benefit cost per member', '每人权益成本'), tip: L('What the tier\'s benefits (gifts, priority service…) cost per active member per month.', '该等级权益（礼品、优先服务等）每位活跃会员每月的成本。') },
        { assumption: true, path: 'dropout_reduction', kind: 'percent', unit: UNITS.percent, label: L('Dropout reduction', '流失率降低'), tip: L('Your assumption: how much the tier lowers the chance of dropping out after a purchase (20 % = a fifth less likely).', '你的假设：该等级让会员消费后流失的概率降低多少（20% 即降低五分之一）。'), slider: [0, 0.9, 0.05] },
        { assumption: true, path: 'purchase_rate_uplift', kind: 'percent', unit: UNITS.percent, label: L('Purchase-rate uplift', '消费频次提升'), tip: L('Your assumption: how much more often members of this tier buy.', '你的假设：该等级会员的消费频次提高多少。'), slider: [0, 1, 0.05] },
        { path: 'redemption_per_month', kind: 'percent', unit: L('% / month', '%/月'), label: L('Redeems when possible', '月兑换概率'), tip: L('Chance per month that a member whose points cover a reward redeems one.', '积分足够兑换时，会员每月兑换的概率。') },
      ],
      newRow: (rows) => {
        const last = rows[rows.length - 1];
        const threshold = last ? Math.max(100, Math.round((Number(last.threshold) || 0) * 2)) : 0;
        return { ...tier(uniqueName(rows, 'New tier', '新等级'), threshold, last ? Number(last.earn_multiplier) || 1 : 1, last ? Number(last.discount) || 0 : 0), redemption_per_month: last ? Number(last.redemption_per_month) || 0.3 : 0.3 };
      },
    },
  },
  {
    id: 'goal_gradient',
    title: L('Goal gradient', '目标梯度效应'),
    note: L('Members close to the next tier buy faster (Kivetz, Urminsky & Zheng 2006 measured about 20 %).', '接近下一等级的会员消费更快（Kivetz 等 2006 年测得约 20%）。'),
    fields: [
      { path: 'goal_gradient.within_share', kind: 'percent', unit: L('% of threshold', '% 门槛'), label: L('Close means within', '“接近”的范围'), tip: L('A member within this share of the next tier\'s threshold counts as close (20 % = within a fifth).', '距下一等级门槛在此比例以内即视为接近（20% 即差距不到五分之一）。') },
      { assumption: true, path: 'goal_gradient.purchase_rate_uplift', kind: 'percent', unit: UNITS.percent, label: L('Uplift when close', '接近时频次提升'), tip: L('How much faster a close member buys. 0 switches the effect off.', '接近时消费频次提高多少；0 表示关闭该效应。') },
    ],
  },
  {
    id: 'points',
    title: L('Points and rewards', '积分与兑换'),
    fields: [
      { path: 'points.per_currency_unit', kind: 'number', unit: L('points per ¥1', '积分/元'), label: L('Points from spend', '消费积分'), tip: L('Points earned per ¥1 paid, before the tier multiplier.', '每消费 1 元获得的积分（未乘等级倍数）。'), slider: [0, 10, 0.5] },
      { path: 'points.pending_months', kind: 'int', unit: UNITS.months, label: L('Pending period', '积分冻结期'), tip: L('Months before earned points can be redeemed (returns window). 0 = at once.', '获得积分后多少个月才能使用（退货期）；0 表示立即可用。') },
      {
        path: 'points.expiry', kind: 'union', tag: 'kind',
        label: L('Points expire', '积分过期'),
        tip: L('When unredeemed points lapse. Expiry raises breakage and lowers the liability.', '未兑换积分何时失效。过期会提高沉淀、降低负债。'),
        variants: [
          { value: 'never', label: L('Never', '永不过期'), fields: [] },
          { value: 'months_after_earning', label: L('N months after earning', '获得后 N 个月'), fields: [
            { path: 'months', kind: 'int', def: 12, unit: UNITS.months, label: L('Lifetime of points', '积分有效期'), tip: L('Points expire at the end of this many months after the month they were earned; the oldest are used first.', '积分在获得当月之后第 N 个月末过期；兑换时先用最早的积分。') },
          ] },
          { value: 'end_of_next_year', label: L('End of the following year', '次年年底'), fields: [] },
          { value: 'after_inactivity', label: L('After N months inactive', '连续 N 个月无活动后'), fields: [
            { path: 'months', kind: 'int', def: 12, unit: UNITS.months, label: L('Inactive for', '无活动时长'), tip: L('The whole balance expires after this many months without a purchase or redemption.', '连续这么多个月没有消费或兑换，全部积分过期。') },
          ] },
        ],
      },
      { path: 'points.cost_per_point', kind: 'number', optional: true, blank: L('from the rewards', '按礼品推算'), unit: L('¥ per point', '元/积分'), label: L('Cost of a point (override)', '每积分成本（手动指定）'), tip: L('Leave empty and the liability values a point at what the rewards members redeem cost, net of their cash. A number here overrides that for the liability only; redemptions are always costed at each reward’s own cost.', '留空时，积分负债按会员实际兑换的礼品扣除现金后的成本推算每积分成本。填写数字则只替换积分负债所用的成本；兑换始终按各礼品自身的成本计。'), slider: [0, 0.1, 0.001] },
    ],
    table: {
      path: 'points.rewards',
      title: L('Points mall', '积分商城'),
      empty: L('No rewards: points can never be redeemed.', '暂无兑换品：积分无法兑换。'),
      max: 50,
      columns: [
        { path: 'name', kind: 'text', max: 100, label: L('Reward', '兑换品'), tip: L('What members get.', '会员兑换得到的东西。') },
        { path: 'points', kind: 'int', unit: UNITS.points, label: L('Points', '所需积分'), tip: L('Points the member spends.', '会员需要花费的积分。') },
        { path: 'cash', kind: 'number', unit: UNITS.currency, label: L('+ Cash', '加价购'), tip: L('Cash the member pays on top (points + cash).', '会员额外支付的现金（积分 + 现金）。') },
        { path: 'cost', kind: 'number', unit: UNITS.currency, label: L('Cost to you', '公司成本'), tip: L('What the reward costs the company.', '该兑换品的公司成本。') },
      ],
      newRow: (rows) => ({ name: uniqueName(rows, 'Reward', '兑换品'), points: 1000, cash: 0, cost: 10 }),
    },
  },
];

// Campaigns (活动): the section's body is drawn by campaign-editor.js.
SECTIONS.push({
  id: 'campaigns',
  title: L('Campaigns', '营销活动'),
  note: L('Each campaign’s value is measured against a re-run of the same members and random draws without it, beside what a hold-out test would report.', '每个活动的价值按“同一批会员、相同随机抽样下不做该活动”重新模拟来测算，并与对照组测试的结果并列展示。'),
  fields: [],
});

SECTIONS.push({
  id: 'referral',
  title: L('Referral', '老带新'),
  note: L('Members who are still customers bring new members; both sides are rewarded. New members join the month after, through the referral channel.', '仍在消费的会员带来新会员，双方都获奖励；新会员在次月通过推荐渠道入会。'),
  fields: [
    { path: 'referral.referrals_per_month', kind: 'number', unit: L('new members / member / month', '人/会员/月'), label: L('Referrals', '推荐率'), tip: L('Average new members one member who is still a customer brings each month (0–0.2). Referred members refer too.', '每位仍在消费的会员每月平均带来的新会员数（0–0.2）；被推荐的会员也会继续推荐。'), slider: [0, 0.2, 0.005] },
    { path: 'referral.referrer_points', kind: 'int', unit: UNITS.points, label: L('Referrer points', '推荐人积分'), tip: L('Points the referrer earns for each new member.', '每推荐一位新会员，推荐人获得的积分。') },
    { path: 'referral.referrer_cost', kind: 'number', unit: UNITS.currency, label: L('Referrer reward cost', '推荐人奖励成本'), tip: L('What rewarding the referrer costs besides points.', '除积分外，奖励推荐人的成本。') },
    { path: 'referral.new_member_points', kind: 'int', unit: UNITS.points, label: L('New member points', '新会员积分'), tip: L('Points the new member receives on joining.', '新会员入会时获得的积分。') },
    { path: 'referral.new_member_cost', kind: 'number', unit: UNITS.currency, label: L('New member reward cost', '新会员奖励成本'), tip: L('What the new member\u2019s welcome reward costs besides points.', '除积分外，新会员欢迎奖励的成本。') },
  ],
});

SECTIONS.push({
  id: 'economics',
  title: L('Value of the programme', '方案价值'),
  note: L('The programme’s value is the sales it adds over the same members with no programme (same random draws).', '方案价值 = 相对同一批会员在无会员方案时（相同随机抽样）多出的销售额。'),
  fields: [
    { path: 'economics.gross_margin', kind: 'percent', unit: UNITS.percent, label: L('Gross margin', '毛利率'), tip: L('Profit on each ¥ of extra sales; the ROI weighs the extra profit against the programme’s cost.', '每 1 元增量销售带来的毛利；投资回报率用增量毛利对比方案成本。'), slider: [0, 0.9, 0.01] },
  ],
});

/** The segments list (population.segments): edited as cards with the behaviour model. */
export const SEGMENTS = {
  path: 'population.segments',
  title: L('Segments', '用户分层'),
  empty: L('Add at least one segment.', '请至少添加一个分层。'),
  min: 1,
  max: 20,
  fields: [
    { path: 'name', kind: 'text', max: 100, label: L('Segment', '分层名称'), tip: L('A group of members who behave alike, e.g. young high-income, price-sensitive.', '行为相近的一群会员，如年轻高收入、价格敏感型。') },
    { path: 'share', kind: 'percent', min: 0, max: 1, unit: UNITS.percent, label: L('Share', '占比'), tip: L('Share of members in this segment; the shares must add up to 100 %.', '该分层会员占比；所有分层合计须为 100%。') },
  ],
  newRow: (rows) => ({
    name: uniqueName(rows, 'Segment', '分层'),
    share: 0,
    behaviour: { form: 'planner', purchases_per_month: 1, purchase_rate_spread: 1, lost_per_year: 0.3, average_order_value: 100, order_value_spread: 0.5 },
  }),
};

/** A segment's behaviour in the planner's words (behaviour.form = "planner"). */
export const PLANNER_FIELDS = [
  { path: 'purchases_per_month', kind: 'number', unit: L('/ month', '次/月'), label: L('Purchases', '消费频次'), tip: L('Average purchases per month of a member who is still a customer.', '仍在消费的会员平均每月消费次数。') },
  { path: 'purchase_rate_spread', kind: 'number', unit: UNITS.cv, label: L('Spread of frequency', '频次离散度'), tip: L('How unequal members\' purchase rates are (coefficient of variation, 0.1–5; 1 = very mixed).', '会员之间消费频次的差异（变异系数 0.1–5；1 表示差异很大）。') },
  { path: 'lost_per_year', kind: 'percent', unit: L('% / year', '%/年'), label: L('Lost per year', '年流失率'), tip: L('Share of members who stop buying for good within a year.', '一年内永久停止消费的会员比例。') },
  { path: 'average_order_value', kind: 'number', unit: UNITS.currency, label: L('Average order', '客单价'), tip: L('Average value of one purchase.', '单次消费的平均金额。') },
  { path: 'order_value_spread', kind: 'number', unit: UNITS.cv, label: L('Spread of order value', '客单价离散度'), tip: L('How much one member\'s order values vary (coefficient of variation, 0.05–3).', '同一会员每次消费金额的波动（变异系数 0.05–3）。') },
  { path: 'dropout_concentration', kind: 'number', label: L('Likeness of dropout (a + b)', '流失概率集中度（a + b）'), tip: L('How alike members\' chances of dropping out after a purchase are: the a + b of BG/NBD\'s Beta(a, b). Larger: more alike. CDNOW\'s fit has 3.2.', '会员每次消费后流失概率的相近程度，即 BG/NBD 中 Beta(a, b) 的 a + b；越大越相近。CDNOW 拟合值约为 3.2。') },
  { path: 'spend_rate_shape', kind: 'number', label: L('Likeness of order values (q)', '客单价集中度（q）'), tip: L('How alike members\' average order values are: the q of Gamma-Gamma (above 1). Larger: more alike. CDNOW\'s fit has 3.7.', '会员平均客单价的相近程度，即 Gamma-Gamma 的 q（须大于 1）；越大越相近。CDNOW 拟合值约为 3.7。') },
];

/** The same behaviour in the papers' symbols (behaviour.form = "model"). */
export const MODEL_FIELDS = [
  { path: 'purchases.r', kind: 'number', label: L('r', 'r'), tip: L('BG/NBD: shape of the purchase-rate distribution λ ~ Gamma(r, α).', 'BG/NBD：消费率 λ ~ Gamma(r, α) 的形状参数。') },
  { path: 'purchases.alpha', kind: 'number', unit: UNITS.weeks, label: L('α', 'α'), tip: L('BG/NBD: rate of λ\'s distribution, in weeks; mean λ = r / α purchases a week.', 'BG/NBD：λ 分布的速率参数（周）；平均每周消费 r/α 次。') },
  { path: 'purchases.a', kind: 'number', label: L('a', 'a'), tip: L('BG/NBD: dropout after a purchase p ~ Beta(a, b); mean a / (a + b).', 'BG/NBD：每次消费后流失概率 p ~ Beta(a, b)，均值 a/(a+b)。') },
  { path: 'purchases.b', kind: 'number', label: L('b', 'b'), tip: L('BG/NBD: second shape of the dropout distribution.', 'BG/NBD：流失概率分布的第二形状参数。') },
  { path: 'spend.p', kind: 'number', label: L('p', 'p'), tip: L('Gamma-Gamma: shape of one purchase\'s value.', 'Gamma-Gamma：单次消费金额的形状参数。') },
  { path: 'spend.q', kind: 'number', label: L('q', 'q'), tip: L('Gamma-Gamma: shape of the spread of members\' spend rates ν (must be above 1).', 'Gamma-Gamma：会员消费率 ν 分布的形状参数（须大于 1）。') },
  { path: 'spend.gamma', kind: 'number', label: L('γ', 'γ'), tip: L('Gamma-Gamma: rate of the spread of ν; mean spend = pγ / (q − 1).', 'Gamma-Gamma：ν 分布的速率参数；平均客单价 = pγ/(q−1)。') },
];

function uniqueName(rows, en, zh) {
  const base = (document.documentElement.lang || '').startsWith('zh') ? zh : en;
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
