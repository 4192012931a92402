// The Sweep & goal-seek view, on the open scenario tab: sweep one number over a range and
// chart the KPIs against it; a tornado of the main assumptions at ±20% for one KPI; and
// the cards that propose thresholds or points settings (goal-seek.js, designer.js), each
// with Apply as one undoable edit. Each study runs in a worker of its own (studies.js),
// with Cancel. Not for: the studies' arithmetic (the WASM) or their wording of units.

import { h, clear } from './dom.js';
import { t, has, lang, isZh, tr, bilingualName } from './i18n.js';
import { renderCharts } from './charts.js';
import { fieldFor } from './fields.js';
import { plain } from './format.js';
import { kpiLabel } from './study-format.js';
import { quickStudy } from './run-size.js';
import { studyCard, numberInput, selectInput, readAll, problemsText, setStatus, runButtons, downloadButton, downloadCsvText, sayStatus, sayAgain } from './study-card.js';
import { Studies } from './studies.js';
import { ThresholdSeek, CeilingSeek } from './goal-seek.js';
import { Designer } from './designer.js';

/** The KPIs a tornado can lean on when the engine cannot list them (the core's order). */
const KPI_NAMES = ['active_members_at_end', 'retention_at_end', 'upgrades', 'downgrades', 'points_outstanding_at_end',
  'liability_at_end', 'breakage_rate', 'revenue', 'programme_cost', 'incremental_sales', 'incremental_profit', 'roi'];

/** Numbers a planner sweeps besides each tier's threshold, as dotted paths. */
const SWEEPABLE = ['points.per_currency_unit', 'points.cost_per_point', 'growth.per_currency_unit',
  'population.new_members_per_month', 'economics.gross_margin'];

/** `tiers.levels.2.threshold` → `tiers.levels[2].threshold`, the form the studies read. */
const bracketed = (path) => path.replace(/\.(\d+)(?=\.|$)/g, '[$1]');

/** What a sweep's charts call a number: "Gold · Threshold (growth)", "Cost of a point (¥ per point)". */
function chartName(label, unit, item = '') {
  const name = [item, label].filter(Boolean).join(' · ');
  if (!unit) return name;
  return isZh() ? `${name}（${unit}）` : `${name} (${unit})`;
}

/** The sweepable numbers of a scenario: [{ path, label, chart, kind, value }]. */
function sweepable(scenario) {
  const out = [];
  const levels = Array.isArray(scenario?.tiers?.levels) ? scenario.tiers.levels : [];
  levels.forEach((level, k) => {
    if (k === 0) return;
    const path = `tiers.levels.${k}.threshold`;
    // A threshold can run from its keep threshold (and above the tier below) to under the tier above.
    const low = Math.max(Number(level?.keep_threshold) || 0, (Number(levels[k - 1]?.threshold) || 0) + 1);
    const high = k + 1 < levels.length ? (Number(levels[k + 1]?.threshold) || 0) - 1 : Infinity;
    const def = fieldFor(path);
    out.push({ path, label: `${tr(def?.label) || 'Threshold'} · ${bilingualName(level?.name)}`, chart: chartName(tr(def?.label), tr(def?.unit), bilingualName(level?.name)), kind: 'int', value: Number(level?.threshold), low, high });
  });
  for (const path of SWEEPABLE) {
    const def = fieldFor(path);
    const [a, b] = path.split('.');
    const value = scenario?.[a]?.[b];
    // A percent field is swept as its share (0.35), so its chart names no unit. An optional
    // number left empty (the cost-per-point override) is not there to sweep.
    if (def && typeof value === 'number' && Number.isFinite(value)) out.push({ path, label: tr(def.label), chart: chartName(tr(def.label), def.kind === 'percent' ? '' : tr(def.unit)), kind: def.kind, unit: tr(def.unit), value });
  }
  return out;
}

/** The range a sweep starts from: half to twice the value (0 to 1 for nothing); a threshold from where it may start to three times its value. */
function defaultRange(p) {
  if (Number.isFinite(p.low)) return [p.low, Math.max(p.low + 1, Math.min(p.high, Math.round(p.value * 3) || p.low * 3))];
  const shown = p.kind === 'percent' ? p.value * 100 : p.value;
  if (!(shown > 0)) return [0, p.kind === 'percent' ? 50 : 1];
  const round = (x) => (p.kind === 'int' ? Math.round(x) : Number(x.toPrecision(3)));
  return [round(shown / 2), round(Math.min(shown * 2, p.kind === 'percent' ? 100 : Infinity))];
}

