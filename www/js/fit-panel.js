// "Fit a segment from your transactions" (从交易数据拟合), in the editor's population
// section. A transaction export (CSV text: customer, date, amount) is read in this
// browser with FileReader — nothing is uploaded — and fitted in a worker of its own
// (engine.fit → the WASM's fit_transactions, src/fit): BG/NBD r, α, a, b (weeks) and
// Gamma-Gamma p, q, γ by maximum likelihood. The panel shows the parameters with the
// planner's reading beside, the evidence (log-likelihood, counts, skipped rows — as text),
// two small SVG charts built with DOM calls (repeat-purchase counts; cumulative repeat
// purchases across the calibration / hold-out split), and adds the fit to the scenario as
// a segment. Its words, in both languages, are kept here.

import { h, clear, icon } from './dom.js';
import { lang, isZh, tr } from './i18n.js';
import { MODEL_FIELDS, PLANNER_FIELDS, SEGMENTS } from './fields.js';
import { toPlanner, round6 } from './behaviour.js';
import { count, int, num, pct, plain } from './format.js';
import { clone } from './paths.js';

/** Largest export read into the tab (a JavaScript string, then the WASM's memory). */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;
/** Skipped rows listed (the rest are counted). */
const SKIPPED_SHOWN = 20;

// ------------------------------------------------------------------- words

