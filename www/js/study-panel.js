// The Sweep & goal-seek view, on the open scenario tab: sweep one number over a range and
// chart the KPIs against it; a tornado of the main assumptions at ±20% for one KPI; and
// the cards that propose thresholds or points settings (goal-seek.js, designer.js), each
// with Apply as one undoable edit. Each study runs in a worker of its own (studies.js),
// with Cancel. Not for: the studies' arithmetic (the WASM) or their wording of units.

import { h, clear } from './dom.js';
import { t, has, lang, tr, bilingualName } from './i18n.js';
import { renderCharts } from './charts.js';
import { fieldFor } from './fields.js';
import { plain } from './format.js';
import { kpiLabel } from './study-format.js';
import { studyCard, numberInput, selectInput, readAll, problemsText, setStatus, runButtons, downloadButton, downloadCsvText } from './study-card.js';
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

/** The sweepable numbers of a scenario: [{ path, label, kind, value }]. */
function sweepable(scenario) {
  const out = [];
  const levels = Array.isArray(scenario?.tiers?.levels) ? scenario.tiers.levels : [];
  levels.forEach((level, k) => {
    if (k === 0) return;
    const path = `tiers.levels.${k}.threshold`;
    // A threshold can run from its keep threshold (and above the tier below) to under the tier above.
    const low = Math.max(Number(level?.keep_threshold) || 0, (Number(levels[k - 1]?.threshold) || 0) + 1);
    const high = k + 1 < levels.length ? (Number(levels[k + 1]?.threshold) || 0) - 1 : Infinity;
    out.push({ path, label: `${tr(fieldFor(path)?.label) || 'Threshold'} · ${bilingualName(level?.name)}`, kind: 'int', value: Number(level?.threshold), low, high });
  });
  for (const path of SWEEPABLE) {
    const def = fieldFor(path);
    const [a, b] = path.split('.');
    const value = Number(scenario?.[a]?.[b]);
    if (def && Number.isFinite(value)) out.push({ path, label: tr(def.label), kind: def.kind, unit: tr(def.unit), value });
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

  shown() { this.render(); }

  /** The open scenario changed (an edit, Apply, another tab): "now" columns and the parameters follow. */
  scenariosChanged() {
    // Not while a study runs (its card would be replaced under it) or while the planner types in one.
    const typing = this.root.contains(document.activeElement) && document.activeElement?.tagName !== 'BUTTON';
    if (!typing && !this.root.querySelector('.study-card.busy')) this.render();
  }

  render() {
    clear(this.root);
    this.root.append(
      h('div', { class: 'study-head' }, h('div', { class: 'study-head-text' },
        h('h3', { id: 'studies-title', text: t('studies.title') }),
        h('p', { class: 'fair-note', text: t('studies.note', { name: bilingualName(this.hooks.current()?.name) }) }))),
      h('div', { class: 'study-grid' }, this.sweepCard(), this.tornadoCard(), ...this.cards.map((c) => c.element())));
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
    const show = () => {
      clear(c.body);
      if (!state.result) return;
      const { sweep, charts } = state.result;
      const failed = (sweep?.steps || []).filter((s) => Array.isArray(s.problems) && s.problems.length);
      if (failed.length) c.body.append(h('p', { class: 'note warn', text: t('sweep.someFailed', { n: failed.length, total: sweep.steps.length, why: problemsText(failed[0].problems, [this.hooks.current()]) }) }));
      const chartsEl = h('div', { class: 'charts one-column' });
      renderCharts(chartsEl, charts, { baseName: 'tierlab-sweep' });
      c.body.append(chartsEl);
    };
    const buttons = runButtons(t('sweep.run'), async () => {
      const v = readAll(inputs);
      const p = chosen();
      if (!v || !p) return;
      const scale = p.kind === 'percent' ? 0.01 : 1;
      setStatus(c.status, t('sweep.running', { n: v.steps }));
      const outcome = await this.call(c, 'sweep_parameter', [JSON.stringify(this.hooks.current()), bracketed(p.path), v.from * scale, v.to * scale, v.steps, lang()]);
      if (!outcome) return;
      state.result = outcome.value;
      setStatus(c.status, t('sweep.done', { n: v.steps, name: p.label, from: plain(v.from), to: plain(v.to) }), 'ok');
      csv.disabled = false;
      show();
    }, () => this.studies.cancel());
    const csv = downloadButton(t('study.csv'), t('study.csvTitle'), () => downloadCsvText(state.result?.csv, 'tierlab-sweep'), 'sweep-csv');
    csv.disabled = !state.result;
    c.controls.append(param.el, inputs.from.el, inputs.to.el, inputs.steps.el);
    c.actions.append(buttons.run, buttons.cancel, csv);
    show();
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
    const show = () => {
      clear(c.body);
      if (!state.result) return;
      const chartsEl = h('div', { class: 'charts one-column' });
      renderCharts(chartsEl, state.result.charts, { baseName: 'tierlab-tornado' });
      c.body.append(chartsEl);
    };
    const buttons = runButtons(t('tornado.run'), async () => {
      const v = change.read();
      if (v.error) return;
      setStatus(c.status, t('tornado.running'));
      const outcome = await this.call(c, 'tornado_chart', [JSON.stringify(this.hooks.current()), kpi.select.value, v.value / 100, lang()]);
      if (!outcome) return;
      state.result = outcome.value;
      const top = outcome.value?.tornado?.bars?.[0];
      const name = top && (has(`tornado.a.${top.assumption}`) ? t(`tornado.a.${top.assumption}`) : String(top.assumption).replace(/_/g, ' '));
      setStatus(c.status, top ? t('tornado.done', { name }) : t('tornado.none'), 'ok');
      csv.disabled = false;
      show();
    }, () => this.studies.cancel());
    const csv = downloadButton(t('study.csv'), t('study.csvTitle'), () => downloadCsvText(state.result?.csv, 'tierlab-tornado'), 'tornado-csv');
    csv.disabled = !state.result;
    c.controls.append(kpi.el, change.el);
    c.actions.append(buttons.run, buttons.cancel, csv);
    show();
    return c.el;
  }

  /** One study call with its card's status: the value envelope, or null (status says why). */
  async call(card, type, args) {
    card.el.classList.add('busy');
    try {
      const outcome = await this.studies.call(type, args);
      if (!outcome?.ok) { setStatus(card.status, problemsText(outcome?.problems, [this.hooks.current()]), 'error'); return null; }
      card.el.dataset.done = String(Number(card.el.dataset.done || 0) + 1);
      return outcome;
    } catch (e) {
      setStatus(card.status, e?.cancelled ? t('study.cancelled') : t('run.failed', { message: e.message }), e?.cancelled ? '' : 'error');
      return null;
    } finally {
      card.el.classList.remove('busy');
    }
  }
}
