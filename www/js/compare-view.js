// The Compare view: every scenario tab run with A's population seed (common random
// numbers, so the same members and the same draws), a KPI table with each scenario's value
// and its difference from A (absolute and %), the overlay charts, exports (CSV for Excel,
// JSON) and the link; below, the replications (uncertainty.js). Small scenarios compare
// again by themselves as the tabs change.
// Not for: running the comparison (the WASM's compare_scenarios, through studies.js).

import { h, append, clear, icon } from './dom.js';
import { t, lang, bilingualName } from './i18n.js';
import { renderCharts } from './charts.js';
import { quick } from './run-size.js';
import { letter } from './scenario-tabs.js';
import { kpiLabel, formatValue, formatDifference, formatPercent, inPageLanguage } from './study-format.js';
import { problemsText, setStatus, downloadButton, downloadCsvText, downloadJsonValue } from './study-card.js';
import { Studies } from './studies.js';
import { Uncertainty } from './uncertainty.js';

/** KPIs where more is better for the company, and where less is; the rest are neither. */
const BETTER_HIGHER = new Set(['active_members_at_end', 'retention_at_end', 'revenue', 'incremental_sales', 'incremental_profit', 'roi']);
const BETTER_LOWER = new Set(['programme_cost', 'liability_at_end']);

/** 'better', 'worse', 'zero' or '' for a difference from A in a KPI. */
function judged(kpi, d) {
  if (typeof d !== 'number' || !Number.isFinite(d)) return '';
  if (d === 0) return 'zero';
  if (BETTER_HIGHER.has(kpi)) return d > 0 ? 'better' : 'worse';
  if (BETTER_LOWER.has(kpi)) return d < 0 ? 'better' : 'worse';
  return '';
}

/** Wait this long after the last edit before comparing again. */
const DEBOUNCE_MS = 500;

export class CompareView {
  /** @param hooks { scenarios(), copyLink() } */
  constructor(root, hooks) {
    this.root = root;
    this.hooks = hooks;
    this.studies = new Studies();
    this.uncertainty = new Uncertainty(hooks);
    this.result = null; // { key, lang, value: { comparison, charts, csv }, scenarios }
    this.running = null;
    this.again = false;
    this.timer = 0;
    this.render();
  }

  /** The tabs as they are, to tell whether they changed since the comparison. */
  key() { return JSON.stringify(this.hooks.scenarios()); }

  /** Whether a comparison would show something new: the tabs changed, or the page's language. */
  get stale() { return !this.result || this.result.key !== this.key() || this.result.lang !== lang(); }

  shown() {
    this.render();
    if (this.stale && this.hooks.scenarios().every(quick)) this.run();
  }