export class StudyPanel {
  /** @param hooks { current() → the open scenario, apply(scenario, message) } */
  constructor(root, hooks) {
    this.root = root;
    this.hooks = hooks;
    this.studies = new Studies();
    this.kpiNames = KPI_NAMES;
    this.done = new Map();
    this.sweepState = { path: '', from: '', to: '', steps: '7', result: null };
    this.tornadoState = { kpi: 'revenue', change: '20', result: null };
    const context = { ...hooks, call: (card, type, args) => this.call(card, type, args), cancel: () => this.studies.cancel() };
    this.cards = [new ThresholdSeek(context), new CeilingSeek(context), new Designer(context)];
    this.studies.call('kpi_names', [hooks.current()?.tiers?.levels?.length]).then((list) => {
      const names = (Array.isArray(list) ? list : list?.value || []).map((k) => k?.name).filter((n) => typeof n === 'string');
      if (names.length) { this.kpiNames = names; this.render(); }
    }, () => {});
    this.render();
  }

  /** The view is shown: charts drawn in the other language are drawn again unasked when that is quick. */
  shown() {
    this.render();
    for (const { result, again } of this.redraws) if (result.lang !== lang() && quickStudy(result.scenario, result.runs)) again();
  }

  /** The open scenario changed (an edit, Apply, another tab): "now" columns and the parameters follow. */
  scenariosChanged() {
    // Not while a study runs (its card would be replaced under it) or while the planner types in one.
    const typing = this.root.contains(document.activeElement) && document.activeElement?.tagName !== 'BUTTON';
    if (!typing && !this.root.querySelector('.study-card.busy')) this.render();
  }

  render() {
    clear(this.root);
    this.redraws = [];
    this.root.append(
      h('div', { class: 'study-head' }, h('div', { class: 'study-head-text' },
        h('h3', { id: 'studies-title', text: t('studies.title') }),
        h('p', { class: 'fair-note', text: t('studies.note', { name: bilingualName(this.hooks.current()?.name) }) }))),
      h('div', { class: 'study-grid' }, this.sweepCard(), this.tornadoCard(), ...this.cards.map((c) => c.element())));
    // How many times each study has finished (for tests), across the cards drawn again.
    for (const card of this.root.querySelectorAll('[data-study]')) if (this.done.has(card.dataset.study)) card.dataset.done = String(this.done.get(card.dataset.study));
  }

  sweepCard() {
    const state = this.sweepState;
    const c = studyCard('sweep', t('sweep.title'), t('sweep.note'));
    const params = sweepable(this.hooks.current());
    if (!params.some((p) => p.path === state.path)) {
      state.path = params.filter((p) => p.path.endsWith('.threshold')).at(-1)?.path || params[0]?.path || '';
      const chosen = params.find((p) => p.path === state.path);
      if (chosen) [state.from, state.to] = defaultRange(chosen).map(String);
    }
    const param = selectInput({ name: 'sweep-path', label: t('sweep.parameter'), tip: t('sweep.parameterTip'), options: params.map((p) => ({ value: p.path, label: p.label })), value: state.path });
    const chosen = () => params.find((p) => p.path === param.select.value);
    const unit = () => (chosen()?.kind === 'percent' ? '%' : chosen()?.unit || '');
    const inputs = {
      from: numberInput({ name: 'sweep-from', label: t('sweep.from'), value: state.from, unit: unit() }),
      to: numberInput({ name: 'sweep-to', label: t('sweep.to'), value: state.to, unit: unit() }),
      steps: numberInput({ name: 'sweep-steps', label: t('sweep.steps'), tip: t('sweep.stepsTip'), value: state.steps, min: 2, max: 50, whole: true }),
    };
    param.select.addEventListener('change', () => {
      state.path = param.select.value;
      [state.from, state.to] = defaultRange(chosen()).map(String);
      inputs.from.input.value = state.from;
      inputs.to.input.value = state.to;
    });
    for (const [k, input] of Object.entries(inputs)) input.input.addEventListener('input', () => { state[k] = input.input.value; });
    const study = this.chartStudy(c, state, 'sweep_parameter', 'tierlab-sweep', (body, value) => {
      const steps = value?.sweep?.steps || [];
      const failed = steps.filter((s) => Array.isArray(s.problems) && s.problems.length);
      if (failed.length) body.append(h('p', { class: 'note warn', text: t('sweep.someFailed', { n: failed.length, total: steps.length, why: problemsText(failed[0].problems, [this.hooks.current()]) }) }));
    });
    study.start(t('sweep.run'), () => {
      const v = readAll(inputs);
      const p = chosen();
      if (!v || !p) return null;
      const scale = p.kind === 'percent' ? 0.01 : 1;
      setStatus(c.status, t('sweep.running', { n: v.steps }));
      const named = () => sweepable(this.hooks.current()).find((x) => x.path === p.path);
      const label = () => named()?.label ?? p.path;
      return {
        // The charts' name for the number is said in the language they are drawn in.
        args: [JSON.stringify(this.hooks.current()), bracketed(p.path), v.from * scale, v.to * scale, v.steps, () => named()?.chart ?? ''],
        runs: () => v.steps,
        words: () => t('sweep.done', { n: v.steps, name: label(), from: plain(v.from), to: plain(v.to) }),
      };
    });
    c.controls.append(param.el, inputs.from.el, inputs.to.el, inputs.steps.el);
    return c.el;
  }

