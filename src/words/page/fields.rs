//! The scenario editor's fields: labels, tips, units and options, in English and in Simplified Chinese side by side.

use super::Words;

pub(super) const WORDS: &[Words] = words! {
    "field.units.members" => "members",
        "人";
    "field.units.perMonth" => "/ month",
        "人/月";
    "field.units.months" => "months",
        "个月";
    "field.units.days" => "days",
        "天";
    "field.units.currency" => "¥",
        "元";
    "field.units.perCurrency" => "per ¥1",
        "每 1 元";
    "field.units.percent" => "%",
        "%";
    "field.units.growth" => "growth",
        "成长值";
    "field.units.points" => "points",
        "积分";
    "field.units.times" => "×",
        "倍";
    "field.units.purchases" => "purchases",
        "次";
    "field.units.perMonthShort" => "/ month",
        "/月";
    "field.units.currencyPerMonth" => "¥ / month",
        "元/人/月";
    "field.units.weeks" => "weeks",
        "周";
    "field.units.cv" => "CV",
        "变异系数";
    "field.title" => "Scenario and horizon",
        "方案与周期";
    "field.name.label" => "Scenario name",
        "方案名称";
    "field.name.tip" => "A name you will recognise in exports and shared links.",
        "导出文件和分享链接中显示的名称。";
    "field.horizon.months.label" => "Horizon",
        "模拟时长";
    "field.horizon.months.tip" => "How many months to simulate and report (1–120).",
        "模拟并报告的月数（1–120）。";
    "field.horizon.start_year.label" => "Start year",
        "起始年份";
    "field.horizon.start_year.tip" => "Calendar year of the first month (matters for calendar-year reviews and expiry).",
        "第一个月所在的年份（影响自然年评级和积分过期）。";
    "field.horizon.start_month.label" => "Start month",
        "起始月份";
    "field.horizon.start_month.tip" => "Calendar month of the first month.",
        "第一个月是几月。";
    "field.horizon.seed.label" => "Random seed",
        "随机种子";
    "field.horizon.seed.tip" => "Same scenario and seed give exactly the same members and results. Change it to see another draw.",
        "相同方案与种子得到完全相同的会员与结果；换一个种子可看另一次抽样。";
    "field.title.population" => "Population",
        "会员群体";
    "field.population.starting_members.label" => "Starting members",
        "初始会员数";
    "field.population.starting_members.tip" => "Members enrolled at month 0 (or joining at launch for a new programme).",
        "第 0 个月已有的会员（新方案则为上线时加入的会员）。";
    "field.population.new_members_per_month.label" => "New members",
        "每月新增会员";
    "field.population.new_members_per_month.tip" => "Members joining each month, from month 0 on.",
        "从第 0 个月起每月新加入的会员数。";
    "field.population.acquisition_growth_per_month.unit" => "% / month",
        "%/月";
    "field.population.acquisition_growth_per_month.label" => "Acquisition growth",
        "拉新月增长率";
    "field.population.acquisition_growth_per_month.tip" => "Monthly growth of the number of new members (1 % = each month brings 1 % more than the last).",
        "每月新增会员数的环比增长（1% 表示每月比上月多 1%）。";
    "field.label" => "Programme history",
        "方案历史";
    "field.tip" => "A new programme starts everyone at zero; an existing one is warmed up first so month 0 has realistic tiers and balances.",
        "新方案所有人从零开始；已有方案会先预热若干个月，使第 0 个月的等级与积分余额更真实。";
    "field.new_programme.label" => "New programme",
        "新上线方案";
    "field.existing_programme.label" => "Existing programme",
        "已运营方案";
    "field.warmup_months.label" => "Warm-up",
        "预热期";
    "field.warmup_months.tip" => "Months simulated before month 0 (not reported) so members arrive with history.",
        "第 0 个月之前模拟的月数（不计入报告），让会员带着历史进入。";
    "field.title.lifecycleStages" => "Lifecycle stages",
        "生命周期";
    "field.lifecycle.active_window_days.label" => "Active window",
        "活跃窗口";
    "field.lifecycle.active_window_days.tip" => "A member counts as active if their last purchase is at most this many days old.",
        "最近一次消费在这么多天以内的会员算作活跃。";
    "field.lifecycle.churned_after_days.label" => "Churned after",
        "流失判定";
    "field.lifecycle.churned_after_days.tip" => "No purchase for longer than this: churned (流失). Between the active window and this: dormant (沉默).",
        "超过这么多天未消费即为流失；介于活跃窗口与此之间为沉默。";
    "field.lifecycle.maturity_purchases.label" => "Mature at purchases",
        "成熟期消费次数";
    "field.lifecycle.maturity_purchases.tip" => "Purchases (including the first) at which an active member counts as mature.",
        "活跃会员累计消费达到这么多次（含首单）即进入成熟期。";
    "field.lifecycle.maturity_spend.label" => "… or at total spend",
        "…或累计消费";
    "field.lifecycle.maturity_spend.tip" => "Or total spend at which an active member counts as mature.",
        "或累计消费金额达到此值即进入成熟期。";
    "field.title.growthValue" => "Growth value",
        "成长值";
    "field.growth.per_currency_unit.unit" => "growth per ¥1",
        "成长值/元";
    "field.growth.per_currency_unit.label" => "Growth from spend",
        "消费成长值";
    "field.growth.per_currency_unit.tip" => "Growth value earned per ¥1 paid. Growth decides the tier and is never spent.",
        "每消费 1 元获得的成长值。成长值决定等级，不可消费。";
    "field.growth.behaviour_cap_per_month.unit" => "growth / month",
        "成长值/月";
    "field.growth.behaviour_cap_per_month.label" => "Behaviour cap",
        "行为成长值上限";
    "field.growth.behaviour_cap_per_month.tip" => "Most growth a member can earn from behaviours (sign-in, reviews…) in a month. 0 = no cap.",
        "每位会员每月通过行为（签到、评价等）最多获得的成长值；0 表示不设上限。";
    "field.growth.campaign_rewards_give_growth.label" => "Campaign rewards give growth",
        "活动奖励计入成长值";
    "field.growth.campaign_rewards_give_growth.tip" => "The playbook advises against it: pay campaign rewards in points so activity-chasers cannot race up the tiers.",
        "建议关闭：活动奖励发积分而非成长值，避免只薅活动的会员快速升级。";
    "field.title.behavioursThatEarnGrowth" => "Behaviours that earn growth",
        "获取成长值的行为";
    "field.empty" => "No behaviours: growth comes from spend only.",
        "暂无行为：成长值只来自消费。";
    "field.name.label.behaviour" => "Behaviour",
        "行为";
    "field.name.tip.eGDailySign" => "e.g. daily sign-in, review, profile completion, referral.",
        "如每日签到、评价、完善资料、邀请好友。";
    "field.growth_per_action.label" => "Growth each",
        "每次成长值";
    "field.growth_per_action.tip" => "Growth per action.",
        "每次行为获得的成长值。";
    "field.actions_per_month.unit" => "/ month",
        "次/月";
    "field.actions_per_month.label" => "Times a month",
        "每月次数";
    "field.actions_per_month.tip" => "Average actions per month by a member who is still a customer; for a one-off behaviour, the monthly chance it happens (0–1).",
        "仍在消费的会员平均每月次数；一次性行为则为每月发生的概率（0–1）。";
    "field.once.label" => "Once",
        "一次性";
    "field.once.tip" => "A one-off behaviour (e.g. profile completion) happens at most once per member.",
        "一次性行为（如完善资料）每位会员最多一次。";
    "field.title.tiers" => "Tiers",
        "会员等级";
    "field.note" => "What a tier does to its members (fewer drop out, they buy more often) is your assumption, marked as such: the example programme’s are illustrations, not measurements.",
        "等级对会员行为的影响（流失更少、消费更频繁）是你的假设，已标出：示例方案中的数值仅作演示，并非实测。";
    "field.tiers.basis.label" => "Qualifying growth",
        "定级依据";
    "field.tiers.basis.tip" => "Which growth counts towards a tier.",
        "计入定级的成长值范围。";
    "field.lifetime.label" => "Lifetime (never downgraded)",
        "累计（永不降级）";
    "field.rolling_12_months.label" => "Rolling 12 months",
        "滚动 12 个月";
    "field.calendar_year.label" => "Calendar year",
        "自然年";
    "field.membership_year.label" => "Membership year",
        "会员年度";
    "field.tiers.downgrade.label" => "Downgrade",
        "降级机制";
    "field.tiers.downgrade.tip" => "What happens at a review to a member whose growth is below their tier's keep threshold.",
        "评级时成长值低于保级门槛的会员如何处理。";
    "field.none.label" => "Never",
        "不降级";
    "field.one_tier.label" => "One tier per review",
        "每次降一级";
    "field.to_qualified_tier.label" => "To the tier they qualify for",
        "降至符合条件的等级";
    "field.tiers.grace_months.label" => "Grace period",
        "保级宽限期";
    "field.tiers.grace_months.tip" => "Months a member keeps the tier after failing a review; requalifying meanwhile cancels the downgrade.",
        "评级未通过后仍保留等级的月数；期间重新达标则取消降级。";
    "field.title.tierLadderEntryTier" => "Tier ladder (entry tier first)",
        "等级阶梯（从入门级开始）";
    "field.empty.addAtLeastOne" => "Add at least one tier.",
        "请至少添加一个等级。";
    "field.name.label.tier" => "Tier",
        "等级";
    "field.name.tip.eGRegularSilver" => "e.g. Regular, Silver, Gold.",
        "如普通、银卡、金卡。";
    "field.threshold.label" => "Threshold",
        "升级门槛";
    "field.threshold.tip" => "Qualifying growth at which a member is upgraded at once. The entry tier's is 0.",
        "达到此成长值立即升级；入门级为 0。";
    "field.keep_threshold.label" => "Keep at",
        "保级门槛";
    "field.keep_threshold.tip" => "Qualifying growth needed at a review to keep the tier (at most the threshold).",
        "评级时保住该等级所需的成长值（不高于升级门槛）。";
    "field.earn_multiplier.unit" => "× base",
        "倍";
    "field.earn_multiplier.label" => "Points",
        "积分倍数";
    "field.earn_multiplier.tip" => "Points earn multiplier (1 = the base rate).",
        "积分获取倍数（1 为基础倍率）。";
    "field.discount.label" => "Discount",
        "折扣";
    "field.discount.tip" => "Discount on every purchase (5 % = 5 % off the price).",
        "每次消费的折扣（5% 即减价 5%）。";
    "field.benefit_cost_per_month.label" => "Benefit cost per member",
        "每人权益成本";
    "field.benefit_cost_per_month.tip" => "What the tier's benefits (gifts, priority service…) cost per active member per month.",
        "该等级权益（礼品、优先服务等）每位活跃会员每月的成本。";
    "field.dropout_reduction.label" => "Dropout reduction",
        "流失率降低";
    "field.dropout_reduction.tip" => "Your assumption: how much the tier lowers the chance of dropping out after a purchase (20 % = a fifth less likely).",
        "你的假设：该等级让会员消费后流失的概率降低多少（20% 即降低五分之一）。";
    "field.purchase_rate_uplift.label" => "Purchase-rate uplift",
        "消费频次提升";
    "field.purchase_rate_uplift.tip" => "Your assumption: how much more often members of this tier buy.",
        "你的假设：该等级会员的消费频次提高多少。";
    "field.redemption_per_month.label" => "Redeems when possible",
        "月兑换概率";
    "field.redemption_per_month.tip" => "Chance per month that a member whose points cover a reward redeems one.",
        "积分足够兑换时，会员每月兑换的概率。";
    "field.title.goalGradient" => "Goal gradient",
        "目标梯度效应";
    "field.note.membersCloseToThe" => "Members close to the next tier buy faster (Kivetz, Urminsky & Zheng 2006 measured about 20 %).",
        "接近下一等级的会员消费更快（Kivetz 等 2006 年测得约 20%）。";
    "field.goal_gradient.within_share.unit" => "% of threshold",
        "% 门槛";
    "field.goal_gradient.within_share.label" => "Close means within",
        "“接近”的范围";
    "field.goal_gradient.within_share.tip" => "A member within this share of the next tier's threshold counts as close (20 % = within a fifth).",
        "距下一等级门槛在此比例以内即视为接近（20% 即差距不到五分之一）。";
    "field.goal_gradient.purchase_rate_uplift.label" => "Uplift when close",
        "接近时频次提升";
    "field.goal_gradient.purchase_rate_uplift.tip" => "How much faster a close member buys. 0 switches the effect off.",
        "接近时消费频次提高多少；0 表示关闭该效应。";
    "field.title.pointsAndRewards" => "Points and rewards",
        "积分与兑换";
    "field.points.per_currency_unit.unit" => "points per ¥1",
        "积分/元";
    "field.points.per_currency_unit.label" => "Points from spend",
        "消费积分";
    "field.points.per_currency_unit.tip" => "Points earned per ¥1 paid, before the tier multiplier.",
        "每消费 1 元获得的积分（未乘等级倍数）。";
    "field.points.pending_months.label" => "Pending period",
        "积分冻结期";
    "field.points.pending_months.tip" => "Months before earned points can be redeemed (returns window). 0 = at once.",
        "获得积分后多少个月才能使用（退货期）；0 表示立即可用。";
    "field.label.pointsExpire" => "Points expire",
        "积分过期";
    "field.tip.whenUnredeemedPointsLapse" => "When unredeemed points lapse. Expiry raises breakage and lowers the liability.",
        "未兑换积分何时失效。过期会提高沉淀、降低负债。";
    "field.never.label" => "Never",
        "永不过期";
    "field.months_after_earning.label" => "N months after earning",
        "获得后 N 个月";
    "field.months.label" => "Lifetime of points",
        "积分有效期";
    "field.months.tip" => "Points expire at the end of this many months after the month they were earned; the oldest are used first.",
        "积分在获得当月之后第 N 个月末过期；兑换时先用最早的积分。";
    "field.end_of_next_year.label" => "End of the following year",
        "次年年底";
    "field.after_inactivity.label" => "After N months inactive",
        "连续 N 个月无活动后";
    "field.months.label.inactiveFor" => "Inactive for",
        "无活动时长";
    "field.months.tip.theWholeBalanceExpires" => "The whole balance expires after this many months without a purchase or redemption.",
        "连续这么多个月没有消费或兑换，全部积分过期。";
    "field.points.cost_per_point.blank" => "from the rewards",
        "按礼品推算";
    "field.points.cost_per_point.unit" => "¥ per point",
        "元/积分";
    "field.points.cost_per_point.label" => "Cost of a point (override)",
        "每积分成本（手动指定）";
    "field.points.cost_per_point.tip" => "Leave empty and the liability values a point at what the rewards members redeem cost, net of their cash. A number here overrides that for the liability only; redemptions are always costed at each reward’s own cost.",
        "留空时，积分负债按会员实际兑换的礼品扣除现金后的成本推算每积分成本。填写数字则只替换积分负债所用的成本；兑换始终按各礼品自身的成本计。";
    "field.title.pointsMall" => "Points mall",
        "积分商城";
    "field.empty.noRewardsPointsCan" => "No rewards: points can never be redeemed.",
        "暂无兑换品：积分无法兑换。";
    "field.name.label.reward" => "Reward",
        "兑换品";
    "field.name.tip.whatMembersGet" => "What members get.",
        "会员兑换得到的东西。";
    "field.points.label" => "Points",
        "所需积分";
    "field.points.tip" => "Points the member spends.",
        "会员需要花费的积分。";
    "field.cash.label" => "+ Cash",
        "加价购";
    "field.cash.tip" => "Cash the member pays on top (points + cash).",
        "会员额外支付的现金（积分 + 现金）。";
    "field.cost.label" => "Cost to you",
        "公司成本";
    "field.cost.tip" => "What the reward costs the company.",
        "该兑换品的公司成本。";
    "field.title.campaigns" => "Campaigns",
        "营销活动";
    "field.note.eachCampaignSValue" => "Each campaign’s value is measured against a re-run of the same members and random draws without it, beside what a hold-out test would report.",
        "每个活动的价值按“同一批会员、相同随机抽样下不做该活动”重新模拟来测算，并与对照组测试的结果并列展示。";
    "field.title.referral" => "Referral",
        "老带新";
    "field.note.membersWhoAreStill" => "Members who are still customers bring new members; both sides are rewarded. New members join the month after, through the referral channel.",
        "仍在消费的会员带来新会员，双方都获奖励；新会员在次月通过推荐渠道入会。";
    "field.referral.referrals_per_month.unit" => "new members / member / month",
        "人/会员/月";
    "field.referral.referrals_per_month.label" => "Referrals",
        "推荐率";
    "field.referral.referrals_per_month.tip" => "Average new members one member who is still a customer brings each month (0–0.2). Referred members refer too.",
        "每位仍在消费的会员每月平均带来的新会员数（0–0.2）；被推荐的会员也会继续推荐。";
    "field.referral.referrer_points.label" => "Referrer points",
        "推荐人积分";
    "field.referral.referrer_points.tip" => "Points the referrer earns for each new member.",
        "每推荐一位新会员，推荐人获得的积分。";
    "field.referral.referrer_cost.label" => "Referrer reward cost",
        "推荐人奖励成本";
    "field.referral.referrer_cost.tip" => "What rewarding the referrer costs besides points.",
        "除积分外，奖励推荐人的成本。";
    "field.referral.new_member_points.label" => "New member points",
        "新会员积分";
    "field.referral.new_member_points.tip" => "Points the new member receives on joining.",
        "新会员入会时获得的积分。";
    "field.referral.new_member_cost.label" => "New member reward cost",
        "新会员奖励成本";
    "field.referral.new_member_cost.tip" => "What the new member’s welcome reward costs besides points.",
        "除积分外，新会员欢迎奖励的成本。";
    "field.title.valueOfTheProgramme" => "Value of the programme",
        "方案价值";
    "field.note.theProgrammeSValue" => "The programme’s value is the sales it adds over the same members with no programme (same random draws).",
        "方案价值 = 相对同一批会员在无会员方案时（相同随机抽样）多出的销售额。";
    "field.economics.gross_margin.label" => "Gross margin",
        "毛利率";
    "field.economics.gross_margin.tip" => "Profit on each ¥ of extra sales; the ROI weighs the extra profit against the programme’s cost.",
        "每 1 元增量销售带来的毛利；投资回报率用增量毛利对比会员计划成本。";
    "field.segments.title" => "Segments",
        "用户分层";
    "field.segments.empty" => "Add at least one segment.",
        "请至少添加一个分层。";
    "field.name.label.segment" => "Segment",
        "分层名称";
    "field.name.tip.aGroupOfMembers" => "A group of members who behave alike, e.g. young high-income, price-sensitive.",
        "行为相近的一群会员，如年轻高收入、价格敏感型。";
    "field.share.label" => "Share",
        "占比";
    "field.share.tip" => "Share of members in this segment; the shares must add up to 100 %.",
        "该分层会员占比；所有分层合计须为 100%。";
    "field.purchases_per_month.label" => "Purchases",
        "消费频次";
    "field.purchases_per_month.tip" => "Average purchases per month of a member who is still a customer.",
        "仍在消费的会员平均每月消费次数。";
    "field.purchase_rate_spread.label" => "Spread of frequency",
        "频次离散度";
    "field.purchase_rate_spread.tip" => "How unequal members' purchase rates are (coefficient of variation, 0.1–5; 1 = very mixed).",
        "会员之间消费频次的差异（变异系数 0.1–5；1 表示差异很大）。";
    "field.lost_per_year.unit" => "% / year",
        "%/年";
    "field.lost_per_year.label" => "Lost per year",
        "年流失率";
    "field.lost_per_year.tip" => "Share of members who stop buying for good within a year.",
        "一年内永久停止消费的会员比例。";
    "field.average_order_value.label" => "Average order",
        "客单价";
    "field.average_order_value.tip" => "Average value of one purchase.",
        "单次消费的平均金额。";
    "field.order_value_spread.label" => "Spread of order value",
        "客单价离散度";
    "field.order_value_spread.tip" => "How much one member's order values vary (coefficient of variation, 0.05–3).",
        "同一会员每次消费金额的波动（变异系数 0.05–3）。";
    "field.purchases.r.label" => "r",
        "r";
    "field.purchases.r.tip" => "BG/NBD: shape of the purchase-rate distribution λ ~ Gamma(r, α).",
        "BG/NBD：消费率 λ ~ Gamma(r, α) 的形状参数。";
    "field.purchases.alpha.label" => "α",
        "α";
    "field.purchases.alpha.tip" => "BG/NBD: rate of λ's distribution, in weeks; mean λ = r / α purchases a week.",
        "BG/NBD：λ 分布的速率参数（周）；平均每周消费 r/α 次。";
    "field.purchases.a.label" => "a",
        "a";
    "field.purchases.a.tip" => "BG/NBD: dropout after a purchase p ~ Beta(a, b); mean a / (a + b).",
        "BG/NBD：每次消费后流失概率 p ~ Beta(a, b)，均值 a/(a+b)。";
    "field.purchases.b.label" => "b",
        "b";
    "field.purchases.b.tip" => "BG/NBD: second shape of the dropout distribution.",
        "BG/NBD：流失概率分布的第二形状参数。";
    "field.spend.p.label" => "p",
        "p";
    "field.spend.p.tip" => "Gamma-Gamma: shape of one purchase's value.",
        "Gamma-Gamma：单次消费金额的形状参数。";
    "field.spend.q.label" => "q",
        "q";
    "field.spend.q.tip" => "Gamma-Gamma: shape of the spread of members' spend rates ν (must be above 1).",
        "Gamma-Gamma：会员消费率 ν 分布的形状参数（须大于 1）。";
    "field.spend.gamma.label" => "γ",
        "γ";
    "field.spend.gamma.tip" => "Gamma-Gamma: rate of the spread of ν; mean spend = pγ / (q − 1).",
        "Gamma-Gamma：ν 分布的速率参数；平均客单价 = pγ/(q−1)。";
    "field.newRow.behaviour" => "Sign-in",
        "签到";
    "field.newRow.tier" => "New tier",
        "新等级";
    "field.newRow.reward" => "Reward",
        "兑换品";
    "field.newRow.segment" => "Segment",
        "分层";
};
