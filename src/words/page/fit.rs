//! Fit a segment from your transactions: the panel and its charts, in English and in Simplified Chinese side by side.

use super::Words;

pub(super) const WORDS: &[Words] = words! {
    "fit.title" => "Fit a segment from your transactions",
        "从交易数据拟合分层";
    "fit.intro" => "Drop a transaction export (one row per purchase: customer id, date, amount) to fit the purchase, dropout and spend parameters to your own customers. The file is read in this browser; nothing is uploaded.",
        "拖入交易明细导出文件（每行一笔消费：客户编号、日期、金额），用您自己的顾客数据拟合消费频次、流失与客单价参数。文件只在本浏览器中读取，不会上传。";
    "fit.drop" => "Drop a CSV file here, or",
        "将 CSV 文件拖到这里，或";
    "fit.choose" => "choose a file",
        "选择文件";
    "fit.formats" => "Separated by , ; tab or spaces, with or without a header row; dates such as 2024-03-05, 20240305 or 05/03/2024. Same-day purchases of a customer count as one.",
        "以逗号、分号、制表符或空格分隔，有无表头均可；日期如 2024-03-05、20240305 或 05/03/2024。同一顾客同一天的消费合并为一次。";
    "fit.cutoff" => "Calibration cut-off",
        "校准截止日";
    "fit.cutoffTip" => "The models are fitted to purchases up to this date; later purchases are the hold-out that checks them. Empty: the last date in the file.",
        "用截至该日的消费拟合模型，之后的消费作为验证期来检验模型。留空则取文件中的最后日期。";
    "fit.cutoffHint" => "empty = end of data",
        "留空 = 数据末日";
    "fit.columns" => "Columns",
        "列";
    "fit.columnsTip" => "Only if detection gets them wrong: a column number (1 = the first) or a header name.",
        "仅在自动识别有误时填写：列号（1 为第一列）或表头名称。";
    "fit.customer" => "Customer",
        "客户编号";
    "fit.date" => "Date",
        "日期";
    "fit.amount" => "Amount",
        "金额";
    "fit.auto" => "auto",
        "自动";
    "fit.fit" => "Fit",
        "拟合";
    "fit.refit" => "Fit again",
        "重新拟合";
    "fit.cancel" => "Cancel",
        "取消";
    "fit.reading" => "Reading {name}… {pct}",
        "正在读取 {name}…… {pct}";
    "fit.fitting" => "Fitting {size} of transactions in the background… {seconds} s",
        "正在后台拟合 {size} 交易数据…… {seconds} 秒";
    "fit.fittingPurchases" => "Fitting purchases and dropout… {seconds} s (likelihood evaluations: {done} of at most {total})",
        "正在拟合消费与流失…… {seconds} 秒（似然计算：{done} 次，上限 {total} 次）";
    "fit.fittingSpend" => "Fitting spend per purchase… {seconds} s (likelihood evaluations: {done} of at most {total})",
        "正在拟合单次消费金额…… {seconds} 秒（似然计算：{done} 次，上限 {total} 次）";
    "fit.workingNote" => "Keep editing while it works. A million rows take a minute or two.",
        "拟合期间可继续编辑。一百万行约需一两分钟。";
    "fit.cancelled" => "Fit cancelled.",
        "已取消拟合。";
    "fit.failed" => "The fit failed: {message}",
        "拟合失败：{message}";
    "fit.noFit" => "No fit for {name}:",
        "{name} 无法拟合：";
    "fit.tooBig" => "{name} is {size}; files up to {max} can be fitted in the browser. Fit a sample of customers (all rows of each customer kept).",
        "{name} 大小为 {size}，浏览器中最多可拟合 {max}。请抽取部分顾客（保留其全部交易行）后再拟合。";
    "fit.unreadable" => "{name} could not be read.",
        "无法读取 {name}。";
    "fit.empty" => "{name} is empty.",
        "{name} 是空文件。";
    "fit.done" => "Fitted {name} in {seconds} s.",
        "已拟合 {name}，用时 {seconds} 秒。";
    "fit.changed" => "The cut-off or columns changed: fit again to update.",
        "截止日或列已更改：请重新拟合以更新结果。";
    "fit.summary" => "{customers} customers ({repeat} with a repeat purchase) from {rows} rows; {skipped} rows skipped.",
        "{rows} 行数据，{customers} 位顾客（其中 {repeat} 位有重复购买）；跳过 {skipped} 行。";
    "fit.period" => "Purchases from {first} to {last}: calibration up to {cutoff}, hold-out after.",
        "消费日期 {first} 至 {last}：校准期截至 {cutoff}，之后为验证期。";
    "fit.periodAll" => "Purchases from {first} to {last}, all used for calibration. Set an earlier cut-off to check the model on a hold-out period.",
        "消费日期 {first} 至 {last}，全部用于校准。设置更早的截止日可在验证期检验模型。";
    "fit.afterCutoff" => "{n} customers whose first purchase came after the cut-off are left out.",
        "{n} 位在截止日之后才首次消费的顾客未计入。";
    "fit.layout" => "Read as {separator}, {header}: customer = column {c}, date = column {d}, amount = column {a}.",
        "读取方式：{separator}，{header}；客户编号 = 第 {c} 列，日期 = 第 {d} 列，金额 = 第 {a} 列。";
    "fit.sep.comma" => "comma-separated",
        "逗号分隔";
    "fit.sep.semicolon" => "semicolon-separated",
        "分号分隔";
    "fit.sep.tab" => "tab-separated",
        "制表符分隔";
    "fit.sep.whitespace" => "space-separated",
        "空格分隔";
    "fit.header.yes" => "with a header row",
        "有表头";
    "fit.header.no" => "no header row",
        "无表头";
    "fit.notAFit" => "This is not a confirmed fit (see the warning above), so it cannot be added as a segment.",
        "这不是确认的拟合（见上方警告），因此不能添加为分层。";
    "fit.purchases" => "Purchases and dropout (BG/NBD, weeks)",
        "消费与流失（BG/NBD，以周计）";
    "fit.spend" => "Spend per purchase (Gamma-Gamma)",
        "单次消费金额（Gamma-Gamma）";
    "fit.spendNote" => "Fitted on the {n} repeat buyers’ average repeat purchase.",
        "基于 {n} 位重复购买顾客的平均重复消费额拟合。";
    "fit.ll" => "Log-likelihood",
        "对数似然";
    "fit.llTip" => "The BG/NBD log-likelihood at the fit, summed over customers. Higher is better; compare fits of the same data only.",
        "拟合处的 BG/NBD 对数似然（对所有顾客求和）。越大越好；仅可在同一数据的拟合之间比较。";
    "fit.planner" => "In the planner’s terms",
        "按业务口径";
    "fit.skipped" => "Skipped rows ({n})",
        "跳过的行（{n}）";
    "fit.skippedMore" => "… and {n} more.",
        "……另有 {n} 行。";
    "fit.line" => "line {line}: {reason}",
        "第 {line} 行：{reason}";
    "fit.use" => "Use this fit",
        "使用此拟合";
    "fit.name" => "Segment name",
        "分层名称";
    "fit.share" => "Share of members",
        "会员占比";
    "fit.add" => "Add as a segment",
        "添加为分层";
    "fit.shareSome" => "The new segment gets {share} of members; the current segments keep their mix and shrink to {rest} together.",
        "新分层占会员的 {share}；现有分层保持彼此比例，合计缩减为 {rest}。";
    "fit.shareZero" => "0 %: the segment is added without members. Runs are blocked until you give it a share above 0 and the shares add up to 100 % again.",
        "0%：分层加入但没有会员。在您为其设置大于 0 的占比、且各分层合计重新为 100% 之前，无法运行。";
    "fit.shareAll" => "100 %: the fitted segment replaces the current segments.",
        "100%：拟合的分层将取代现有分层。";
    "fit.shareBad" => "Give a share from 0 to 100 %.",
        "请输入 0 到 100% 之间的占比。";
    "fit.nameBad" => "Give the segment a name.",
        "请为分层命名。";
    "fit.full" => "The scenario already has {max} segments, the most it can hold.",
        "方案已有 {max} 个分层，已达上限。";
    "fit.added" => "Added the segment “{name}” ({share} of members).",
        "已添加分层“{name}”（占会员 {share}）。";
    "fit.fitted" => "{name} (fitted)",
        "{name}（拟合）";
};
