//! Compare, sweeps, the tornado, goal-seek and the threshold designer, in English and in Simplified Chinese side by side.

use super::Words;

pub(super) const WORDS: &[Words] = words! {
    "compare.title" => "Compare scenarios",
        "方案对比";
    "compare.fair" => "Fair by construction: every scenario runs with A’s population seed, so all of them see the same members and the same random draws (common random numbers) — a difference comes from the programme, never from luck, and two identical scenarios differ by exactly zero.",
        "对比天然公平：所有方案都使用方案 A 的人群种子，看到的是同一批会员和同一组随机抽样（共同随机数）——差异只来自方案本身，而非运气；两个完全相同的方案差异恰好为零。";
    "compare.single" => "Only one scenario so far: add a tab (“+ Add” above the editor) to compare a variant with A.",
        "目前只有一个方案：在编辑器上方点“+ 新增”复制一个方案，修改后即可与 A 对比。";
    "compare.run" => "Compare",
        "对比";
    "compare.running" => "Running {n} scenario{s} with A’s seed…",
        "正在用 A 的种子运行 {n} 个方案…";
    "compare.done" => "{n} scenario{s} compared.",
        "已对比 {n} 个方案。";
    "compare.seedUsed" => "All ran with seed {seed}.",
        "全部使用种子 {seed}。";
    "compare.seedsChanged" => "The tabs were saved with different seeds ({given}); all ran with A’s seed {seed}.",
        "各方案保存时的种子不同（{given}）；全部改用 A 的种子 {seed} 运行。";
    "compare.cancelled" => "Comparison cancelled.",
        "已取消对比。";
    "compare.stale" => "The scenarios changed since this comparison: compare again to update it.",
        "方案在此次对比后有改动：请重新对比以更新。";
    "compare.kpi" => "KPI",
        "指标";
    "compare.value" => "Value",
        "数值";
    "compare.difference" => "vs A",
        "较 A";
    "compare.percent" => "% vs A",
        "较 A（%）";
    "compare.chartsTitle" => "Scenarios overlaid",
        "方案叠加图";
    "compare.csv" => "Comparison (CSV)",
        "对比表（CSV）";
    "compare.csvTitle" => "The KPI table, one line per KPI and scenario; opens in Excel (UTF-8 with BOM)",
        "指标对比表，每个指标每个方案一行；可直接用 Excel 打开（UTF-8 含 BOM）";
    "compare.json" => "Comparison (JSON)",
        "对比结果（JSON）";
    "compare.jsonTitle" => "The comparison and every scenario it ran, as JSON",
        "对比结果及其运行的全部方案（JSON）";
    "studies.title" => "Sweep & goal-seek",
        "参数扫描与目标求解";
    "studies.note" => "Studies of the open scenario, “{name}”. Every run uses its seed, so the runs differ only by what the study changes. Apply puts a result into the scenario as one edit you can undo.",
        "针对当前方案“{name}”的分析。每次运行都使用该方案的种子，因此各次运行只在分析改动的部分不同。“应用”会把结果作为一次可撤销的修改写入方案。";
    "study.apply" => "Apply",
        "应用";
    "study.csv" => "CSV",
        "CSV";
    "study.csvTitle" => "Download the study as CSV (opens in Excel)",
        "下载分析结果 CSV（可用 Excel 打开）";
    "study.cancelled" => "Cancelled.",
        "已取消。";
    "study.failed" => "The study could not run.",
        "分析无法运行。";
    "study.moreProblems" => "(and {n} more)",
        "（另有 {n} 个问题）";
    "study.inScenario" => "Scenario {letter}, {text}",
        "方案 {letter}：{text}";
    "study.notNumber" => "Enter a number.",
        "请输入数字。";
    "study.notWhole" => "Enter a whole number.",
        "请输入整数。";
    "study.outOfRange" => "Enter a number from {min} to {max}.",
        "请输入 {min} 到 {max} 之间的数字。";
    "study.pp" => "{n} pp",
        "{n} 个百分点";
    "study.tierN" => "tier {n}",
        "等级 {n}";
    "sweep.title" => "Sweep a parameter",
        "参数扫描";
    "sweep.note" => "Runs the scenario at evenly spaced values of one number and charts the KPIs against it.",
        "在一个数值的等距取值上分别运行方案，并绘出各指标随它的变化。";
    "sweep.parameter" => "Parameter",
        "参数";
    "sweep.parameterTip" => "The number to vary; everything else stays as in the scenario.",
        "要变化的数值；其余设置保持方案原样。";
    "sweep.from" => "From",
        "起点";
    "sweep.to" => "To",
        "终点";
    "sweep.steps" => "Steps",
        "取值个数";
    "sweep.stepsTip" => "How many values to run, both ends included (each is one run).",
        "运行多少个取值（含两端，每个取值运行一次）。";
    "sweep.run" => "Sweep",
        "扫描";
    "sweep.running" => "Running {n} values…",
        "正在运行 {n} 个取值…";
    "sweep.done" => "{name}: {n} values from {from} to {to}.",
        "{name}：从 {from} 到 {to} 共 {n} 个取值。";
    "sweep.someFailed" => "{n} of {total} values could not run: {why}",
        "{total} 个取值中有 {n} 个无法运行：{why}";
    "tornado.title" => "Which assumptions matter",
        "哪些假设最关键";
    "tornado.note" => "Moves each main assumption down and up by the same share and shows how far the chosen KPI moves: the widest bar is the assumption the answer leans on most.",
        "把每个主要假设同比例调低和调高，看所选指标变化多大：最宽的条就是结论最依赖的假设。";
    "tornado.kpi" => "KPI",
        "指标";
    "tornado.kpiTip" => "The figure whose sensitivity you want to see.",
        "要查看敏感度的指标。";
    "tornado.change" => "Change",
        "变动幅度";
    "tornado.changeTip" => "How far each assumption moves down and up (20 = ±20%).",
        "每个假设上下变动的比例（20 即 ±20%）。";
    "tornado.run" => "Draw tornado",
        "绘制龙卷风图";
    "tornado.running" => "Moving each assumption down and up…",
        "正在逐个调低、调高各假设…";
    "tornado.done" => "Leans most on: {name}.",
        "最依赖：{name}。";
    "tornado.none" => "No assumption could move.",
        "没有可变动的假设。";
    "tornado.a.purchase_rate" => "how often members buy",
        "会员购买频率";
    "tornado.a.dropout" => "how readily members stop buying",
        "会员流失倾向";
    "tornado.a.spend_per_purchase" => "spend per purchase",
        "客单价";
    "tornado.a.new_members_per_month" => "new members per month",
        "每月新会员";
    "tornado.a.tier_purchase_rate_uplift" => "tier purchase uplift",
        "等级购买提升";
    "tornado.a.tier_dropout_reduction" => "tier dropout reduction",
        "等级流失降低";
    "tornado.a.redemption_per_month" => "redemption chance",
        "兑换概率";
    "tornado.a.goal_gradient_uplift" => "goal-gradient uplift",
        "目标梯度提升";
    "tornado.a.cost_per_point" => "cost of a point",
        "每积分成本";
    "tornado.a.gross_margin" => "gross margin",
        "毛利率";
    "seek.title" => "Thresholds for target tier shares",
        "按目标等级占比求门槛";
    "seek.note" => "Finds the growth thresholds that put the target share of members in each tier at a chosen month.",
        "求出使选定月份各等级会员占比达到目标的成长值门槛。";
    "seek.month" => "At month",
        "目标月份";
    "seek.monthTip" => "The month whose tier shares should match the targets (1 = the first month; the last month is the end of the horizon).",
        "各等级占比应达到目标的月份（1 为第一个月；最后一个月即模拟期末）。";
    "seek.sum" => "Targets add up to {total}%.",
        "目标合计 {total}%。";
    "seek.sumBad" => "The target shares must add up to 100%.",
        "各等级目标占比合计须为 100%。";
    "seek.run" => "Find thresholds",
        "求解门槛";
    "seek.running" => "Searching (a few runs per tier)…",
        "正在求解（每个等级运行数次）…";
    "seek.onTarget" => "Every tier within one percentage point of its target ({runs} runs).",
        "每个等级都在目标 1 个百分点以内（运行 {runs} 次）。";
    "seek.missed" => "Closest found; not every tier is within one point of its target ({runs} runs).",
        "已找到最接近的结果；并非每个等级都在目标 1 个百分点以内（运行 {runs} 次）。";
    "seek.applyTitle" => "Put these thresholds (and keep thresholds at the same share) into the scenario",
        "把这些门槛（及同比例的保级门槛）写入方案";
    "seek.applied" => "Thresholds set to {thresholds}.",
        "门槛已设为 {thresholds}。";
    "seek.tier" => "Tier",
        "等级";
    "seek.target" => "Target",
        "目标";
    "seek.achieved" => "Achieved",
        "实际";
    "seek.now" => "Threshold now",
        "当前门槛";
    "seek.proposed" => "Proposed",
        "建议门槛";
    "ceiling.title" => "Keep the liability under a ceiling",
        "把积分负债控制在上限内";
    "ceiling.note" => "Finds the highest earn rate, or cost per point, at most the scenario’s own, that keeps the points liability at the end of the horizon at or under the ceiling.",
        "求出不超过方案现值、且使模拟期末积分负债不高于上限的最高积分发放率或每积分成本。";
    "ceiling.lever" => "Let move",
        "可调整项";
    "ceiling.leverTip" => "The one setting the search may lower; everything else stays as in the scenario.",
        "求解时唯一允许调低的设置；其余保持方案原样。";
    "ceiling.earn_rate" => "Points per ¥1 (earn rate)",
        "每 1 元积分（发放率）";
    "ceiling.cost_per_point" => "Cost of a point (override)",
        "每积分成本（手动指定）";
    "ceiling.ceiling" => "Liability ceiling",
        "负债上限";
    "ceiling.ceilingTip" => "The most points liability the company accepts at the end of the horizon, in ¥.",
        "公司在模拟期末可接受的最高积分负债（元）。";
    "ceiling.placeholder" => "e.g. 50000",
        "例如 50000";
    "ceiling.run" => "Find value",
        "求解";
    "ceiling.running" => "Searching…",
        "正在求解…";
    "ceiling.found" => "Found ({runs} runs).",
        "已找到（运行 {runs} 次）。";
    "ceiling.none" => "No value keeps the liability under this ceiling.",
        "没有任何取值能使负债低于此上限。";
    "ceiling.now" => "Now",
        "当前";
    "ceiling.nowValue" => "{name} {value}: liability {liability} at the end",
        "{name} {value}：期末负债 {liability}";
    "ceiling.best" => "Highest under {ceiling}",
        "{ceiling} 以内的最高值";
    "ceiling.bestValue" => "{name} {value}: liability {liability} at the end",
        "{name} {value}：期末负债 {liability}";
    "ceiling.applied" => "{name} set to {value}.",
        "{name}已设为 {value}。";
    "designer.title" => "Threshold designer",
        "门槛设计器";
    "designer.note" => "From how long the most engaged member should take to reach the top tier and the most growth a day can earn: each climb takes longer than the one below, so the top tiers stand apart.",
        "根据最活跃会员升到最高等级应花的时间和每天最多可得的成长值推算门槛：每一级的爬升都比下一级更久，高等级之间拉开差距。";
    "designer.years" => "Time to the top",
        "升到顶级用时";
    "designer.yearsTip" => "Years a member earning the daily cap every day takes to reach the top tier.",
        "每天都拿满成长值上限的会员升到最高等级所需的年数。";
    "designer.yearsUnit" => "years",
        "年";
    "designer.cap" => "Daily growth cap",
        "每日成长值上限";
    "designer.capTip" => "The most growth value a member can earn in one day.",
        "会员一天最多能获得的成长值。";
    "designer.capUnit" => "growth / day",
        "成长值/天";
    "designer.tiers" => "Tiers",
        "等级数";
    "designer.tiersTip" => "Tiers including the entry tier. Apply adds or removes tiers at the top to match.",
        "含入门级的等级数。应用时会在顶部增加或删除等级以匹配。";
    "designer.kind" => "Progression",
        "递进方式";
    "designer.kindTip" => "How the time to the top is shared between the climbs from tier to tier.",
        "升到顶级的总时间如何分配到各级爬升。";
    "designer.exponential" => "Exponential (1, 2, 4, 8…)",
        "指数（1, 2, 4, 8…）";
    "designer.power" => "Power (1, 4, 9, 16…)",
        "幂次（1, 4, 9, 16…）";
    "designer.fibonacci" => "Fibonacci (1, 2, 3, 5, 8…)",
        "斐波那契（1, 2, 3, 5, 8…）";
    "designer.ratio" => "Ratio",
        "倍数";
    "designer.ratioTip" => "Each climb takes this many times as long as the one below (above 1).",
        "每一级爬升用时是下一级的多少倍（大于 1）。";
    "designer.exponent" => "Exponent",
        "指数";
    "designer.exponentTip" => "The k-th climb takes time in proportion to k to this power.",
        "第 k 级爬升用时与 k 的该次方成正比。";
    "designer.run" => "Propose thresholds",
        "推算门槛";
    "designer.done" => "{n} tiers proposed.",
        "已推算 {n} 个等级。";
    "designer.days" => "Reached after",
        "到达用时";
    "designer.daysValue" => "{days} days ({years} y)",
        "{days} 天（{years} 年）";
    "designer.applyTitle" => "Put these thresholds into the scenario (keep thresholds at the same share)",
        "把这些门槛写入方案（保级门槛按原比例）";
    "designer.applied" => "Thresholds set to {thresholds}.",
        "门槛已设为 {thresholds}。";
};