const S = {
  title: ['Fit a segment from your transactions', '从交易数据拟合分层'],
  intro: ['Drop a transaction export (one row per purchase: customer id, date, amount) to fit the purchase, dropout and spend parameters to your own customers. The file is read in this browser; nothing is uploaded.',
    '拖入交易明细导出文件（每行一笔消费：客户编号、日期、金额），用您自己的顾客数据拟合消费频次、流失与客单价参数。文件只在本浏览器中读取，不会上传。'],
  drop: ['Drop a CSV file here, or', '将 CSV 文件拖到这里，或'],
  choose: ['choose a file', '选择文件'],
  formats: ['Separated by , ; tab or spaces, with or without a header row; dates such as 2024-03-05, 20240305 or 05/03/2024. Same-day purchases of a customer count as one.',
    '以逗号、分号、制表符或空格分隔，有无表头均可；日期如 2024-03-05、20240305 或 05/03/2024。同一顾客同一天的消费合并为一次。'],
  cutoff: ['Calibration cut-off', '校准截止日'],
  cutoffTip: ['The models are fitted to purchases up to this date; later purchases are the hold-out that checks them. Empty: the last date in the file.',
    '用截至该日的消费拟合模型，之后的消费作为验证期来检验模型。留空则取文件中的最后日期。'],
  cutoffHint: ['empty = end of data', '留空 = 数据末日'],
  columns: ['Columns', '列'],
  columnsTip: ['Only if detection gets them wrong: a column number (1 = the first) or a header name.', '仅在自动识别有误时填写：列号（1 为第一列）或表头名称。'],
  customer: ['Customer', '客户编号'],
  date: ['Date', '日期'],
  amount: ['Amount', '金额'],
  auto: ['auto', '自动'],
  fit: ['Fit', '拟合'],
  refit: ['Fit again', '重新拟合'],
  cancel: ['Cancel', '取消'],
  reading: ['Reading {name}… {pct}', '正在读取 {name}…… {pct}'],
  fitting: ['Fitting {size} of transactions in the background… {seconds} s', '正在后台拟合 {size} 交易数据…… {seconds} 秒'],
  workingNote: ['Keep editing while it works. A million rows take a minute or two.', '拟合期间可继续编辑。一百万行约需一两分钟。'],
  cancelled: ['Fit cancelled.', '已取消拟合。'],
  failed: ['The fit failed: {message}', '拟合失败：{message}'],
  noFit: ['No fit for {name}:', '{name} 无法拟合：'],
  tooBig: ['{name} is {size}; files up to {max} can be fitted in the browser. Fit a sample of customers (all rows of each customer kept).', '{name} 大小为 {size}，浏览器中最多可拟合 {max}。请抽取部分顾客（保留其全部交易行）后再拟合。'],
  unreadable: ['{name} could not be read.', '无法读取 {name}。'],
  empty: ['{name} is empty.', '{name} 是空文件。'],
  done: ['Fitted {name} in {seconds} s.', '已拟合 {name}，用时 {seconds} 秒。'],
  changed: ['The cut-off or columns changed: fit again to update.', '截止日或列已更改：请重新拟合以更新结果。'],
  summary: ['{customers} customers ({repeat} with a repeat purchase) from {rows} rows; {skipped} rows skipped.', '{rows} 行数据，{customers} 位顾客（其中 {repeat} 位有重复购买）；跳过 {skipped} 行。'],
  period: ['Purchases from {first} to {last}: calibration up to {cutoff}, hold-out after.', '消费日期 {first} 至 {last}：校准期截至 {cutoff}，之后为验证期。'],
  periodAll: ['Purchases from {first} to {last}, all used for calibration. Set an earlier cut-off to check the model on a hold-out period.', '消费日期 {first} 至 {last}，全部用于校准。设置更早的截止日可在验证期检验模型。'],
  afterCutoff: ['{n} customers whose first purchase came after the cut-off are left out.', '{n} 位在截止日之后才首次消费的顾客未计入。'],
  layout: ['Read as {separator}, {header}: customer = column {c}, date = column {d}, amount = column {a}.', '读取方式：{separator}，{header}；客户编号 = 第 {c} 列，日期 = 第 {d} 列，金额 = 第 {a} 列。'],
  'sep.comma': ['comma-separated', '逗号分隔'],
  'sep.semicolon': ['semicolon-separated', '分号分隔'],
  'sep.tab': ['tab-separated', '制表符分隔'],
  'sep.whitespace': ['space-separated', '空格分隔'],
  'header.yes': ['with a header row', '有表头'],
  'header.no': ['no header row', '无表头'],
  notConverged: ['The optimiser could not confirm its optimum: treat these figures with care.', '优化器未能确认最优解：请谨慎使用这些参数。'],
  purchases: ['Purchases and dropout (BG/NBD, weeks)', '消费与流失（BG/NBD，以周计）'],
  spend: ['Spend per purchase (Gamma-Gamma)', '单次消费金额（Gamma-Gamma）'],
  spendNote: ['Fitted on the {n} repeat buyers’ average repeat purchase.', '基于 {n} 位重复购买顾客的平均重复消费额拟合。'],
  ll: ['Log-likelihood', '对数似然'],
  llTip: ['The BG/NBD log-likelihood at the fit, summed over customers. Higher is better; compare fits of the same data only.', '拟合处的 BG/NBD 对数似然（对所有顾客求和）。越大越好；仅可在同一数据的拟合之间比较。'],
  planner: ['In the planner’s terms', '按业务口径'],
  histTitle: ['Customers by repeat purchases in the calibration period', '校准期内按重复购买次数的顾客数'],
  histX: ['Repeat purchases', '重复购买次数'],
  histY: ['Customers', '顾客数'],
  cumTitle: ['Cumulative repeat purchases by week', '按周累计的重复购买次数'],
  cumX: ['Week', '周'],
  cumY: ['Repeat purchases', '重复购买'],
  actual: ['Actual', '实际'],
  model: ['Model', '模型'],
  calibration: ['Calibration', '校准期'],
  holdout: ['Hold-out', '验证期'],
  barTip: ['{x} repeat purchases: {actual} customers, model {model}', '{x} 次重复购买：实际 {actual} 位，模型 {model} 位'],
  skipped: ['Skipped rows ({n})', '跳过的行（{n}）'],
  skippedMore: ['… and {n} more.', '……另有 {n} 行。'],
  line: ['line {line}: {reason}', '第 {line} 行：{reason}'],
  use: ['Use this fit', '使用此拟合'],
  name: ['Segment name', '分层名称'],
  share: ['Share of members', '会员占比'],
  add: ['Add as a segment', '添加为分层'],
  shareSome: ['The new segment gets {share} of members; the current segments keep their mix and shrink to {rest} together.', '新分层占会员的 {share}；现有分层保持彼此比例，合计缩减为 {rest}。'],
  shareZero: ['0 %: the segment is added without members. Runs are blocked until you give it a share above 0 and the shares add up to 100 % again.', '0%：分层加入但没有会员。在您为其设置大于 0 的占比、且各分层合计重新为 100% 之前，无法运行。'],
  shareAll: ['100 %: the fitted segment replaces the current segments.', '100%：拟合的分层将取代现有分层。'],
  shareBad: ['Give a share from 0 to 100 %.', '请输入 0 到 100% 之间的占比。'],
  nameBad: ['Give the segment a name.', '请为分层命名。'],
  full: ['The scenario already has {max} segments, the most it can hold.', '方案已有 {max} 个分层，已达上限。'],
  added: ['Added the segment “{name}” ({share} of members).', '已添加分层“{name}”（占会员 {share}）。'],
  fitted: ['{name} (fitted)', '{name}（拟合）'],
};

function say(key, params = {}) {
  const pair = S[key];
  const text = pair ? (isZh() ? pair[1] : pair[0]) : key;
  return text.replace(/\{(\w+)\}/g, (m, k) => (k in params ? String(params[k]) : m));
}

/** `digits` significant figures (all of them shown when `fixed`, as for the fitted parameters). */
function sig(x, digits = 4, fixed = false) {
  if (typeof x !== 'number' || !Number.isFinite(x)) return '—';
  const notation = x !== 0 && (Math.abs(x) < 1e-3 || Math.abs(x) >= 1e7) ? 'scientific' : 'standard';
  return new Intl.NumberFormat(lang(), { notation, maximumSignificantDigits: digits, minimumSignificantDigits: fixed ? digits : 1 }).format(x);
}

/** A count or expectation for a chart: finite, else 0 (a degenerate fit may give NaN). */
const finite = (x) => (Number.isFinite(Number(x)) ? Number(x) : 0);

