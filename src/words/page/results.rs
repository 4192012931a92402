//! The results view: the KPI cards' notes, the charts' captions, the campaign review, replications and the embedded view, in English and in Simplified Chinese side by side.

use super::Words;

pub(super) const WORDS: &[Words] = words! {
    "charts.otherLanguage" => "These charts were drawn in Chinese: run again to see them in English.",
        "这些图表是用英文绘制的：重新运行即可看到中文版。";
    "charts.redraw" => "Run again in English",
        "重新运行，显示中文";
    "charts.redrawing" => "Drawing the charts again in English…",
        "正在用中文重新绘制图表…";
    "tiers.effects" => "{list}.",
        "{list}。";
    "tiers.effectDropout" => "members drop out {pct} less often",
        "会员流失率降低 {pct}";
    "tiers.effectUplift" => "buy {pct} more often",
        "消费频次提升 {pct}";
    "tiers.effectAnd" => " and ",
        "、";
    "tiers.effectSeparator" => "; ",
        "；";
    "tiers.noEffects" => "No tier changes how its members behave, so the programme adds no sales: set each tier’s dropout reduction and purchase-rate uplift under More settings (⋯).",
        "各等级都不改变会员行为，因此会员计划不带来增量销售：可在每个等级的“更多设置”（⋯）中填写流失率降低和消费频次提升。";
    "kpi.activeSub" => "of {enrolled} enrolled",
        "累计入会 {enrolled}";
    "kpi.retentionSub" => "active ÷ enrolled",
        "活跃 ÷ 累计入会";
    "kpi.tiers" => "Members per tier at the end",
        "期末各等级会员";
    "kpi.movesSub" => "over {months} months",
        "{months} 个月合计";
    "kpi.pointsSub" => "{issued} issued, {redeemed} redeemed",
        "累计发放 {issued}，兑换 {redeemed}";
    "kpi.liabilitySub" => "outstanding × cost × expected redemption",
        "余额 × 单位成本 × 预计兑换率";
    "kpi.liabilityRedeemed" => "at {cost} a point, what the rewards redeemed cost net of cash",
        "每积分 {cost}：按已兑换礼品扣除现金后的成本";
    "kpi.liabilityCatalogue" => "at {cost} a point, from the points mall (nothing redeemed)",
        "每积分 {cost}：按积分商城礼品（期内无兑换）";
    "kpi.liabilityOverride" => "at {cost} a point (override; the rewards imply {implied})",
        "每积分 {cost}（手动指定；按礼品推算为 {implied}）";
    "kpi.breakageSub" => "share of end balance never redeemed",
        "期末余额中永不兑换的比例";
    "kpi.revenueSub" => "after {discounts} tier discounts",
        "已扣等级折扣 {discounts}";
    "kpi.costSub" => "{share} of revenue",
        "占收入 {share}";
    "kpi.incrementalSub" => "beyond the same members with no programme",
        "相对同一批会员无会员方案时";
    "kpi.incrementalProfit" => "{profit} profit after the programme’s cost",
        "扣除会员计划成本后利润 {profit}";
    "kpi.roiSub" => "profit ÷ (programme cost + change in liability)",
        "利润 ÷（会员计划成本 + 积分负债变动）";
    "kpi.roiNoCost" => "the programme cost nothing",
        "方案没有成本";
    "kpi.none" => "—",
        "—";
    "results.empty" => "Run the scenario to see its members, tiers and points month by month.",
        "运行方案，逐月查看会员、等级与积分。";
    "results.title" => "Results",
        "结果";
    "charts.title" => "Charts",
        "图表";
    "charts.svg" => "SVG",
        "SVG";
    "charts.png" => "PNG",
        "PNG";
    "charts.svgTitle" => "Download this chart as SVG (vector)",
        "下载 SVG 矢量图";
    "charts.pngTitle" => "Download this chart as PNG (image)",
        "下载 PNG 图片";
    "chart.members" => "Members",
        "会员数";
    "chart.stages" => "Lifecycle stages",
        "生命周期分布";
    "chart.lifecycle" => "Lifecycle stages",
        "生命周期分布";
    "chart.tiers" => "Tier distribution",
        "等级分布";
    "chart.tier_moves" => "Upgrades and downgrades",
        "升级与降级";
    "chart.moves" => "Upgrades and downgrades",
        "升级与降级";
    "chart.retention" => "Retention by cohort",
        "分批留存曲线";
    "chart.cohorts" => "Cohort heat map",
        "分批留存热力图";
    "chart.cohort_heatmap" => "Cohort heat map",
        "分批留存热力图";
    "chart.points" => "Points and liability",
        "积分与负债";
    "chart.money" => "Revenue and programme cost",
        "收入与会员计划成本";
    "chart.revenue" => "Revenue and programme cost",
        "收入与会员计划成本";
    "chart.campaigns" => "Campaigns",
        "活动";
    "col.month" => "Month",
        "月份";
    "col.purchases" => "Purchases",
        "消费次数";
    "col.spend" => "Spend",
        "消费金额";
    "col.growthGroup" => "Growth value",
        "成长值";
    "col.pointsGroup" => "Points",
        "积分";
    "col.growth" => "Earned",
        "新增";
    "col.qualifying" => "Qualifying",
        "定级";
    "col.tier" => "Tier",
        "等级";
    "col.pointsEarned" => "Earned",
        "获得";
    "col.pointsRedeemed" => "Redeemed",
        "兑换";
    "col.pointsExpired" => "Expired",
        "过期";
    "col.balance" => "Balance",
        "余额";
    "col.stage" => "Stage",
        "生命周期";
    "col.why" => "What happened",
        "发生了什么";
    "stage.introduction" => "introduction",
        "引入期";
    "stage.growth" => "growth",
        "成长期";
    "stage.maturity" => "maturity",
        "成熟期";
    "stage.dormant" => "dormant",
        "沉默期";
    "stage.churned" => "churned",
        "流失期";
    "embed.title" => "Embed this scenario",
        "嵌入此方案";
    "embed.intro" => "Paste this code into a wiki page or dashboard. It shows a read-only view of the current scenario with the charts and sliders you pick.",
        "将以下代码粘贴到 Wiki 页面或看板中，即可显示当前方案的只读视图，包含你选择的图表与滑块。";
    "embed.charts" => "Charts",
        "图表";
    "embed.sliders" => "Sliders (viewers can try other values; nothing is saved)",
        "滑块（读者可尝试其他数值，不会保存）";
    "embed.lang" => "Language",
        "语言";
    "embed.langAuto" => "Viewer’s browser",
        "跟随读者浏览器";
    "embed.code" => "Embed code",
        "嵌入代码";
    "embed.copy" => "Copy code",
        "复制代码";
    "embed.copied" => "Code copied.",
        "代码已复制。";
    "embed.close" => "Close",
        "关闭";
    "embed.preview" => "Open the embedded view",
        "打开嵌入视图";
    "embed.open" => "Open in Tierlab",
        "在 Tierlab 中打开";
    "embed.readOnly" => "Read-only view",
        "只读视图";
    "embed.slidersNone" => "No sliders",
        "无滑块";
    "embed.slidersHint" => "Tick the numbers viewers may try (at most {max}) and their range. Save writes them into the scenario, so the shared link, the JSON export and the embed code carry them.",
        "勾选读者可以尝试的数值（最多 {max} 个）并设定范围。保存后写入方案本身，分享链接、JSON 导出和嵌入代码都会带上它们。";
    "embed.slidersField" => "Field",
        "字段";
    "embed.min" => "From",
        "最小";
    "embed.max" => "To",
        "最大";
    "embed.step" => "Step",
        "步长";
    "embed.slidersSave" => "Save sliders in the scenario",
        "将滑块保存到方案";
    "embed.slidersSaved" => "Saved: the scenario exposes {n} slider{s}.",
        "已保存：方案开放了 {n} 个滑块。";
    "embed.slidersProblem" => "Saved, but {n} problem{s} to fix first: {first}",
        "已保存，但有 {n} 个问题需先修正：{first}";
    "embed.slidersUnsaved" => "Not saved yet: the embed code shows the sliders last saved.",
        "尚未保存：嵌入代码中的滑块仍是上次保存的。";
    "embed.slidersTooMany" => "At most {max} sliders: untick some.",
        "最多 {max} 个滑块，请取消勾选一些。";
    "camp.title" => "Campaigns",
        "活动复盘";
    "camp.note" => "True increment: against the same members and draws without the campaign. Measured: what a hold-out test would report.",
        "真实增量：与同一批会员、相同随机抽样下不做该活动相比。实测增量：对照组测试会得到的数字。";
    "camp.name" => "Campaign",
        "活动";
    "camp.contacted" => "Contacted",
        "触达人数";
    "camp.used" => "Offers used",
        "核销";
    "camp.cost" => "Direct cost",
        "直接成本";
    "camp.incremental" => "Incremental sales",
        "增量销售额";
    "camp.measured" => "Measured",
        "实测增量";
    "camp.roi" => "ROI",
        "投资回报率";
    "kpi.profitSub" => "incremental sales × margin − programme cost − change in liability",
        "增量销售 × 毛利率 − 会员计划成本 − 积分负债变动";
    "kpi.campaigns" => "Campaign cost",
        "活动成本";
    "kpi.campaignsSub" => "{n} campaign{s} · {share} of programme cost",
        "{n} 个活动 · 占会员计划成本 {share}";
    "kpi.campaignsNone" => "no campaigns in this scenario",
        "本方案没有活动";
    "camp.purchasesSub" => "{n} purchases",
        "增量消费 {n} 次";
    "camp.gap" => "Gap",
        "偏差";
    "camp.trueGroup" => "True effect",
        "真实效果";
    "camp.measuredGroup" => "Hold-out test",
        "对照组测试";
    "camp.subTrue" => "vs a re-run without it",
        "对比不做该活动的重跑";
    "camp.subMeasured" => "treated − control",
        "发券组 − 对照组";
    "camp.subGap" => "measured − true",
        "实测 − 真实";
    "camp.gapBelow" => "measured {share} below the true effect",
        "测得值比真实值低 {share}";
    "camp.gapAbove" => "measured {share} above the true effect",
        "测得值比真实值高 {share}";
    "camp.useRate" => "{rate} of contacted",
        "核销率 {rate}";
    "camp.explain1" => "Why two increments? The true increment re-runs exactly the same members with the same random draws without the campaign, so the difference is the campaign’s effect and nothing else — something no real company can observe.",
        "为什么有两个增量？真实增量是把同一批会员、用相同的随机抽样、在不做该活动的情况下重新模拟一遍，两者之差就是活动本身的效果——现实中任何公司都观察不到。";
    "camp.explain2" => "The hold-out estimate is what an analyst would measure: the treated group’s sales minus the control group’s, scaled to the treated group’s size, with its 95% interval. With small control groups it is noisy and can miss in either direction; a larger hold-out share measures better but gives fewer members the offer.",
        "对照组实测是分析师能测到的：发券组的销售额减去按发券组人数放大的对照组销售额，并给出 95% 置信区间。对照组小时估计很不稳定，可能偏高也可能偏低；加大对照组比例测得更准，但收到优惠的会员更少。";
    "camp.roiNote" => "ROI = incremental profit ÷ incremental cost. Incremental cost = every programme cost beyond the run without the campaign (its offer, and the tier discounts, rewards net of cash, benefits and other offers its extra purchases bring) + the extra points liability it leaves; incremental profit = incremental sales × gross margin − incremental cost.",
        "投资回报率 = 增量利润 ÷ 增量成本。增量成本 = 相对不做该活动时多出的全部会员计划成本（活动本身的优惠，以及新增消费带来的等级折扣、扣除现金后的兑换成本、权益和其他活动的优惠）+ 多留下的积分负债；增量利润 = 增量销售 × 毛利率 − 增量成本。";
    "camp.subDirect" => "the offer itself",
        "优惠本身";
    "camp.incrementalCost" => "Incremental cost",
        "增量成本";
    "camp.subIncrementalCost" => "every cost it causes",
        "活动带来的全部成本";
    "camp.owed" => "incl. {owed} points owed",
        "含积分负债 {owed}";
    "camp.profit" => "Incremental profit",
        "增量利润";
    "camp.subProfit" => "sales × margin − cost",
        "销售 × 毛利率 − 成本";
    "camp.subRoi" => "profit ÷ cost",
        "利润 ÷ 成本";
    "camp.interval" => "95%: {low}\nto {high}",
        "95% 区间：{low}\n至 {high}";
    "camp.showMonths" => "Month by month",
        "按月查看";
    "camp.mMonth" => "Month",
        "月份";
    "camp.mEligible" => "Eligible",
        "符合条件";
    "camp.mHeld" => "Held out",
        "对照组";
    "camp.mCapped" => "Over budget",
        "超预算未发";
    "camp.mContacted" => "Contacted",
        "触达";
    "camp.mUsed" => "Used",
        "核销";
    "camp.mCost" => "Direct cost",
        "直接成本";
    "camp.mPurchases" => "Incr. purchases",
        "增量消费次数";
    "camp.mSales" => "Incr. sales",
        "增量销售额";
    "unc.title" => "Uncertainty: replications",
        "不确定性：重复模拟";
    "unc.note" => "Each scenario runs again under R population seeds (A’s seeds for all, so each difference is paired seed by seed). The bands show where eight runs in ten fall (P10–P90); the table gives each difference from A with its interval. Runs are spread over {workers} worker{s} (one per core this browser reports).",
        "每个方案在 R 个人群种子下重复运行（都用 A 的种子，因此每项差异按种子配对）。色带表示十次中有八次落入的范围（P10–P90）；表格给出各方案相对 A 的差异及其区间。运行分配到 {workers} 个后台线程（按浏览器报告的核心数，每核一个）。";
    "unc.runs" => "Replications",
        "重复次数";
    "unc.runsTip" => "How many population seeds each scenario runs under. More seeds give narrower, steadier intervals: four times the seeds, half the error.",
        "每个方案运行的人群种子个数。种子越多，区间越窄越稳定：种子数翻四倍，误差减半。";
    "unc.runsUnit" => "seeds",
        "个种子";
    "unc.run" => "Run replications",
        "运行重复模拟";
    "unc.progress" => "Replication runs done",
        "已完成的重复运行";
    "unc.starting" => "Choosing the seeds…",
        "正在选取种子…";
    "unc.running" => "Run {done} of {total} · {workers} workers",
        "第 {done} / {total} 次运行 · {workers} 个后台线程";
    "unc.done" => "{runs} seeds × {n} scenario{s}, on {workers} workers, in {seconds} s",
        "{runs} 个种子 × {n} 个方案，{workers} 个后台线程，用时 {seconds} 秒";
    "unc.cancelled" => "Replications cancelled.",
        "已取消重复模拟。";
    "unc.csv" => "Replications (CSV)",
        "重复模拟（CSV）";
    "unc.csvTitle" => "Each KPI’s interval per scenario and each difference from A; opens in Excel",
        "各方案每个指标的区间及相对 A 的差异；可直接用 Excel 打开";
    "unc.median" => "median (P10 – P90)",
        "中位数（P10 – P90）";
    "unc.differenceHead" => "vs A: mean (P10 – P90)",
        "较 A：均值（P10 – P90）";
    "chart.compare_active_members" => "Active members, by scenario",
        "各方案活跃会员";
    "chart.compare_revenue" => "Revenue, by scenario",
        "各方案收入";
    "chart.compare_programme_cost" => "Programme cost, by scenario",
        "各方案会员计划成本";
    "chart.compare_liability" => "Points liability, by scenario",
        "各方案积分负债";
    "chart.compare_tier_shares" => "Tier shares, by scenario",
        "各方案等级占比";
    "chart.bands_active_members" => "Active members, P10–P90",
        "活跃会员 P10–P90";
    "chart.bands_revenue" => "Revenue, P10–P90",
        "收入 P10–P90";
    "chart.bands_programme_cost" => "Programme cost, P10–P90",
        "会员计划成本 P10–P90";
    "chart.bands_liability" => "Points liability, P10–P90",
        "积分负债 P10–P90";
    "chart.bands_differences" => "Differences from A, paired by seed",
        "相对 A 的差异（按种子配对）";
    "chart.sweep_members" => "Members and tier shares against the parameter",
        "会员与等级占比随参数变化";
    "chart.sweep_money" => "Money against the parameter",
        "金额随参数变化";
    "chart.tornado" => "Tornado",
        "龙卷风图";
};
