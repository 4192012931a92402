//! The frame of the page: the header, the scenario tabs, Run and its status, notices, links and the views, in English and in Simplified Chinese side by side.

use super::Words;

pub(super) const WORDS: &[Words] = words! {
    "app.tagline" => "Loyalty-programme sandbox",
        "会员运营沙盘";
    "app.loading" => "Loading the simulation engine…",
        "正在加载模拟引擎…";
    "header.presets" => "Presets",
        "预设方案";
    "header.loadPreset" => "Load a preset…",
        "载入预设方案…";
    "header.import" => "Import",
        "导入";
    "header.importTitle" => "Import a scenario from a JSON file",
        "从 JSON 文件导入方案";
    "header.export" => "Export",
        "导出";
    "header.exportTitle" => "Download the scenario as JSON",
        "将方案下载为 JSON";
    "header.share" => "Copy link",
        "复制链接";
    "header.shareTitle" => "Copy a link that opens this exact scenario",
        "复制可打开当前方案的链接";
    "header.embed" => "Embed",
        "嵌入";
    "header.embedTitle" => "Get an <iframe> code for a wiki or dashboard",
        "获取用于 Wiki 或看板的 <iframe> 代码";
    "header.langSwitch" => "中文",
        "English";
    "header.langTitle" => "切换到中文",
        "Switch to English";
    "header.scenarioLabel" => "Scenario",
        "方案";
    "tabs.editor" => "Scenario",
        "方案设置";
    "tabs.results" => "Results",
        "模拟结果";
    "run.run" => "Run",
        "运行";
    "run.cancel" => "Cancel",
        "取消";
    "run.ready" => "Ready to run.",
        "可以运行。";
    "run.running" => "Simulating the members who joined in {month} ({done} of {total})…",
        "正在模拟 {month} 入会的会员（{done} / {total}）…";
    "run.runningReferred" => "Simulating the members referred in {month} ({done} of {total})…",
        "正在模拟 {month} 经推荐入会的会员（{done} / {total}）…";
    "run.warmup" => "the warm-up before the start",
        "开始前的预热期";
    "run.starting" => "Starting the run…",
        "正在启动…";
    "run.done" => "{members} members × {months} months, in {seconds} s",
        "{members} 位会员 × {months} 个月，用时 {seconds} 秒";
    "run.cancelled" => "Run cancelled.",
        "已取消运行。";
    "run.blocked" => "Fix {n} problem{s} before running.",
        "请先修正 {n} 个问题再运行。";
    "run.blockedShort" => "Fix the problems first",
        "请先修正问题";
    "run.stale" => "These results are for an earlier version of the scenario. Press Run to update them.",
        "当前结果对应修改前的方案，请点击“运行”更新。";
    "run.manual" => "Large scenario (about {size} member-months): edits do not re-run automatically — press Run.",
        "方案较大（约 {size} 会员·月）：修改后不会自动运行，请点击“运行”。";
    "run.failed" => "The run failed: {message}",
        "运行失败：{message}";
    "run.engineFailed" => "The simulation engine could not be started ({message}). The editor still works; reload to try again.",
        "模拟引擎无法启动（{message}）。编辑器仍可使用，请刷新页面重试。";
    "run.digest" => "Results digest",
        "结果摘要";
    "run.autoHint" => "Small scenarios re-run as you edit.",
        "小规模方案在编辑时会自动重新运行。";
    "problem.notNumber" => "“{text}” is not a number",
        "“{text}”不是数字";
    "problem.notWhole" => "must be a whole number",
        "必须是整数";
    "problem.empty" => "needs a value",
        "不能为空";
    "problem.atLeast" => "must be at least {min}",
        "不能小于 {min}";
    "problem.atMost" => "must be at most {max}",
        "不能大于 {max}";
    "problem.from" => "must be from {min} to {max}",
        "须在 {min} 到 {max} 之间";
    "export.title" => "Export",
        "导出";
    "export.csv" => "Monthly rows (CSV)",
        "月度数据（CSV）";
    "export.csvTitle" => "One row per month; opens in Excel (UTF-8 with BOM)",
        "每月一行；可直接用 Excel 打开（UTF-8 含 BOM）";
    "export.json" => "Scenario (JSON)",
        "方案（JSON）";
    "notice.refusedUrl" => "The scenario in this link could not be used ({reason}). Showing {fallback} instead.",
        "链接中的方案无法使用（{reason}），已改为显示{fallback}。";
    "notice.fallbackLast" => "your last scenario",
        "你上次的方案";
    "notice.fallbackDefault" => "the default scenario",
        "默认方案";
    "notice.refusedImport" => "That file was not loaded ({reason}). Your scenario is unchanged.",
        "文件未导入（{reason}），当前方案未改变。";
    "notice.imported" => "Imported “{name}”.",
        "已导入“{name}”。";
    "notice.copied" => "Link copied to the clipboard.",
        "链接已复制到剪贴板。";
    "notice.copyFailed" => "Could not copy automatically; the text is selected — press Ctrl+C.",
        "无法自动复制，文本已选中，请按 Ctrl+C。";
    "notice.presetLoaded" => "Loaded the preset “{name}”.",
        "已载入预设方案“{name}”。";
    "notice.undo" => "Undo",
        "撤销";
    "notice.close" => "Dismiss",
        "关闭";
    "notice.jsonApplied" => "JSON applied.",
        "JSON 已应用。";
    "reason.tooLong" => "the scenario is larger than 1 MB",
        "方案超过 1 MB";
    "reason.linkTooLong" => "the link is {n} characters long; a link holds at most {max}",
        "链接长 {n} 个字符，最多只能有 {max} 个";
    "reason.notEncoded" => "it is not a Tierlab scenario link",
        "不是 Tierlab 方案链接";
    "reason.notJson" => "it is not JSON",
        "不是 JSON";
    "reason.notObject" => "it is not a scenario object",
        "不是方案对象";
    "reason.invalid" => "{n} problem{s}, e.g. “{first}”",
        "{n} 个问题，例如“{first}”";
    "reason.tooBig" => "the file is larger than 1 MB",
        "文件超过 1 MB";
    "reason.unreadable" => "it could not be read",
        "无法读取";
    "reason.notTabs" => "it does not hold 1 to 5 scenarios",
        "其中不是 1 到 5 个方案";
    "reason.inTab" => "scenario {letter}: {reason}",
        "方案 {letter}：{reason}";
    "tabs.label" => "Scenarios",
        "方案";
    "tabs.add" => "Add",
        "新增";
    "tabs.addTitle" => "Add a scenario: a copy of the open one, to change and compare with A",
        "新增方案：复制当前方案，修改后与 A 对比";
    "tabs.full" => "At most {n} scenarios",
        "最多 {n} 个方案";
    "tabs.rename" => "Rename",
        "重命名";
    "tabs.renameTitle" => "The open scenario; double-click to rename it",
        "当前方案；双击可重命名";
    "tabs.renameLabel" => "Name of scenario {letter}",
        "方案 {letter} 的名称";
    "tabs.openTitle" => "Open scenario {letter}, “{name}”, in the editor",
        "在编辑器中打开方案 {letter}“{name}”";
    "tabs.delete" => "Delete this scenario",
        "删除此方案";
    "tabs.deleted" => "Scenario {letter} “{name}” deleted.",
        "已删除方案 {letter}“{name}”。";
    "tabs.copyOf" => "{name} (copy)",
        "{name}（副本）";
    "tabs.copySuffixEn" => " (copy)",
        " (copy)";
    "tabs.copySuffixZh" => "（副本）",
        "（副本）";
    "tabs.unnamed" => "Unnamed",
        "未命名";
    "link.opened" => "Opened the link beside your scenarios, as {which}.",
        "已在你的方案旁打开链接：{which}。";
    "link.already" => "The link holds nothing new: opened your scenario {which}.",
        "链接中没有新方案：已打开你的方案 {which}。";
    "link.chooseOne" => "Which scenario should the link replace?",
        "要用链接中的方案替换哪个方案？";
    "link.chooseSeveral" => "Which {n} scenarios should the link replace?",
        "要用链接中的方案替换哪 {n} 个方案？";
    "link.full" => "The link brings {incoming}, but this page already holds {max} scenarios, the most it can.",
        "链接带来{incoming}，但本页已有 {max} 个方案，达到上限。";
    "link.yours" => "Your scenarios",
        "你的方案";
    "link.undoNote" => "Undo brings back what you replace. Cancel keeps every scenario as it is and does not open the link.",
        "被替换的方案可以撤销找回。选“取消”则所有方案保持不变，也不打开链接。";
    "link.replace" => "Replace",
        "替换";
    "link.cancel" => "Cancel",
        "取消";
    "link.replaced" => "Replaced {which} with the link’s scenario{s}.",
        "已用链接中的方案替换{which}。";
    "link.kept" => "The link was not opened; your scenarios are unchanged.",
        "未打开链接，你的方案保持不变。";
    "link.tab" => "{letter} “{name}”",
        "{letter}“{name}”";
    "link.separator" => ", ",
        "、";
    "views.label" => "View",
        "视图";
    "views.results" => "Results",
        "模拟结果";
    "views.resultsTitle" => "The open scenario, month by month",
        "当前方案的逐月结果";
    "views.compare" => "Compare",
        "方案对比";
    "views.compareTitle" => "Every scenario tab side by side, with error bars",
        "所有方案并排对比，并给出误差范围";
    "views.studies" => "Sweep & goal-seek",
        "参数扫描与目标求解";
    "views.studiesTitle" => "Sweep a parameter, see which assumptions matter, find thresholds",
        "扫描参数、看哪些假设最关键、求解等级门槛";
    "month.1" => "January",
        "1 月";
    "month.2" => "February",
        "2 月";
    "month.3" => "March",
        "3 月";
    "month.4" => "April",
        "4 月";
    "month.5" => "May",
        "5 月";
    "month.6" => "June",
        "6 月";
    "month.7" => "July",
        "7 月";
    "month.8" => "August",
        "8 月";
    "month.9" => "September",
        "9 月";
    "month.10" => "October",
        "10 月";
    "month.11" => "November",
        "11 月";
    "month.12" => "December",
        "12 月";
};