function bytes(n) {
  if (!(n >= 0)) return '—';
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${num(n / 1024, 1)} KB`;
  return `${num(n / 1024 / 1024, 1)} MB`;
}

// ------------------------------------------------------------------- SVG

const SVGNS = 'http://www.w3.org/2000/svg';

/** An SVG element; text goes in through textContent only. */
function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'text') el.textContent = String(v);
    else el.setAttribute(k, String(v));
  }
  for (const c of children.flat()) if (c) el.append(c);
  return el;
}

/** Round tick values from 0 to at least `max` (about `n` of them). */
export function ticks(max, n = 4) {
  const top = max > 0 ? max : 1;
  const raw = top / n;
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  const step = (m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10) * p;
  const out = [];
  for (let v = 0; v < top + step * 0.999; v += step) out.push(Number(v.toPrecision(12)));
  return out;
}

const COLOURS = { actual: '#2563eb', model: '#f59e0b' };
const W = 460;

function frame(kind, title, height) {
  return s('svg', { class: 'fit-chart', 'data-fit-chart': kind, viewBox: `0 0 ${W} ${height}`, role: 'img', 'aria-label': title },
    s('title', { text: title }));
}

function legend(x, y) {
  return s('g', { class: 'legend' },
    s('rect', { x, y: y - 8, width: 10, height: 10, rx: 2, fill: COLOURS.actual }),
    s('text', { x: x + 14, y: y + 1, text: say('actual') }),
    s('rect', { x: x + 74, y: y - 8, width: 10, height: 10, rx: 2, fill: COLOURS.model }),
    s('text', { x: x + 88, y: y + 1, text: say('model') }));
}

function yAxis(svg, m, H, top, tickValues, y) {
  for (const v of tickValues) {
    svg.append(s('line', { class: 'grid', x1: m.l, x2: W - m.r, y1: y(v), y2: y(v) }),
      s('text', { class: 'tick', x: m.l - 6, y: y(v) + 3.5, 'text-anchor': 'end', text: count(v) }));
  }
  svg.append(s('line', { class: 'axis', x1: m.l, x2: m.l, y1: m.t, y2: H - m.b }),
    s('line', { class: 'axis', x1: m.l, x2: W - m.r, y1: H - m.b, y2: H - m.b }));
}

/** Bars of customers by repeat purchases 0 … 7+, actual beside model. */
export function histogramChart(rows) {
  const H = 236;
  const m = { l: 58, r: 10, t: 26, b: 40 };
  const title = say('histTitle');
  const svg = frame('histogram', title, H);
  const list = Array.isArray(rows) ? rows : [];
  const max = Math.max(1, ...list.flatMap((r) => [finite(r.actual), finite(r.model)]));
  const tickValues = ticks(max, 4);
  const top = tickValues[tickValues.length - 1];
  const y = (v) => m.t + (H - m.t - m.b) * (1 - v / top);
  yAxis(svg, m, H, top, tickValues, y);
  const gw = (W - m.l - m.r) / Math.max(1, list.length);
  const bw = Math.min(22, gw * 0.36);
  list.forEach((r, i) => {
    const cx = m.l + gw * (i + 0.5);
    const label = String(r.repeat_purchases);
    const tip = say('barTip', { x: label, actual: int(r.actual), model: num(r.model, 1) });
    for (const [series, value, dx] of [['actual', finite(r.actual), -bw - 1], ['model', finite(r.model), 1]]) {
      svg.append(s('rect', { class: 'bar', 'data-series': series, 'data-x': label, 'data-value': value, x: cx + dx, y: y(value), width: bw, height: Math.max(0, H - m.b - y(value)), fill: COLOURS[series] },
        s('title', { text: tip })));
    }
    svg.append(s('text', { class: 'tick', x: cx, y: H - m.b + 14, 'text-anchor': 'middle', text: label }));
  });
  svg.append(s('text', { class: 'axis-title', x: m.l + (W - m.l - m.r) / 2, y: H - 6, 'text-anchor': 'middle', text: say('histX') }),
    s('text', { class: 'axis-title', x: 13, y: m.t + (H - m.t - m.b) / 2, 'text-anchor': 'middle', transform: `rotate(-90 13 ${m.t + (H - m.t - m.b) / 2})`, text: say('histY') }),
    legend(W - m.r - 150, 13));
  return svg;
}

/** Days since 1970-01-01 of an ISO date (YYYY-MM-DD), or NaN. */
function dayNumber(iso) {
  const m = /^(-?\d{4,})-(\d{2})-(\d{2})$/.exec(String(iso ?? ''));
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86400000 : NaN;
}

/** Whether the fit kept purchases after its cut-off (a hold-out period). */
const hasHoldout = (fit) => dayNumber(fit?.cutoff) < dayNumber(fit?.last_date);

/**
 * Cumulative repeat purchases by week, actual and model, the hold-out shaded. `split`: the
 * cut-off in weeks since the first day of the data (null: no hold-out).
 */
export function cumulativeChart(weeks, split = null) {
  const H = 236;
  const m = { l: 58, r: 12, t: 26, b: 40 };
  const title = say('cumTitle');
  const svg = frame('cumulative', title, H);
  const list = Array.isArray(weeks) ? weeks : [];
  const n = Math.max(1, list.length);
  const max = Math.max(1, ...list.flatMap((w) => [finite(w.actual), finite(w.model)]));
  const tickValues = ticks(max, 4);
  const top = tickValues[tickValues.length - 1];
  const x = (week) => m.l + (W - m.l - m.r) * (week / n);
  const y = (v) => m.t + (H - m.t - m.b) * (1 - v / top);
  const cut = Number.isFinite(split) && split > 0 && split < n ? split : null;
  if (cut !== null) {
    svg.append(s('rect', { class: 'holdout', x: x(cut), y: m.t, width: x(n) - x(cut), height: H - m.t - m.b }));
  }
  yAxis(svg, m, H, top, tickValues, y);
  for (const v of ticks(n, 6)) {
    if (v > n) continue;
    svg.append(s('text', { class: 'tick', x: x(v), y: H - m.b + 14, 'text-anchor': 'middle', text: int(v) }));
  }
  const path = (key) => `M${x(0).toFixed(1)} ${y(0).toFixed(1)}${list.map((w, i) => `L${x(i + 1).toFixed(1)} ${y(finite(w[key])).toFixed(1)}`).join('')}`;
  svg.append(s('path', { class: 'line', 'data-series': 'actual', d: path('actual'), stroke: COLOURS.actual }),
    s('path', { class: 'line', 'data-series': 'model', d: path('model'), stroke: COLOURS.model, 'stroke-dasharray': '5 3' }));
  if (cut !== null) {
    const cx = x(cut);
    svg.append(s('line', { class: 'cutoff', 'data-week': Number(cut.toFixed(2)), x1: cx, x2: cx, y1: m.t - 4, y2: H - m.b }));
    // The labels go where there is room for them.
    if (cx - m.l > 80) svg.append(s('text', { class: 'split', x: cx - 5, y: m.t + 10, 'text-anchor': 'end', text: `← ${say('calibration')}` }));
    if (W - m.r - cx > 70) svg.append(s('text', { class: 'split', x: cx + 5, y: m.t + 10, 'text-anchor': 'start', text: `${say('holdout')} →` }));
  }
  svg.append(s('text', { class: 'axis-title', x: m.l + (W - m.l - m.r) / 2, y: H - 6, 'text-anchor': 'middle', text: say('cumX') }),
    s('text', { class: 'axis-title', x: 13, y: m.t + (H - m.t - m.b) / 2, 'text-anchor': 'middle', transform: `rotate(-90 13 ${m.t + (H - m.t - m.b) / 2})`, text: say('cumY') }),
    legend(m.l + 4, 13));
  return svg;
}

// ------------------------------------------------------------- the segment

/**
 * Adds a fitted segment to a scenario, in place; returns its index. `share` (0–1): 0 adds
 * it without members (the scenario then needs its shares set); 1 replaces the segments;
 * in between, the other segments keep their mix and are scaled to 1 − share together.
 */
export function addFittedSegment(scenario, { name, behaviour, share }) {
  scenario.population ||= {};
  const list = Array.isArray(scenario.population.segments) ? scenario.population.segments.map((r) => clone(r)) : [];
  const x = Math.min(1, Math.max(0, Number(share) || 0));
  let next = x >= 1 ? [] : list;
  const shares = next.filter((r) => typeof r?.share === 'number' && r.share > 0);
  const total = shares.reduce((sum, r) => sum + r.share, 0);
  if (x > 0 && x < 1 && total > 0) {
    for (const r of shares) r.share = Math.round((r.share * (1 - x) / total) * 1e6) / 1e6;
    // Rounding to six places may leave a millionth over or under: the largest takes it.
    const largest = shares.reduce((a, b) => (b.share > a.share ? b : a));
    largest.share = Math.round((largest.share + (1 - x) - shares.reduce((sum, r) => sum + r.share, 0)) * 1e6) / 1e6;
  }
  next = [...next, { name, share: Math.round(x * 1e6) / 1e6, behaviour }];
  scenario.population.segments = next;
  return next.length - 1;
}

/** The behaviour the WASM returned, rounded to 6 significant figures (as the editor keeps them). */
function roundedBehaviour(b) {
  const r = (o) => Object.fromEntries(Object.entries(o || {}).map(([k, v]) => [k, typeof v === 'number' ? round6(v) : v]));
  return { form: 'model', purchases: r(b?.purchases), spend: r(b?.spend) };
}

function uniqueName(base, rows) {
  const taken = new Set(rows.map((r) => String(r?.name ?? '').trim()));
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base} ${i}`)) return `${base} ${i}`;
}

