// Uncertainty, under the comparison: every scenario tab run under R seeds (A's seeds for
// all, so the differences pair seed by seed), the runs spread over a pool of workers — one
// per core the browser reports — with one progress bar over all of them and Cancel; then
// P10–P90 bands on the main series and, per KPI, the interval of each difference from A.
// The panel says how many workers it uses (data-pool-size) and how many ran (data-workers-used).
// Not for: the runs or the statistics (the WASM's run_summary and combine_replications).

import { h, clear, icon } from './dom.js';
import { t, lang, bilingualName } from './i18n.js';
import { renderCharts } from './charts.js';
import { count } from './format.js';
import { letter } from './scenario-tabs.js';
import { kpiLabel, formatValue, formatDifference, inPageLanguage } from './study-format.js';
import { numberInput, problemsText, setStatus, downloadButton, downloadCsvText } from './study-card.js';
import { Studies } from './studies.js';

/** Seeds per scenario unless the planner says otherwise (the core's DEFAULT_RUNS). */
const DEFAULT_REPLICATIONS = 20;
/** Most seeds per scenario the page runs. */
const MAX_REPLICATIONS = 500;

export class Uncertainty {
  /** @param hooks { scenarios() } */
  constructor(hooks) {
    this.hooks = hooks;
    this.studies = new Studies();
    this.root = h('section', { class: 'panel uncertainty', id: 'uncertainty' });
    this.runs = String(DEFAULT_REPLICATIONS);
    // { key: the tabs' JSON, lang, value: { replication, charts, csv }, runs: each tab's run
    // summaries (to combine again in another language), names: the tabs' names }
    this.result = null;
    this.running = false;
  }

  /** The panel, its words in the page's language. */
  element() {
    this.render();
    return this.root;
  }

  scenariosChanged() {
    this.root.classList.toggle('stale', Boolean(this.result) && this.result.key !== JSON.stringify(this.hooks.scenarios()));
  }

