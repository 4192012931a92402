// Embedding. `?embed=1` shows a compact read-only view for an 800 × 600 iframe:
//   ?embed=1                    the compact view (KPIs, charts, the scenario's sliders)
//   &charts=members,tiers       which charts, in order (ids as the WASM names them)
//   &kpis=active,retention      which KPI cards (ids in kpis.js KPI_IDS)
//   &sliders=PATH[:MIN:MAX:STEP],…   overrides the sliders the scenario exposes
//                               (`embed.sliders`, docs/scenario.md), e.g.
//                               tiers.levels.1.threshold:0:2000:50 (values in the scenario's
//                               own units: shares 0–1); without MIN:MAX:STEP a range is
//                               chosen from the field. At most 6; unknown paths are ignored.
//   &lang=en|zh-CN              force the language (else the viewer's browser)
//   #s=…                        the scenario (as in a shared link)
// The full page's Embed dialog writes the scenario's sliders and an <iframe> snippet.

import { h, clear, $, $$ } from './dom.js';
import { t, tr, has, bilingualName } from './i18n.js';
import { fieldFor } from './fields.js';
import { getAt, normalizePath } from './paths.js';
import { pct, num } from './format.js';
import { pageUrl } from './state.js';
import { listLimits } from './limits.js';

/** Most sliders an embedded view shows, as the core says (limits.js). */
const MAX_SLIDERS = listLimits('embed.sliders').max;

/** Parses the `sliders` list against a scenario → [{ path, def, min, max, step, label }]. */
export function parseSliders(list, scenario) {
  const out = [];
  for (const item of list || []) {
    if (out.length >= MAX_SLIDERS) break;
    const [rawPath, ...range] = String(item).split(':');
    const path = normalizePath(rawPath);
    const def = path ? fieldFor(path) : null;
    const value = getAt(scenario, path);
    if (!def || !['int', 'number', 'percent'].includes(def.kind) || typeof value !== 'number') continue;
    if (out.some((s) => s.path === path)) continue;
    let [min, max, step] = range.map((x) => (x === '' ? NaN : Number(x)));
    const fallback = defaultRange(def, value);
    if (!Number.isFinite(min)) min = fallback[0];
    if (!Number.isFinite(max) || max <= min) max = Math.max(fallback[1], min + 1e-9);
    if (!Number.isFinite(step) || step <= 0) step = fallback[2] || (max - min) / 100;
    if (def.kind === 'int') { min = Math.max(0, Math.round(min)); max = Math.round(max); step = Math.max(1, Math.round(step)); }
    min = Math.min(min, value);
    max = Math.max(max, value);
    out.push({ path, def, min, max, step, label: sliderLabel(path, def, scenario) });
  }
  return out;
}

/**
 * The sliders of the embedded view: the link's `sliders=` list if it has one, else the
 * ones the scenario exposes (`embed.sliders`) → [{ path, def, min, max, step, label }].
 */
export function embedSliders(scenario, linkList) {
  if (linkList?.length) return parseSliders(linkList, scenario);
  const exposed = Array.isArray(scenario?.embed?.sliders) ? scenario.embed.sliders : [];
  return exposed.slice(0, MAX_SLIDERS).flatMap((s) => {
    const path = normalizePath(s?.path);
    const value = getAt(scenario, path);
    if (!path || typeof value !== 'number') return [];
    const def = fieldFor(path) || { kind: Number.isInteger(value) ? 'int' : 'number', label: path };
    const label = typeof s.label === 'string' && s.label.trim() ? s.label : sliderLabel(path, def, scenario);
    // A range that leaves out the scenario's own value is widened to reach it, as for a link.
    return [{ path, def, min: Math.min(Number(s.min), value), max: Math.max(Number(s.max), value), step: Number(s.step), label }];
  });
}

/** `tiers.levels.1.threshold` → `tiers.levels[1].threshold`, as the scenario writes paths. */
const bracketPath = (path) => normalizePath(path).replace(/\.(\d+)(?=\.|$)/g, '[$1]');