// ---------------------------------------------------------------- the panel

function field(label, control, { tip = null, hint = null } = {}) {
  return h('label', { class: 'fit-field' },
    h('span', { class: 'fit-label' }, label, tip ? h('span', { class: 'tip', tabindex: '0', 'data-tip': tip, 'aria-label': tip }, icon('info')) : null),
    control,
    hint ? h('span', { class: 'fit-hint', text: hint }) : null);
}

export class FitPanel {
  /**
   * @param hooks {
   *   fit(text, { cutoff, customer, date, amount }) → Promise<{ ok, problems, value }>,
   *   cancel(),
   *   scenario() → the scenario object (edited in place by "Add as a segment"),
   *   added(message, previous, index) — after a segment was added (previous: the scenario before)
   * }
   */
  constructor(hooks) {
    this.hooks = hooks;
    this.root = h('details', { class: 'fit-panel', id: 'fit-panel' });
    this.options = { cutoff: '', customer: '', date: '', amount: '' };
    this.file = null; // { name, size }
    this.text = null;
    this.busy = null; // { kind: 'reading' | 'fitting', started, pct }
    this.status = null; // { kind: 'info' | 'error' | 'ok', text }
    this.problem = null; // { name, message } when the WASM could not fit
    this.result = null; // { fit, behaviour, name, options }
    this.segment = { name: '', share: null };
    this.seq = 0;
    this.timer = 0;
    this.lang = null;
    this.root.addEventListener('toggle', () => { if (this.root.open && this.lang !== lang()) this.render(); });
  }

