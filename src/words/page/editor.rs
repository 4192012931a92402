//! The scenario editor's frame and the campaign cards (their fields, builder and one-line summaries), in English and in Simplified Chinese side by side.

use super::Words;

pub(super) const WORDS: &[Words] = words! {
    "editor.title" => "Scenario",
        "方案";
    "editor.problems" => "Problems with this scenario",
        "方案存在的问题";
    "editor.add" => "Add",
        "添加";
    "editor.addRow" => "Add a row",
        "添加一行";
    "editor.remove" => "Remove",
        "删除";
    "editor.up" => "Move up",
        "上移";
    "editor.down" => "Move down",
        "下移";
    "editor.more" => "More settings",
        "更多设置";
    "editor.noRows" => "No rows.",
        "暂无数据。";
    "editor.segmentForm" => "Behaviour given as",
        "行为参数形式";
    "editor.form.planner" => "Planner’s terms",
        "运营口径";
    "editor.form.model" => "Model parameters",
        "模型参数";
    "editor.derived.planner" => "In the planner’s terms",
        "换算为运营口径";
    "editor.derived.model" => "In the papers’ symbols (BG/NBD, Gamma-Gamma)",
        "换算为论文符号（BG/NBD、Gamma-Gamma）";
    "editor.derivedNote" => "Computed from the values on the left; switch the form to edit these instead.",
        "由左侧数值换算；如需直接编辑，请切换参数形式。";
    "editor.json" => "Scenario as JSON",
        "方案 JSON";
    "editor.jsonNote" => "Every field, including ones the form does not show. Apply checks it first.",
        "包含所有字段（含表单未显示的字段）。应用前会先校验。";
    "editor.apply" => "Apply JSON",
        "应用 JSON";
    "editor.reset" => "Reset to the example",
        "恢复示例方案";
    "editor.assumption" => "assumption",
        "假设";
    "editor.sharesSum" => "Shares add up to {sum}.",
        "占比合计 {sum}。";
    "editor.perMonth" => "per month",
        "每月";
    "editor.tierEntry" => "entry tier",
        "入门级";
    "campaignField.u.perContact" => "¥ / contact",
        "元/人次";
    "campaignField.u.perMonth" => "¥ / month",
        "元/月";
    "campaignField.u.pointsPerMonth" => "points / month",
        "积分/月";
    "campaignField.u.offers" => "offers",
        "张/人";
    "campaignField.name.label" => "Campaign name",
        "活动名称";
    "campaignField.name.tip" => "A name you will recognise in the results. Renaming a campaign re-draws its control group.",
        "在复盘结果中显示的名称。改名会重新抽取对照组。";
    "campaignField.holdout_share.label" => "Hold-out (control group)",
        "对照组比例";
    "campaignField.holdout_share.tip" => "Share of eligible members kept back as a control group (对照组) that never gets the offer, so the lift can be measured the way an analyst would. 0–90 %.",
        "符合条件的会员中留作对照组、不发券的比例，用于像分析师一样测算提升效果。0–90%。";
    "campaignField.gives_growth.label" => "Using the offer gives growth value",
        "用券计入成长值";
    "campaignField.gives_growth.tip" => "Whether a purchase made with this offer earns growth value (成长值) towards the tiers. The playbook advises no: pay campaign rewards in points.",
        "用券消费是否计入成长值（影响升级）。建议关闭：活动奖励用积分发放。";
    "campaignField.offer.label" => "Offer",
        "优惠类型";
    "campaignField.offer.tip" => "What the member gets. A purchase uses at most one offer: the first campaign in this list whose offer the member holds and chooses to use.",
        "会员得到什么。每笔消费最多用一张券：按列表顺序，第一个会员持有且选择使用的活动优惠。";
    "campaignField.amount_off.label" => "Amount off above a minimum spend (spend X, save Y)",
        "满减券（满X减Y）";
    "campaignField.min_spend.label" => "Minimum spend (X)",
        "使用门槛（满 X）";
    "campaignField.min_spend.tip" => "The purchase must come to at least this much for the coupon to apply.",
        "单笔消费满此金额才能用券。";
    "campaignField.amount.label" => "Amount off (Y)",
        "减免金额（减 Y）";
    "campaignField.amount.tip" => "Taken off the purchase; it is the coupon’s face value and its cost to you.",
        "从该笔消费中减去的金额，即券面值，也是你的成本。";
    "campaignField.percent_off.label" => "Percent off, with a cap",
        "折扣券（有封顶）";
    "campaignField.percent.label" => "Percent off",
        "优惠比例";
    "campaignField.percent.tip" => "Share taken off the purchase: 20 % off is 8折.",
        "按比例减价：减 20% 即 8 折。";
    "campaignField.cap.label" => "At most",
        "最高减免";
    "campaignField.cap.tip" => "The most one use can take off. Needed so the budget can be kept.",
        "单次使用最多减免的金额；需要封顶才能控制预算。";
    "campaignField.points_multiplier.label" => "Points multiplier",
        "积分加倍";
    "campaignField.multiplier.label" => "Points ×",
        "积分倍数";
    "campaignField.multiplier.tip" => "The purchase’s points are multiplied by this (2 = double points). Above 1, at most 100.",
        "该笔消费的积分乘以此倍数（2 为双倍）；须大于 1，最多 100。";
    "campaignField.max_bonus_points.label" => "Most extra points",
        "最多额外积分";
    "campaignField.max_bonus_points.tip" => "The most extra points one use can give.",
        "单次最多额外赠送的积分。";
    "campaignField.bonus_points.label" => "Bonus points",
        "赠送积分";
    "campaignField.points.tip" => "Extra points with the next purchase. They cost you when redeemed (cost per point).",
        "下次消费时额外赠送的积分；被兑换时按每积分成本计入成本。";
    "campaignField.gift.label" => "Gift",
        "赠品";
    "campaignField.cost.label" => "Gift cost",
        "赠品成本";
    "campaignField.cost.tip" => "What the gift handed over with the next purchase costs you.",
        "下次消费时赠送的礼品的成本。";
    "campaignField.reward_discount.label" => "Points-for-reward discount",
        "积分兑换折扣";
    "campaignField.share.label" => "Points off",
        "少扣积分";
    "campaignField.share.tip" => "The next reward redeemed costs this share fewer points (50% = half the points).",
        "下次兑换礼品少扣的积分比例（50% 即半价兑换）。";
    "campaignField.once.label" => "Once, in the start month",
        "单次（开始月）";
    "campaignField.every_month.label" => "Every month",
        "每月发放";
    "campaignField.on_joining.label" => "When a member joins (welcome pack)",
        "入会时（新人礼包）";
    "campaignField.birthday_month.label" => "In the member’s birthday month",
        "生日当月（生日券）";
    "campaignField.member_day.label" => "On member day (the 8th)",
        "会员日（每月 8 日）";
    "campaignField.entering_audience.label" => "When a member enters the audience",
        "进入目标人群时";
    "campaignField.schedule.trigger.label" => "Sent",
        "发放方式";
    "campaignField.schedule.trigger.tip" => "What sends an offer: once at the start; at the start of every month; with the first purchase (新人礼包); at the start of the birthday month (生日券); on member day (会员日); or when a member newly meets the audience, e.g. becomes dormant.",
        "何时发券：开始月发一次；每月初；入会首单时（新人礼包）；生日月初（生日券）；会员日；或会员刚进入目标人群时（如刚变为沉默）。";
    "campaignField.schedule.start_month.label" => "From month",
        "开始月";
    "campaignField.schedule.start_month.tip" => "First month the campaign runs, as a month number: 0 is the first simulated month.",
        "活动开始的月份序号：0 为模拟的第一个月。";
    "campaignField.schedule.end_month.label" => "To month",
        "结束月";
    "campaignField.schedule.end_month.tip" => "Last month the campaign runs, included. It may go past the horizon.",
        "活动最后一个月（含）；可以超出模拟周期。";
    "campaignField.schedule.validity_days.label" => "Valid for",
        "有效期";
    "campaignField.schedule.validity_days.tip" => "How many days an offer can be used after it is sent.",
        "券发出后可使用的天数。";
    "campaignField.limits.contact_cost.label" => "Contact cost",
        "触达成本";
    "campaignField.limits.contact_cost.tip" => "What reaching one member costs (SMS, push, mail). Counted for every offer sent, used or not.",
        "触达一位会员的成本（短信、推送等），每发一张券都计入，无论是否使用。";
    "campaignField.limits.per_member_limit.label" => "Per-member limit",
        "每人限领";
    "campaignField.limits.per_member_limit.tip" => "Offers one member may receive from this campaign in all. 0 = no limit.",
        "每位会员在本活动中最多收到的券数；0 表示不限。";
    "campaignField.limits.budget_per_month.label" => "Budget per month",
        "每月预算";
    "campaignField.limits.budget_per_month.tip" => "Money the offers sent in one month may commit at most (contacts, and the face value and gifts of offers used). 0 = no limit. It is never exceeded: when it runs out, the members who joined first are served.",
        "单月发出的券最多可占用的金额（触达成本及已使用券的面值、赠品）。0 表示不限。预算绝不超支：用完时按入会先后优先发放。";
    "campaignField.limits.budget_total.label" => "Total budget",
        "总预算";
    "campaignField.limits.budget_total.tip" => "Money the campaign may commit in all, spread evenly over its months. 0 = no limit.",
        "整个活动最多可占用的金额，平均分摊到各月。0 表示不限。";
    "campaignField.limits.points_budget_per_month.label" => "Points budget per month",
        "每月积分预算";
    "campaignField.limits.points_budget_per_month.tip" => "Bonus points the offers sent in one month may commit at most. 0 = no limit.",
        "单月发出的券最多可赠送的积分。0 表示不限。";
    "campaignField.limits.points_budget_total.label" => "Points budget in all",
        "积分总预算";
    "campaignField.limits.points_budget_total.tip" => "Bonus points the campaign may commit in all, spread evenly over its months. 0 = no limit.",
        "活动总共可赠送的积分，平均分摊到各月。0 表示不限。";
    "campaignField.response.purchase_rate_uplift.label" => "Buy more often while holding it",
        "持券期间消费频次提升";
    "campaignField.response.purchase_rate_uplift.tip" => "Your assumption: how much more often a member buys while holding the offer (30 % = 1.3 times as often). 0–1000 %.",
        "你的假设：会员持券期间的消费频次提高多少（30% 即为原来的 1.3 倍）。0–1000%。";
    "campaignField.response.dropout_reduction.label" => "Less likely to drop out",
        "流失率降低";
    "campaignField.response.dropout_reduction.tip" => "Your assumption: how much receiving the offer lowers the chance of stopping for good after a purchase, while it is held (20 % = a fifth less likely).",
        "你的假设：持券期间，会员每次消费后永久流失的概率降低多少（20% 即降低五分之一）。";
    "campaignField.response.usage_share.label" => "Use it when it applies",
        "用券率";
    "campaignField.response.usage_share.tip" => "Your assumption: on the purchases the offer applies to, how often the member actually uses it (核销). Coupons used on purchases that would have happened anyway cost you without adding sales.",
        "你的假设：在可用券的消费中，会员实际用券（核销）的比例。用在本来就会发生的消费上的券只有成本、没有增量。";
    "campaignField.stage.label" => "Lifecycle stage",
        "生命周期阶段";
    "campaignField.tier.label" => "Tier",
        "会员等级";
    "campaignField.segment.label" => "Segment",
        "用户分层";
    "campaignField.days_since_last_purchase.label" => "Days since last purchase",
        "距上次消费天数";
    "campaignField.tip" => "Recency: days since the member’s last purchase, both ends included (30–60 takes day 30 and day 60).",
        "最近一次消费距今的天数，含两端（30–60 包括第 30 天和第 60 天）。";
    "campaignField.purchases.label" => "Purchases so far",
        "累计消费次数";
    "campaignField.tip.purchasesSoFarThe" => "Purchases so far, the first included.",
        "累计消费次数（含首单）。";
    "campaignField.total_spend.label" => "Total spend so far",
        "累计消费金额";
    "campaignField.tip.everythingTheMemberHas" => "Everything the member has spent so far.",
        "会员至今的累计消费金额。";
    "campaignField.trailing_spend.label" => "Spend in the last months",
        "近 N 个月消费";
    "campaignField.months.label" => "Last months",
        "最近月数";
    "campaignField.months.tip" => "How many whole months back to add up (1–12).",
        "向前累计的整月数（1–12）。";
    "campaignField.min.label" => "From",
        "从";
    "campaignField.min.tip" => "Spend in those months, after discounts.",
        "这些月份内的实付消费金额。";
    "campaignField.max.label" => "to",
        "到";
    "campaignField.max.tip" => "Upper end, included. Leave empty for no limit.",
        "上限（含）；留空表示不限。";
    "campaignField.points_balance.label" => "Points balance",
        "积分余额";
    "campaignField.tip.pointsTheMemberHolds" => "Points the member holds now.",
        "会员当前持有的积分。";
    "campaignField.tenure_months.label" => "Months since joining",
        "入会月数";
    "campaignField.tip.wholeMonthsSinceThe" => "Whole months since the member joined.",
        "会员入会至今的整月数。";
    "campaignField.birthday_this_month.label" => "Birthday this month",
        "本月生日";
    "campaignField.joined_between.label" => "Joined between months",
        "入会月份区间";
    "campaignField.from_month.label" => "Joined from month",
        "入会起始月";
    "campaignField.from_month.tip" => "Month number: 0 is the first simulated month; members who joined during warm-up have negative numbers.",
        "月份序号：0 为模拟第一个月；预热期入会的会员为负数。";
    "campaignField.to_month.label" => "to month",
        "至";
    "campaignField.to_month.tip" => "Last joining month, included.",
        "入会截止月份（含）。";
    "campaignField.everyone.label" => "Everyone",
        "全部会员";
    "campaignEditor.text.empty" => "No campaigns yet. Add a seed campaign — welcome pack, birthday coupon, member day, win-back, reactivation — or start a new one.",
        "还没有活动。可从种子活动添加（新人礼包、生日券、会员日、流失挽回、沉默唤醒），或新建一个。";
    "campaignEditor.text.count" => "{n} of at most {max} campaigns",
        "{n} 个活动（最多 {max} 个）";
    "campaignEditor.text.seedMenu" => "Add a seed campaign…",
        "添加种子活动…";
    "campaignEditor.text.seedTitle" => "The seeds’ campaigns, ready to adapt: welcome pack, birthday coupon, member day, the fresh-food win-back rule, reactivation of dormant members",
        "种子活动，可直接改用：新人礼包、生日券、会员日、生鲜连锁流失挽回规则、沉默会员唤醒";
    "campaignEditor.text.newCampaign" => "New campaign",
        "新建活动";
    "campaignEditor.text.duplicate" => "Duplicate",
        "复制";
    "campaignEditor.text.copy" => "copy",
        "副本";
    "campaignEditor.text.who" => "Who gets it",
        "发给谁";
    "campaignEditor.text.what" => "What they get",
        "优惠内容";
    "campaignEditor.text.when" => "When",
        "发放时间";
    "campaignEditor.text.limits" => "Costs and limits",
        "成本与限额";
    "campaignEditor.text.assumptions" => "Your assumptions",
        "你的假设";
    "campaignEditor.text.assumptionsNote" => "Not results: the simulation takes these as given and measures what they add. Change them to see how much the campaign’s value depends on them.",
        "这些不是结果：模拟按你的假设执行，再测算活动带来的增量。调整它们可以看出活动价值对假设有多敏感。";
    "campaignEditor.text.assumptionTag" => "assumption",
        "假设";
    "campaignEditor.text.everyone" => "Everyone: every member is eligible. Add a condition to narrow the audience.",
        "全部会员：所有会员都符合条件。添加条件以缩小人群。";
    "campaignEditor.text.matchAll" => "all of these conditions",
        "以下全部条件";
    "campaignEditor.text.matchAny" => "any of these conditions",
        "以下任一条件";
    "campaignEditor.text.matchLead" => "Members who meet",
        "满足";
    "campaignEditor.text.matchTip" => "All: a member must meet every condition (and). Any: one is enough (or).",
        "全部：会员须同时满足每个条件（且）。任一：满足其中一个即可（或）。";
    "campaignEditor.text.addCondition" => "Add a condition",
        "添加条件";
    "campaignEditor.text.exclude" => "Exclude",
        "排除";
    "campaignEditor.text.excludeTip" => "Tick to exclude the members who meet this condition (not).",
        "勾选后排除满足此条件的会员（非）。";
    "campaignEditor.text.removeCondition" => "Remove this condition",
        "删除此条件";
    "campaignEditor.text.conditionKind" => "Condition",
        "条件";
    "campaignEditor.text.nested" => "This audience nests conditions deeper than the form shows. It is kept as it is; edit it in “Scenario as JSON” below.",
        "该人群的条件嵌套层级超出表单可显示的范围，将保持原样；请在下方“方案 JSON”中编辑。";
    "campaignEditor.text.openJson" => "Open the JSON",
        "打开 JSON";
    "campaignEditor.text.noLimit" => "no limit",
        "不限";
    "campaignEditor.text.from" => "from",
        "从";
    "campaignEditor.text.noneTicked" => "Nothing ticked: nobody is eligible.",
        "未勾选任何项：没有会员符合条件。";
    "campaignEditor.text.missing" => "(not in this scenario)",
        "（本方案中不存在）";
    "campaignEditor.text.growthOff" => "The programme does not let campaign rewards give growth (Growth value section): turn that on before ticking this.",
        "本方案不允许活动奖励计入成长值（见“成长值”一节）：须先打开该项，才能勾选此项。";
    "campaignEditor.text.scheduleNote" => "Month 0 is {first}. This campaign runs {from} to {to}; the horizon ends {last}.",
        "第 0 个月为 {first}。本活动从 {from} 到 {to}；模拟周期到 {last} 结束。";
    "campaignEditor.text.scheduleAfter" => "It starts after the horizon ends ({last}): it would never run.",
        "开始月晚于模拟周期结束（{last}），活动不会执行。";
    "campaignEditor.text.memberDay" => "Member day is the 8th of each month.",
        "会员日为每月 8 日。";
    "campaignEditor.campaign" => "Campaign",
        "活动";
    "campaignEditor.audience" => "Audience",
        "目标人群";
    "campaignEditor.whoIsEligibleJudged" => "Who is eligible, judged on what the CRM knows when the offer goes out. Ranges include both ends.",
        "谁符合条件，按发券时 CRM 掌握的信息判断；区间含两端。";
    "campaignSummary.short_trigger.once" => "once",
        "单次";
    "campaignSummary.short_trigger.every_month" => "every month",
        "每月";
    "campaignSummary.short_trigger.on_joining" => "on joining",
        "入会时";
    "campaignSummary.short_trigger.birthday_month" => "birthday month",
        "生日月";
    "campaignSummary.short_trigger.member_day" => "member day",
        "会员日";
    "campaignSummary.short_trigger.entering_audience" => "on entering the audience",
        "进入人群时";
    "campaignSummary.everyone" => "everyone",
        "全部会员";
    "campaignSummary.nobody" => "nobody",
        "无人";
    "campaignSummary.offer.amount_off" => "¥{amount} off ¥{min}+",
        "满{min}减{amount}";
    "campaignSummary.offer.percent_off" => "{percent}% off, up to ¥{cap}",
        "{zhe}折（最高减{cap}元）";
    "campaignSummary.offer.points_multiplier" => "{multiplier}× points",
        "{multiplier}倍积分";
    "campaignSummary.offer.bonus_points" => "+{points} points",
        "赠{points}积分";
    "campaignSummary.offer.gift" => "gift costing ¥{cost}",
        "赠品（成本{cost}元）";
    "campaignSummary.offer.reward_discount" => "{share}% fewer points for a reward",
        "兑换少扣 {share}% 积分";
    "campaignSummary.holdout" => "{share}% hold-out",
        "对照组 {share}%";
    "campaignSummary.listSeparator" => ", ",
        "、";
    "campaignSummary.yuan" => "¥{amount}",
        "{amount}元";
    "campaignSummary.audience.stage" => "stage: {list}",
        "阶段：{list}";
    "campaignSummary.audience.tier" => "tier: {list}",
        "等级：{list}";
    "campaignSummary.audience.segment" => "segment: {list}",
        "分层：{list}";
    "campaignSummary.audience.days_since_last_purchase" => "last purchase {range} days ago",
        "距上次消费 {range} 天";
    "campaignSummary.audience.purchases" => "{range} purchases",
        "消费 {range} 次";
    "campaignSummary.audience.trailing_spend" => "spent {range} in the last {months} months",
        "近 {months} 个月消费 {range}";
    "campaignSummary.audience.total_spend" => "spent {range}",
        "累计消费 {range}";
    "campaignSummary.audience.points_balance" => "points balance {range}",
        "积分余额 {range}";
    "campaignSummary.audience.tenure_months" => "member for {range} months",
        "入会 {range} 个月";
    "campaignSummary.audience.birthday_this_month" => "birthday this month",
        "本月生日";
    "campaignSummary.audience.joined_between" => "joined in months {from}–{to}",
        "第 {from}–{to} 月入会";
    "campaignSummary.join.all" => " and ",
        " 且 ";
    "campaignSummary.join.any" => " or ",
        " 或 ";
    "campaignSummary.audience.not" => "not ({audience})",
        "非（{audience}）";
    // The planner's terms of a segment's behaviour beyond frequency and order value.
    "field.dropout_concentration.label" => "Likeness of dropout (a + b)",
        "流失概率集中度（a + b）";
    "field.dropout_concentration.tip" => "How alike members' chances of dropping out after a purchase are: the a + b of BG/NBD's Beta(a, b). Larger: more alike. CDNOW's fit has 3.2.",
        "会员每次消费后流失概率的相近程度，即 BG/NBD 中 Beta(a, b) 的 a + b；越大越相近。CDNOW 拟合值约为 3.2。";
    "field.spend_rate_shape.label" => "Likeness of order values (q)",
        "客单价集中度（q）";
    "field.spend_rate_shape.tip" => "How alike members' average order values are: the q of Gamma-Gamma (above 1). Larger: more alike. CDNOW's fit has 3.7.",
        "会员平均客单价的相近程度，即 Gamma-Gamma 的 q（须大于 1）；越大越相近。CDNOW 拟合值约为 3.7。";
};