  scenariosChanged() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.updateStale();
      if (this.stale && this.hooks.scenarios().every(quick)) this.run();
    }, DEBOUNCE_MS);
    this.uncertainty.scenariosChanged();
  }

  async run() {
    if (this.running) { this.again = true; return; }
    const key = this.key();
    // The tabs as the comparison takes them: one JSON array, A first, names in the page's language.
    const json = JSON.stringify(inPageLanguage(this.hooks.scenarios()));
    const runLang = lang();
    this.running = json;
    if (this.result) this.drawCharts();
    this.root.classList.add('is-comparing');
    this.els.run.disabled = true;
    this.els.cancel.disabled = false;
    setStatus(this.els.status, t('compare.running', { n: this.hooks.scenarios().length }));
    try {
      const outcome = await this.studies.call('compare_scenarios', [json, runLang]);
      if (!outcome?.ok) setStatus(this.els.status, problemsText(outcome?.problems, this.hooks.scenarios()), 'error');
      else {
        this.result = { key, lang: runLang, value: outcome.value, scenarios: JSON.parse(key) };
        this.root.dataset.compared = String(Number(this.root.dataset.compared || 0) + 1);
        this.renderResult();
      }
    } catch (e) {
      setStatus(this.els.status, e?.cancelled ? t('compare.cancelled') : t('run.failed', { message: e.message }), e?.cancelled ? '' : 'error');
    } finally {
      this.running = null;
      this.root.classList.remove('is-comparing');
      this.els.run.disabled = false;
      this.els.cancel.disabled = true;
      this.updateStale();
      if (this.again) {
        this.again = false;
        if (this.stale && this.hooks.scenarios().every(quick)) this.run();
      }
    }
  }

  cancel() {
    this.again = false;
    this.studies.cancel();
  }

  /** The banner when the tabs changed since the comparison (another language has its own note). */
  updateStale() {
    const stale = Boolean(this.result) && this.result.key !== this.key();
    this.root.classList.toggle('stale', stale);
    this.els?.staleNote.classList.toggle('hidden', !stale);
  }

  // ---------------------------------------------------------------- drawing

  render() {
    clear(this.root);
    const run = h('button', { type: 'button', class: 'btn primary', id: 'compare-run', on: { click: () => this.run() } }, icon('play'), h('span', { text: t('compare.run') }));
    const cancel = h('button', { type: 'button', class: 'btn', id: 'compare-cancel', disabled: true, on: { click: () => this.cancel() } }, h('span', { text: t('run.cancel') }));
    const exports = h('div', { class: 'exports' },
      downloadButton(t('compare.csv'), t('compare.csvTitle'), () => this.exportCsv(), 'compare-csv'),
      downloadButton(t('compare.json'), t('compare.jsonTitle'), () => this.exportJson(), 'compare-json'),
      h('button', { type: 'button', class: 'btn tiny', title: t('header.shareTitle'), on: { click: () => this.hooks.copyLink() } }, icon('link'), h('span', { text: t('header.share') })));
    const status = h('div', { class: 'study-status', role: 'status' });
    const staleNote = h('div', { class: 'banner hidden', role: 'status', text: t('compare.stale') });
    const table = h('div', { class: 'compare-table-wrap' });
    const charts = h('div', { class: 'charts', id: 'compare-charts' });
    const single = this.hooks.scenarios().length < 2;
    this.els = { run, cancel, status, staleNote, table, charts, exports };
    append(this.root, [
      h('div', { class: 'study-head' },
        h('div', { class: 'study-head-text' },
          h('h3', { id: 'compare-title', text: t('compare.title') }),
          h('p', { class: 'fair-note', id: 'compare-fair', text: t('compare.fair') })),
        h('div', { class: 'study-head-actions' }, run, cancel)),
      single ? h('p', { class: 'empty-state compact', id: 'compare-single', text: t('compare.single') }) : null,
      h('div', { class: 'study-bar' }, status, exports),
      staleNote,
      table,
      h('div', { class: 'section-head' }, h('h3', { text: t('compare.chartsTitle') })),
      charts,
      this.uncertainty.element()]);
    for (const b of exports.querySelectorAll('[data-download]')) b.disabled = !this.result;
    if (this.result) this.renderResult();
    this.updateStale();
  }

  renderResult() {
    const { comparison } = this.result.value || {};
    const scenarios = Array.isArray(comparison?.scenarios) ? comparison.scenarios : [];
    const fairness = comparison?.fairness;
    const seedNote = fairness?.seeds_changed
      ? ` ${t('compare.seedsChanged', { seed: fairness.seed, given: (fairness.seeds_given || []).map((s, i) => `${letter(i)} ${s}`).join(', ') })}`
      : ` ${t('compare.seedUsed', { seed: fairness?.seed ?? '—' })}`;
    setStatus(this.els.status, t('compare.done', { n: scenarios.length }) + seedNote, 'ok');
    for (const b of this.els.exports.querySelectorAll('[data-download]')) b.disabled = false;
    clear(this.els.table).append(this.table(comparison));
    this.drawCharts();
  }

  /** The overlay charts, or the note while they are in the other language. */
  drawCharts() {
    renderCharts(this.els.charts, this.result.value?.charts, { baseName: 'tierlab-comparison', drawnIn: this.result.lang, again: () => this.run(), redrawing: Boolean(this.running) });
  }

  table(comparison) {
    const scenarios = Array.isArray(comparison?.scenarios) ? comparison.scenarios : [];
    const kpis = Array.isArray(comparison?.kpis) ? comparison.kpis : [];
    const tierNames = scenarios[0]?.tier_names || [];
    const head1 = h('tr', {}, h('th', { rowspan: '2', class: 'text', text: t('compare.kpi') }));
    const head2 = h('tr', {});
    scenarios.forEach((s, i) => {
      const name = bilingualName(this.result?.scenarios?.[i]?.name ?? s.name);
      const label = h('span', { class: 'scenario-head' }, h('span', { class: `tab-letter letter-${i}`, text: s.letter ?? letter(i) }), h('span', { text: name }));
      head1.append(h('th', { colspan: i ? '3' : '1', class: 'group', scope: 'colgroup' }, label));
      head2.append(h('th', { text: t('compare.value') }));
      if (i) head2.append(h('th', { text: t('compare.difference') }), h('th', { text: t('compare.percent') }));
    });
    const body = h('tbody', {}, kpis.map((row) => {
      const tr = h('tr', { 'data-kpi-row': row.kpi }, h('td', { class: 'text kpi-name', text: kpiLabel(row.kpi, tierNames) }));
      (row.scenarios || []).forEach((cell, i) => {
        const data = { 'data-kpi': row.kpi, 'data-letter': cell.letter ?? letter(i) };
        tr.append(h('td', { ...data, 'data-value': String(cell.value ?? ''), class: 'value', text: formatValue(cell.value, row.unit) }));
        if (!i) return;
        const d = cell.difference_from_A;
        const sign = judged(row.kpi, d);
        tr.append(
          h('td', { ...data, 'data-difference': String(d ?? ''), class: `difference ${sign}`, text: formatDifference(d, row.unit) }),
          h('td', { ...data, 'data-percent': String(cell.percent_difference_from_A ?? ''), class: `difference ${sign}`, text: formatPercent(cell.percent_difference_from_A) }));
      });
      return tr;
    }));
    return h('table', { class: 'data compare-table', id: 'compare-table' }, h('thead', {}, head1, head2), body);
  }

  exportCsv() {
    if (this.result) downloadCsvText(this.result.value?.csv, 'tierlab-comparison');
  }

  exportJson() {
    if (!this.result) return;
    downloadJsonValue({ comparison: this.result.value?.comparison, scenarios: this.result.scenarios }, 'tierlab-comparison');
  }
}