  /** The panel's element (kept across the editor's re-renders), in the page's language. */
  element() {
    if (this.lang !== lang()) this.render();
    return this.root;
  }

  // ------------------------------------------------------------ reading and fitting

  async open(file) {
    if (!file) return;
    const seq = ++this.seq;
    this.hooks.cancel?.();
    this.reader?.abort?.();
    this.file = { name: String(file.name || 'transactions'), size: file.size };
    this.text = null;
    this.problem = null;
    this.result = null;
    this.status = null;
    if (file.size > MAX_FILE_BYTES) {
      this.busy = null;
      this.status = { kind: 'error', text: say('tooBig', { name: this.file.name, size: bytes(file.size), max: bytes(MAX_FILE_BYTES) }) };
      this.render();
      return;
    }
    this.busy = { kind: 'reading', started: performance.now(), pct: 0 };
    this.render();
    let text;
    try {
      text = await this.read(file, undefined, seq);
      // Not UTF-8 (e.g. an export from a Chinese Excel): read it again as GB18030.
      if (text.includes('\uFFFD')) text = await this.read(file, 'gb18030', seq);
    } catch (e) {
      if (seq !== this.seq) return;
      this.busy = null;
      this.status = { kind: 'error', text: say('unreadable', { name: this.file.name }) };
      this.render();
      return;
    }
    if (seq !== this.seq) return;
    if (!text.trim()) {
      this.busy = null;
      this.status = { kind: 'error', text: say('empty', { name: this.file.name }) };
      this.render();
      return;
    }
    this.text = text;
    this.fit(seq);
  }