  tornadoCard() {
    const state = this.tornadoState;
    const c = studyCard('tornado', t('tornado.title'), t('tornado.note'));
    const tierNames = (this.hooks.current()?.tiers?.levels || []).map((l) => l?.name);
    const names = [...this.kpiNames];
    tierNames.forEach((_, k) => { if (!names.includes(`share_in_tier_${k}`)) names.splice(2 + k, 0, `share_in_tier_${k}`); });
    const kpi = selectInput({ name: 'tornado-kpi', label: t('tornado.kpi'), tip: t('tornado.kpiTip'), options: names.map((n) => ({ value: n, label: kpiLabel(n, tierNames) })), value: state.kpi });
    kpi.select.addEventListener('change', () => { state.kpi = kpi.select.value; });
    const change = numberInput({ name: 'tornado-change', label: t('tornado.change'), tip: t('tornado.changeTip'), value: state.change, unit: '±%', min: 1, max: 90 });
    change.input.addEventListener('input', () => { state.change = change.input.value; });
    const study = this.chartStudy(c, state, 'tornado_chart', 'tierlab-tornado');
    study.start(t('tornado.run'), () => {
      const v = change.read();
      if (v.error) return null;
      setStatus(c.status, t('tornado.running'));
      const top = () => state.result?.value?.tornado?.bars?.[0];
      return {
        args: [JSON.stringify(this.hooks.current()), kpi.select.value, v.value / 100],
        // The base run, then each assumption that moved, down and up.
        runs: (value) => 1 + 2 * (value?.tornado?.bars?.length || 0),
        words: () => (top() ? t('tornado.done', { name: has(`tornado.a.${top().assumption}`) ? t(`tornado.a.${top().assumption}`) : String(top().assumption).replace(/_/g, ' ') }) : t('tornado.none')),
      };
    });
    c.controls.append(kpi.el, change.el);
    return c.el;
  }

  /**
   * What the sweep and the tornado cards share. `start(label, ask)` adds Run, Cancel and
   * CSV to the card; `ask()` reads the card's inputs into { args, runs(value), words() }
   * (or null); an argument that is a function is asked at each call, so that what it says
   * follows the language. A run calls the WASM with the args and the page's language and keeps the
   * result with what it takes to run it again in the other language: the arguments, the
   * scenario, its number of runs and the language it was drawn in. `more(body, value)`
   * adds what goes above the charts.
   */
  chartStudy(c, state, type, baseName, more = () => {}) {
    const csv = downloadButton(t('study.csv'), t('study.csvTitle'), () => downloadCsvText(state.result?.value?.csv, baseName), `${c.el.dataset.study}-csv`);
    csv.disabled = !state.result;
    let buttons = null;
    const run = async ({ args, runs, words }) => {
      const drawnIn = lang();
      const outcome = await this.call(c, type, [...args.map((a) => (typeof a === 'function' ? a() : a)), drawnIn]);
      if (!outcome) return;
      state.result = { value: outcome.value, args, runs: runs(outcome.value), words, lang: drawnIn, scenario: JSON.parse(args[0]) };
      sayStatus(c, state, words, 'ok');
      csv.disabled = false;
      show();
    };
    // Drawn again in the page's language: the same study, the charts out of sight meanwhile.
    const again = () => {
      const { args, runs, words } = state.result;
      setStatus(c.status, t('charts.redrawing'));
      clear(c.body);
      return buttons.go(async () => { await run({ args, runs: () => runs, words }); show(); });
    };
    const show = () => {
      clear(c.body);
      const result = state.result;
      if (!result) return;
      more(c.body, result.value);
      const el = h('div', { class: 'charts one-column' });
      renderCharts(el, result.value?.charts, { baseName, drawnIn: result.lang, again });
      c.body.append(el);
    };
    return {
      start: (label, ask) => {
        buttons = runButtons(label, () => { const asked = ask(); return asked && run(asked); }, () => this.studies.cancel());
        c.actions.append(buttons.run, buttons.cancel, csv);
        sayAgain(c, state);
        show();
        if (state.result) this.redraws.push({ result: state.result, again });
      },
    };
  }

  /** One study call with its card's status: the value envelope, or null (status says why). */
  async call(card, type, args) {
    card.el.classList.add('busy');
    try {
      const outcome = await this.studies.call(type, args);
      if (!outcome?.ok) { setStatus(card.status, problemsText(outcome?.problems, [this.hooks.current()]), 'error'); return null; }
      const id = card.el.dataset.study;
      this.done.set(id, (this.done.get(id) || 0) + 1);
      card.el.dataset.done = String(this.done.get(id));
      return outcome;
    } catch (e) {
      setStatus(card.status, e?.cancelled ? t('study.cancelled') : t('run.failed', { message: e.message }), e?.cancelled ? '' : 'error');
      return null;
    } finally {
      card.el.classList.remove('busy');
    }
  }
}