  render() {
    clear(this.root);
    this.root.dataset.poolSize = String(this.studies.poolSize);
    const runs = numberInput({
      name: 'replications', label: t('unc.runs'), tip: t('unc.runsTip'), value: this.runs,
      unit: t('unc.runsUnit'), min: 2, max: MAX_REPLICATIONS, whole: true,
    });
    runs.input.addEventListener('input', () => { this.runs = runs.input.value; });
    const start = h('button', { type: 'button', class: 'btn primary small', id: 'replicate-run', disabled: this.running, on: { click: () => this.run() } }, icon('play'), h('span', { text: t('unc.run') }));
    const stop = h('button', { type: 'button', class: 'btn small', id: 'replicate-cancel', disabled: !this.running, on: { click: () => this.cancel() } }, h('span', { text: t('run.cancel') }));
    const fill = h('div', { class: 'progress-fill' });
    const bar = h('div', { class: 'progress', id: 'replicate-progress', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': '0', 'aria-label': t('unc.progress') }, fill);
    const status = h('div', { class: 'study-status', id: 'replicate-status', role: 'status' });
    const csv = downloadButton(t('unc.csv'), t('unc.csvTitle'), () => { if (this.result) downloadCsvText(this.result.value?.csv, 'tierlab-replications'); }, 'replications-csv');
    csv.disabled = !this.result;
    this.els = { runs, start, stop, bar, fill, status, csv, charts: h('div', { class: 'charts', id: 'band-charts' }), table: h('div', { class: 'compare-table-wrap' }) };
    this.root.append(
      h('h3', { class: 'panel-title', text: t('unc.title') }),
      h('p', { class: 'note', text: t('unc.note', { workers: this.studies.poolSize, n: this.studies.poolSize }) }),
      h('div', { class: 'study-controls' }, runs.el, h('div', { class: 'study-run' }, start, stop), h('div', { class: 'exports' }, csv)),
      h('div', { class: 'study-progress' }, bar, status),
      this.els.table,
      this.els.charts);
    if (this.result) this.renderResult();
    if (this.result && this.result.lang !== lang() && !this.running) this.redraw();
  }

  /**
   * The bands and intervals in the page's language: the runs kept from the replication
   * combined again (a moment's work), each tab's name in the new language.
   */
  async redraw() {
    const { runs, names } = this.result;
    const drawnIn = lang();
    const named = runs.map((list, i) => list.map((run) => ({ ...run, scenario_name: bilingualName(names[i]) })));
    const outcome = await this.studies.call('combine_replications', [JSON.stringify(named), drawnIn]).catch(() => null);
    if (!outcome?.ok || this.result?.runs !== runs || drawnIn !== lang()) return;
    this.result = { ...this.result, lang: drawnIn, value: outcome.value };
    this.root.dataset.drawnIn = drawnIn;
    this.renderResult();
  }

  progress(done, total, active) {
    const pct = total ? Math.round((done / total) * 100) : 0;
    this.els.fill.style.width = `${pct}%`;
    this.els.bar.setAttribute('aria-valuenow', String(pct));
    this.els.bar.classList.toggle('active', active);
  }

  async run() {
    const runs = this.els.runs.read();
    if (runs.error || this.running) return;
    const key = JSON.stringify(this.hooks.scenarios());
    const scenarios = inPageLanguage(this.hooks.scenarios());
    const runLang = lang();
    this.running = true;
    this.els.start.disabled = true;
    this.els.stop.disabled = false;
    this.root.classList.add('is-replicating');
    this.progress(0, 1, true);
    setStatus(this.els.status, t('unc.starting'));
    const started = performance.now();
    try {
      const outcome = await this.studies.replicate(scenarios.map((s) => JSON.stringify(s)), runs.value, runLang, {
        onStart: (size, total) => {
          this.root.dataset.poolSize = String(size);
          setStatus(this.els.status, t('unc.running', { done: 0, total: count(total), workers: size }));
        },
        onProgress: (done, total, used) => {
          this.root.dataset.workersUsed = String(used);
          this.progress(done, total, true);
          setStatus(this.els.status, t('unc.running', { done: count(done), total: count(total), workers: this.root.dataset.poolSize }));
        },
      });
      if (!outcome?.ok) {
        const which = Number.isInteger(outcome?.scenario) ? `${letter(outcome.scenario)}: ` : '';
        setStatus(this.els.status, which + problemsText(outcome?.problems, [scenarios[outcome?.scenario ?? 0]]), 'error');
        this.progress(0, 1, false);
        return;
      }
      this.result = { key, lang: runLang, value: outcome.value, runs: outcome.runs, names: JSON.parse(key).map((s) => s?.name) };
      this.root.dataset.drawnIn = runLang;
      this.root.dataset.replicated = String(Number(this.root.dataset.replicated || 0) + 1);
      this.progress(1, 1, false);
      this.renderResult();
      const seconds = (performance.now() - started) / 1000;
      setStatus(this.els.status, t('unc.done', { runs: runs.value, n: scenarios.length, workers: this.root.dataset.poolSize, seconds: seconds.toFixed(1) }), 'ok');
    } catch (e) {
      this.progress(0, 1, false);
      setStatus(this.els.status, e?.cancelled ? t('unc.cancelled') : t('run.failed', { message: e.message }), e?.cancelled ? '' : 'error');
    } finally {
      this.running = false;
      this.els.start.disabled = false;
      this.els.stop.disabled = true;
      this.root.classList.remove('is-replicating');
      this.scenariosChanged();
    }
  }

  cancel() {
    this.studies.cancelReplication();
  }

  renderResult() {
    const { replication, charts } = this.result.value || {};
    this.els.csv.disabled = false;
    clear(this.els.table).append(this.table(replication));
    renderCharts(this.els.charts, charts, { baseName: 'tierlab-replications', drawnIn: this.result.lang, again: () => this.redraw() });
  }

  /** Per KPI: A's median and P10–P90; for B, C…, the mean difference from A and its P10–P90. */
  table(replication) {
    const reps = Array.isArray(replication?.scenarios) ? replication.scenarios : [];
    const diffs = Array.isArray(replication?.differences) ? replication.differences : [];
    const tierNames = (this.hooks.scenarios()[0]?.tiers?.levels || []).map((l) => l?.name);
    const range = (iv, f) => (iv ? `${f(iv.p10)} – ${f(iv.p90)}` : '');
    const name = (i) => bilingualName(this.result?.names?.[i] ?? reps[i]?.scenario_name);
    const scenarioHead = (i, letterText) => h('th', { class: 'group' }, h('span', { class: 'scenario-head' }, h('span', { class: `tab-letter letter-${i}`, text: letterText }), h('span', { text: name(i) })));
    const head1 = h('tr', {}, h('th', { class: 'text', rowspan: '2', text: t('compare.kpi') }), scenarioHead(0, 'A'), diffs.map((d, i) => scenarioHead(i + 1, d.letter)));
    const head2 = h('tr', {}, h('th', { text: t('unc.median') }), diffs.map(() => h('th', { text: t('unc.differenceHead') })));
    const rows = (reps[0]?.kpis || []).map((k) => {
      const tr = h('tr', { 'data-kpi-row': k.kpi }, h('td', { class: 'text kpi-name', text: kpiLabel(k.kpi, tierNames) }));
      const f = (v) => formatValue(v, k.unit);
      tr.append(h('td', { class: 'interval', 'data-kpi': k.kpi, 'data-letter': 'A' },
        h('div', { class: 'main', text: k.interval ? f(k.interval.p50) : '—' }), h('div', { class: 'range', text: range(k.interval, f) })));
      for (const d of diffs) {
        const iv = (d.differences_from_A || []).find((x) => x.kpi === k.kpi)?.interval;
        const g = (v) => formatDifference(v, k.unit);
        tr.append(h('td', { class: 'interval', 'data-kpi': k.kpi, 'data-letter': d.letter, 'data-mean': String(iv?.mean ?? '') },
          h('div', { class: 'main', text: iv ? g(iv.mean) : '—' }), h('div', { class: 'range', text: range(iv, g) })));
      }
      return tr;
    });
    return h('table', { class: 'data compare-table interval-table', id: 'interval-table' }, h('thead', {}, head1, head2), h('tbody', {}, rows));
  }
}