  read(file, encoding, seq) {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      this.reader = reader;
      reader.onprogress = (e) => {
        if (seq !== this.seq || !this.busy || !e.lengthComputable) return;
        this.busy.pct = e.loaded / Math.max(1, e.total);
        this.showBusy();
      };
      reader.onload = () => resolve(String(reader.result ?? ''));
      reader.onerror = () => reject(reader.error || new Error('unreadable'));
      reader.onabort = () => reject(new Error('aborted'));
      if (encoding) reader.readAsText(file, encoding); else reader.readAsText(file);
    });
  }

  async fit(seq = ++this.seq) {
    if (this.text === null) return;
    const options = { ...this.options };
    this.busy = { kind: 'fitting', started: performance.now(), pct: 0 };
    this.status = null;
    this.problem = null;
    this.render();
    clearInterval(this.timer);
    this.timer = setInterval(() => this.showBusy(), 500);
    const started = performance.now();
    let outcome;
    try {
      outcome = await this.hooks.fit(this.text, options);
    } catch (e) {
      if (seq !== this.seq) return;
      this.stopTimer();
      this.busy = null;
      this.status = e?.cancelled ? { kind: 'info', text: say('cancelled') } : { kind: 'error', text: say('failed', { message: String(e?.message || e) }) };
      this.render();
      return;
    }
    if (seq !== this.seq) return;
    this.stopTimer();
    this.busy = null;
    const name = this.file?.name || '';
    if (!outcome?.ok || !Array.isArray(outcome.value)) {
      const message = (outcome?.problems || []).map((p) => String(p?.message ?? '')).join('\n') || 'unknown';
      this.problem = { name, message };
      this.result = null;
    } else {
      const [fit, behaviour] = outcome.value;
      this.result = { fit, behaviour: roundedBehaviour(behaviour), name, options };
      this.segment = { name: '', share: null };
      this.status = { kind: 'ok', text: say('done', { name, seconds: num((performance.now() - started) / 1000, 1) }) };
    }
    this.render();
    this.root.dataset.fits = String(Number(this.root.dataset.fits || 0) + 1);
  }

  cancel() {
    this.seq++;
    this.reader?.abort?.();
    this.hooks.cancel?.();
    this.stopTimer();
    this.busy = null;
    this.status = { kind: 'info', text: say('cancelled') };
    this.render();
  }

  stopTimer() { clearInterval(this.timer); this.timer = 0; }

  /** Updates the working line in place (no re-render while the fit runs). */
  showBusy() {
    const line = this.root.querySelector('.fit-busy-text');
    const bar = this.root.querySelector('.fit-progress');
    if (!line || !this.busy) return;
    if (this.busy.kind === 'reading') {
      line.textContent = say('reading', { name: this.file?.name ?? '', pct: pct(this.busy.pct, 0) });
      bar?.style.setProperty('--fit-pct', `${Math.round(this.busy.pct * 100)}%`);
    } else {
      line.textContent = say('fitting', { size: bytes(this.file?.size), seconds: int((performance.now() - this.busy.started) / 1000) });
    }
  }

  // ---------------------------------------------------------------- rendering

  render() {
    this.lang = lang();
    const root = this.root;
    clear(root);
    root.classList.toggle('is-busy', Boolean(this.busy));
    root.append(h('summary', {}, icon('upload'), h('span', { class: 'fit-summary-title', text: say('title') })));
    const body = h('div', { class: 'fit-body' });
    body.append(h('p', { class: 'note', text: say('intro') }), this.renderInput(), this.renderOptions());
    if (this.busy) body.append(this.renderBusy());
    if (this.status) body.append(h('p', { class: `fit-status ${this.status.kind}`, role: this.status.kind === 'error' ? 'alert' : 'status', text: this.status.text }));
    if (this.problem) body.append(this.renderProblem());
    if (this.result) body.append(this.renderResult());
    root.append(body);
    if (this.busy) this.showBusy();
    this.markChanged();
  }

  renderInput() {
    const input = h('input', { type: 'file', id: 'fit-file', class: 'visually-hidden', accept: '.csv,.tsv,.txt,text/csv,text/plain,text/tab-separated-values', tabindex: '-1' });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.value = '';
      if (file) this.open(file);
    });
    const choose = h('button', { type: 'button', class: 'btn small', id: 'fit-choose', on: { click: () => input.click() } }, say('choose'));
    const zone = h('div', { class: 'fit-drop', id: 'fit-drop' },
      icon('upload'), h('span', { text: say('drop') }), choose, input,
      this.file ? h('span', { class: 'fit-file-name', text: `${this.file.name} · ${bytes(this.file.size)}` }) : null);
    zone.addEventListener('dragover', (e) => { e.preventDefault(); if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy'; zone.classList.add('over'); });
    zone.addEventListener('dragleave', () => zone.classList.remove('over'));
    zone.addEventListener('drop', (e) => {
      e.preventDefault();
      zone.classList.remove('over');
      const file = e.dataTransfer?.files?.[0];
      if (file) this.open(file);
    });
    return h('div', {}, zone, h('p', { class: 'note fit-formats', text: say('formats') }));
  }

  renderOptions() {
    const opt = (key, attrs) => {
      const el = h('input', { ...attrs, value: this.options[key], autocomplete: 'off', spellcheck: 'false' });
      el.addEventListener('input', () => {
        this.options[key] = el.value.trim();
        this.markChanged();
      });
      return el;
    };
    const fitButton = h('button', { type: 'button', class: 'btn small primary', id: 'fit-run', disabled: this.text === null || this.busy ? true : null, on: { click: () => this.fit() } },
      say(this.result || this.problem ? 'refit' : 'fit'));
    const cancel = h('button', { type: 'button', class: 'btn small', id: 'fit-cancel', disabled: this.busy ? null : true, on: { click: () => this.cancel() } }, say('cancel'));
    return h('div', { class: 'fit-options' },
      field(say('cutoff'), opt('cutoff', { type: 'date', id: 'fit-cutoff', min: '1900-01-01', max: '2199-12-31' }), { tip: say('cutoffTip'), hint: say('cutoffHint') }),
      h('div', { class: 'fit-columns' },
        h('span', { class: 'fit-label' }, say('columns'), h('span', { class: 'tip', tabindex: '0', 'data-tip': say('columnsTip'), 'aria-label': say('columnsTip') }, icon('info'))),
        h('div', { class: 'fit-column-inputs' },
          field(say('customer'), opt('customer', { type: 'text', id: 'fit-col-customer', placeholder: say('auto'), maxlength: '100' })),
          field(say('date'), opt('date', { type: 'text', id: 'fit-col-date', placeholder: say('auto'), maxlength: '100' })),
          field(say('amount'), opt('amount', { type: 'text', id: 'fit-col-amount', placeholder: say('auto'), maxlength: '100' })))),
      h('div', { class: 'button-row' }, fitButton, cancel));
  }

  markChanged() {
    const stale = Boolean(this.result) && JSON.stringify(this.options) !== JSON.stringify(this.result.options);
    const note = this.root.querySelector('.fit-changed');
    note?.classList.toggle('hidden', !stale);
  }

  renderBusy() {
    return h('div', { class: 'fit-busy', role: 'status', 'aria-live': 'polite' },
      h('div', { class: `fit-progress ${this.busy.kind}` }, h('div', { class: 'fit-progress-fill' })),
      h('span', { class: 'fit-busy-text' }),
      this.busy.kind === 'fitting' ? h('span', { class: 'note', text: say('workingNote') }) : null);
  }

  renderProblem() {
    return h('div', { class: 'fit-problem', role: 'alert' },
      h('strong', { text: say('noFit', { name: this.problem.name }) }),
      h('pre', { class: 'fit-problem-text', text: this.problem.message }));
  }

  renderResult() {
    const { fit } = this.result;
    const skippedCount = Number.isFinite(fit.rows_skipped_count) ? fit.rows_skipped_count : (fit.rows_skipped || []).length;
    const holdout = hasHoldout(fit);
    const layout = fit.layout || {};
    const evidence = h('div', { class: 'fit-evidence' },
      h('p', { id: 'fit-counts', 'data-customers': fit.customers, 'data-repeat-buyers': fit.repeat_buyers, 'data-rows': fit.rows_read, 'data-skipped': skippedCount,
        text: say('summary', { customers: int(fit.customers), repeat: int(fit.repeat_buyers), rows: int(fit.rows_read), skipped: int(skippedCount) }) }),
      h('p', { text: say(holdout ? 'period' : 'periodAll', { first: fit.first_date, last: fit.last_date, cutoff: fit.cutoff }) }),
      fit.customers_after_cutoff > 0 ? h('p', { text: say('afterCutoff', { n: int(fit.customers_after_cutoff) }) }) : null,
      h('p', { class: 'note', text: say('layout', {
        separator: S[`sep.${layout.separator}`] ? say(`sep.${layout.separator}`) : String(layout.separator ?? ''),
        header: say(layout.header ? 'header.yes' : 'header.no'), c: layout.customer_column, d: layout.date_column, a: layout.amount_column,
      }) }),
      fit.converged === false ? h('p', { class: 'fit-warn', role: 'status', text: say('notConverged') }) : null);
    return h('div', { class: 'fit-result', id: 'fit-result' },
      h('p', { class: 'fit-changed note hidden', text: say('changed') }),
      evidence,
      this.renderParameters(fit),
      h('div', { class: 'fit-charts' },
        h('figure', { class: 'fit-figure' }, h('figcaption', { text: say('histTitle') }), histogramChart(fit.repeat_histogram)),
        h('figure', { class: 'fit-figure' }, h('figcaption', { text: say('cumTitle') }), cumulativeChart(fit.weekly_repeats, holdout ? (dayNumber(fit.cutoff) - dayNumber(fit.first_date) + 1) / 7 : null))),
      this.renderSkipped(fit.rows_skipped || [], skippedCount),
      this.renderAdd());
  }

  renderParameters(fit) {
    const model = MODEL_FIELDS.reduce((o, f) => ({ ...o, [f.path]: f }), {});
    const value = (group, key) => {
      const def = model[`${group}.${key}`];
      const v = fit[group]?.[key];
      return h('div', { class: 'fit-param', 'data-fit-param': key, 'data-value': String(v) },
        h('dt', { class: def?.tip ? 'has-tip' : null, tabindex: def?.tip ? '0' : null, 'data-tip': def?.tip ? tr(def.tip) : null, text: def ? tr(def.label) : key }),
        h('dd', { text: sig(v, 4, true) }));
    };
    // The planner's reading of each group, beside its parameters (behaviour.js's mapping).
    const planner = toPlanner({ purchases: fit.purchases, spend: fit.spend });
    const reading = (paths) => h('dl', { class: 'fit-reading' }, PLANNER_FIELDS.filter((f) => paths.includes(f.path)).map((f) => {
      const v = planner ? planner[f.path] : undefined;
      const text = v === undefined || !Number.isFinite(v) ? '—' : f.kind === 'percent' ? pct(v) : `${sig(v, 3)}${f.unit ? ` ${tr(f.unit)}` : ''}`;
      return h('div', { class: 'kv', 'data-planner': f.path }, h('dt', { class: 'has-tip', tabindex: '0', 'data-tip': tr(f.tip), text: tr(f.label) }), h('dd', { text }));
    }));
    return h('div', { class: 'fit-params' },
      h('section', { class: 'fit-group' },
        h('h5', { text: say('purchases') }),
        h('dl', { class: 'fit-values four' }, ['r', 'alpha', 'a', 'b'].map((k) => value('purchases', k))),
        h('div', { class: 'fit-planner' }, h('span', { class: 'fit-planner-title', text: say('planner') }),
          reading(['purchases_per_month', 'purchase_rate_spread', 'lost_per_year'])),
        h('p', { class: 'fit-ll', id: 'fit-ll', 'data-value': String(fit.log_likelihood) },
          h('span', { class: 'has-tip', tabindex: '0', 'data-tip': say('llTip'), text: say('ll') }), ' ', h('strong', { text: num(fit.log_likelihood, 1) }))),
      h('section', { class: 'fit-group' },
        h('h5', { text: say('spend') }),
        h('dl', { class: 'fit-values three' }, ['p', 'q', 'gamma'].map((k) => value('spend', k))),
        h('div', { class: 'fit-planner' }, h('span', { class: 'fit-planner-title', text: say('planner') }),
          reading(['average_order_value', 'order_value_spread'])),
        h('p', { class: 'note', text: say('spendNote', { n: int(fit.spend_customers ?? fit.repeat_buyers) }) })));
  }

  renderSkipped(rows, total) {
    if (!total) return null;
    const list = h('ol', { class: 'fit-skipped-list' });
    for (const row of rows.slice(0, SKIPPED_SHOWN)) {
      list.append(h('li', { 'data-line': String(row?.line ?? ''), text: say('line', { line: row?.line ?? '?', reason: String(row?.reason ?? '') }) }));
    }
    return h('details', { class: 'fit-skipped', id: 'fit-skipped', open: total <= 5 ? true : null },
      h('summary', { text: say('skipped', { n: int(total) }) }),
      list,
      total > SKIPPED_SHOWN ? h('p', { class: 'note', text: say('skippedMore', { n: int(total - SKIPPED_SHOWN) }) }) : null);
  }

  renderAdd() {
    const rows = Array.isArray(this.hooks.scenario()?.population?.segments) ? this.hooks.scenario().population.segments : [];
    const base = String(this.result.name || '').replace(/\.[A-Za-z0-9]{1,5}$/, '').slice(0, 80) || 'transactions';
    if (!this.segment.name) this.segment.name = uniqueName(say('fitted', { name: base }), rows);
    if (this.segment.share === null) this.segment.share = rows.length ? Math.round(100 / (rows.length + 1)) : 100;
    const note = h('p', { class: 'note fit-share-note', id: 'fit-share-note' });
    const problem = h('p', { class: 'fit-warn hidden', role: 'status' });
    const name = h('input', { type: 'text', id: 'fit-seg-name', value: this.segment.name, maxlength: '100', autocomplete: 'off' });
    const share = h('input', { type: 'text', id: 'fit-seg-share', class: 'num', value: plain(this.segment.share), inputmode: 'decimal', maxlength: '12', autocomplete: 'off' });
    const add = h('button', { type: 'button', class: 'btn primary small', id: 'fit-add' }, say('add'));
    const check = () => {
      this.segment.name = name.value;
      const text = share.value.trim().replace(/%$/, '').trim();
      const x = text === '' ? NaN : Number(text);
      const shareOk = Number.isFinite(x) && x >= 0 && x <= 100;
      if (shareOk) this.segment.share = x;
      const nameOk = name.value.trim() !== '';
      const currentRows = this.hooks.scenario()?.population?.segments || [];
      const tooMany = currentRows.length >= (SEGMENTS.max || 20) && !(shareOk && x >= 100);
      note.textContent = !shareOk ? '' : x >= 100 ? say('shareAll') : x <= 0 ? say('shareZero')
        : say('shareSome', { share: pct(x / 100, 2), rest: pct(1 - x / 100, 2) });
      const why = !shareOk ? say('shareBad') : !nameOk ? say('nameBad') : tooMany ? say('full', { max: SEGMENTS.max || 20 }) : '';
      problem.textContent = why;
      problem.classList.toggle('hidden', !why);
      add.disabled = Boolean(why);
      return !why;
    };
    name.addEventListener('input', check);
    share.addEventListener('input', check);
    add.addEventListener('click', () => { if (check()) this.add(); });
    check();
    return h('div', { class: 'fit-add' },
      h('h5', { text: say('use') }),
      h('div', { class: 'fit-add-row' },
        field(say('name'), name),
        field(say('share'), h('span', { class: 'fit-share' }, share, h('span', { class: 'unit', text: '%' }))),
        add),
      note, problem);
  }

  add() {
    const scenario = this.hooks.scenario();
    if (!scenario || !this.result) return;
    const previous = clone(scenario);
    const name = this.segment.name.trim().slice(0, 100);
    const share = this.segment.share / 100;
    const index = addFittedSegment(scenario, { name, behaviour: clone(this.result.behaviour), share });
    this.segment = { name: '', share: null };
    this.hooks.added?.(say('added', { name, share: pct(share, 2) }), previous, index);
    this.render();
    const card = document.querySelector(`.segment.card[data-path="${SEGMENTS.path}.${index}"]`);
    if (card) {
      card.classList.add('fit-added');
      card.scrollIntoView({ block: 'center', behavior: 'smooth' });
    }
  }
}