/** A round step near x (1, 2 or 5 × a power of ten). */
function niceStep(x) {
  if (!(x > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(x));
  const m = x / p;
  return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * p;
}

/** The field's own range, narrowed to about 0–4× the current value when that is much smaller. */
function defaultRange(def, value) {
  const [lo, hi, st] = def.slider || [0, value > 0 ? value * 2 : 1, 0];
  if (value > 0 && value * 4 < hi) {
    const max = niceStep(value * 4 / 2) * Math.ceil(value * 4 / niceStep(value * 4 / 2));
    return [lo, max, def.kind === 'int' ? Math.max(1, niceStep(max / 100)) : niceStep(max / 100)];
  }
  return [lo, hi, st || niceStep((hi - lo) / 100)];
}

function sliderLabel(path, def, scenario) {
  const m = /^(.*)\.(\d+)\.[^.]+$/.exec(path);
  const rowName = m ? getAt(scenario, `${m[1]}.${m[2]}.name`) : null;
  return rowName ? `${bilingualName(rowName)} · ${tr(def.label)}` : tr(def.label);
}

export function showValue(def, v) {
  if (def.kind === 'percent') return pct(v, 1);
  if (def.kind === 'int') return num(v, 0);
  return num(v, 4);
}

/** Fills `root` with range inputs; `onInput(path, value)` on every move. */
export function renderSliders(root, sliders, scenario, onInput) {
  clear(root);
  root.classList.toggle('hidden', !sliders.length);
  for (const s of sliders) {
    const value = getAt(scenario, s.path);
    const out = h('output', { class: 'slider-value', text: showValue(s.def, value) });
    const input = h('input', {
      type: 'range', min: String(s.min), max: String(s.max), step: String(s.step), value: String(value),
      'data-slider': s.path, 'aria-label': s.label,
    });
    input.addEventListener('input', () => {
      const v = s.def.kind === 'int' ? Math.round(Number(input.value)) : Number(Number(input.value).toPrecision(10));
      out.textContent = showValue(s.def, v);
      onInput(s.path, v);
    });
    root.append(h('label', { class: 'slider' }, h('span', { class: 'slider-label', text: s.label }), input, out));
  }
}

/** The Embed dialog of the full page: pick charts, the scenario's sliders and language; copy the code. */
export class EmbedDialog {
  /**
   * `getState()` → { scenario, encoded, chartIds }; `saveSliders(list)` writes the list
   * into the scenario's `embed.sliders` and resolves { encoded, problems } once checked.
   */
  constructor(dialog, getState, saveSliders) {
    this.dialog = dialog;
    this.getState = getState;
    this.saveSliders = saveSliders;
  }

  /** Rows to pick from: the sliders the scenario exposes, then suggested fields. */
  rows(scenario) {
    const exposed = Array.isArray(scenario?.embed?.sliders) ? scenario.embed.sliders : [];
    const rows = embedSliders(scenario, []).map((s) => ({
      ...s, exposed: true, ownLabel: exposed.find((e) => normalizePath(e?.path) === s.path)?.label || '',
    }));
    const levels = Array.isArray(scenario?.tiers?.levels) ? scenario.tiers.levels : [];
    const suggested = [];
    levels.forEach((_, i) => { if (i > 0) suggested.push(`tiers.levels.${i}.threshold`); });
    suggested.push('points.per_currency_unit', 'points.cost_per_point', 'growth.per_currency_unit', 'population.new_members_per_month', 'economics.gross_margin');
    levels.forEach((_, i) => { if (i > 0) suggested.push(`tiers.levels.${i}.discount`); });
    for (const s of suggested.flatMap((path) => parseSliders([path], scenario))) {
      if (rows.length >= 14) break;
      if (!rows.some((r) => r.path === s.path)) rows.push({ ...s, exposed: false, ownLabel: '' });
    }
    return rows;
  }

  sliderRow(row) {
    const percent = row.def.kind === 'percent';
    const shown = (v) => String(percent ? Number((v * 100).toPrecision(10)) : v);
    const box = (name, value) => h('input', {
      type: 'number', class: 'slider-end', value: shown(value), step: 'any', 'data-embed-range': name,
      'aria-label': `${row.label}: ${t(`embed.${name}`)}`, on: { input: () => this.edited() },
    });
    return h('tr', { dataset: { embedRow: row.path, percent: percent ? '1' : '', label: row.ownLabel } },
      h('td', {}, h('label', { class: 'check' },
        h('input', { type: 'checkbox', 'data-embed-slider': row.path, checked: row.exposed, on: { change: () => this.edited() } }),
        h('span', { text: row.label }))),
      h('td', {}, box('min', row.min)), h('td', {}, box('max', row.max)), h('td', {}, box('step', row.step)),
      h('td', { class: 'slider-unit', text: percent ? '%' : '' }));
  }

  open() {
    const { scenario, chartIds } = this.getState();
    const d = this.dialog;
    clear(d);
    const charts = chartIds.map((id, i) => h('label', { class: 'check' },
      h('input', { type: 'checkbox', value: id, 'data-embed-chart': id, checked: i < 2, on: { change: () => this.update() } }),
      h('span', { text: has(`chart.${id}`) ? t(`chart.${id}`) : id })));
    const rows = this.rows(scenario).map((row) => this.sliderRow(row));
    const table = rows.length
      ? h('table', { class: 'embed-slider-table' },
        h('thead', {}, h('tr', {}, h('th', { text: t('embed.slidersField') }), h('th', { text: t('embed.min') }), h('th', { text: t('embed.max') }), h('th', { text: t('embed.step') }), h('th'))),
        h('tbody', {}, rows))
      : h('span', { class: 'note', text: t('embed.slidersNone') });
    this.sliderStatus = h('span', { class: 'note', role: 'status', id: 'embed-slider-status' });
    const save = h('button', { type: 'button', class: 'btn', id: 'embed-save-sliders', on: { click: () => this.save() } }, t('embed.slidersSave'));
    const langSel = h('select', { id: 'embed-lang', on: { change: () => this.update() } },
      h('option', { value: '', text: t('embed.langAuto') }), h('option', { value: 'en', text: 'English' }), h('option', { value: 'zh-CN', text: '中文' }));
    this.code = h('textarea', { id: 'embed-code', readonly: true, rows: '4', spellcheck: 'false', 'aria-label': t('embed.code') });
    this.preview = h('a', { href: '#', target: '_blank', rel: 'noopener', class: 'link', text: t('embed.preview') });
    const copy = h('button', { type: 'button', class: 'btn primary', id: 'embed-copy', on: { click: () => this.copy() } }, t('embed.copy'));
    const close = h('button', { type: 'button', class: 'btn ghost', on: { click: () => d.close() } }, t('embed.close'));
    this.status = h('span', { class: 'note', role: 'status' });
    d.append(h('form', { method: 'dialog', class: 'dialog-body', on: { submit: (e) => e.preventDefault() } },
      h('h2', { text: t('embed.title') }),
      h('p', { class: 'note', text: t('embed.intro') }),
      h('fieldset', {}, h('legend', { text: t('embed.charts') }), h('div', { class: 'checks' }, charts)),
      h('fieldset', {}, h('legend', { text: t('embed.sliders') }),
        h('p', { class: 'note', text: t('embed.slidersHint', { max: MAX_SLIDERS }) }), table,
        h('div', { class: 'button-row' }, save, this.sliderStatus)),
      h('div', { class: 'inline-field' }, h('label', { for: 'embed-lang', text: t('embed.lang') }), langSel),
      h('label', { class: 'block-label', for: 'embed-code', text: t('embed.code') }), this.code,
      h('div', { class: 'button-row' }, copy, this.preview, this.status, h('span', { class: 'spacer' }), close)));
    this.update();
    d.showModal();
  }

  /** The ticked sliders, in the scenario's units and paths. */
  picked() {
    return $$('tr[data-embed-row]', this.dialog).filter((row) => $('[data-embed-slider]', row)?.checked).map((row) => {
      const scale = row.dataset.percent ? 100 : 1;
      const end = (name) => Number((Number($(`[data-embed-range="${name}"]`, row)?.value) / scale).toPrecision(12));
      const slider = { path: bracketPath(row.dataset.embedRow), min: end('min'), max: end('max'), step: end('step') };
      return row.dataset.label ? { ...slider, label: row.dataset.label } : slider;
    });
  }

  edited() {
    const n = this.picked().length;
    this.sliderStatus.textContent = n > MAX_SLIDERS ? t('embed.slidersTooMany', { max: MAX_SLIDERS }) : t('embed.slidersUnsaved');
  }

  async save() {
    const list = this.picked();
    if (list.length > MAX_SLIDERS) { this.edited(); return; }
    this.sliderStatus.textContent = '';
    const { problems } = await this.saveSliders(list);
    const first = problems[0];
    this.sliderStatus.textContent = first
      ? t('embed.slidersProblem', { n: problems.length, first: `${first.path}: ${first.message}` })
      : t('embed.slidersSaved', { n: list.length });
    this.update();
  }

  url() {
    const { encoded } = this.getState();
    const d = this.dialog;
    const charts = Array.from(d.querySelectorAll('[data-embed-chart]:checked')).map((x) => x.value);
    const lang = $('#embed-lang', d)?.value || '';
    return pageUrl({ embed: '1', charts: charts.join(','), lang }, encoded);
  }

  update() {
    const url = this.url();
    const { scenario } = this.getState();
    const title = `Tierlab — ${String(scenario?.name ?? '').replace(/["<>&]/g, '')}`;
    const attr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    this.code.value = `<iframe src="${attr(url)}" width="800" height="600" style="border:0;max-width:100%" title="${attr(title)}" loading="lazy"></iframe>`;
    this.preview.href = url;
  }

  async copy() {
    this.code.select();
    try {
      await navigator.clipboard.writeText(this.code.value);
      this.status.textContent = t('embed.copied');
    } catch {
      this.status.textContent = t('notice.copyFailed');
    }
  }
}
