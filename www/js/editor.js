// The scenario editor (left pane): every field from fields.js with its unit and tooltip,
// the lists (tiers, segments, growth behaviours, rewards) as tables or cards with add,
// remove and reorder, the behaviour model in both forms, and the whole scenario as JSON.
// Edits write straight into the scenario object; problems are shown beside their field.

import { h, clear, icon, $, $$ } from './dom.js';
import { t, tr, word } from './i18n.js';
import { SECTIONS, fieldFor } from './fields.js';
import { getAt, setAt, normalizePath, parentPath } from './paths.js';
import { parseInput } from './problems.js';
import { plain } from './format.js';
import { renderSegments, updateDerived, updateShareSum } from './segments.js';
import { renderCampaignEditor } from './campaign-editor.js';
import { tierEffects } from './tier-effects.js';

/** The calendar months, January first, as keys of the page's words. */
const MONTHS = Array.from({ length: 12 }, (_, i) => word(`month.${i + 1}`));

let uid = 0;
const idFor = (path) => `f-${path.replace(/\./g, '-')}-${++uid}`;

function display(def, value) {
  if (value === undefined || value === null) return '';
  if (def.kind === 'percent') return typeof value === 'number' ? plain(value * 100) : String(value);
  if (def.kind === 'number') return typeof value === 'number' ? plain(value) : String(value);
  return String(value);
}

function tipIcon(text, label) {
  return h('span', { class: 'tip', tabindex: '0', role: 'img', 'data-tip': text, 'aria-label': `${label}: ${text}` }, icon('info'));
}

export class Editor {
  /**
   * @param root element to fill
   * @param hooks { onChange(kind), onApplyJson(text), onReset() }
   */
  constructor(root, hooks) {
    this.root = root;
    this.hooks = hooks;
    this.scenario = null;
    this.local = new Map(); // path → message (text that is not a value)
    this.raw = new Map(); // path → that text, kept across re-renders
    this.remote = [];
    this.expanded = new Set();
  }

  setScenario(scenario) {
    this.scenario = scenario;
    this.local.clear();
    this.raw.clear();
    this.render();
  }

  /** Problems for Run: the page's own first, then the WASM's. */
  get localProblems() {
    return [...this.local].map(([path, message]) => ({ path, message }));
  }

  /** Forgets the page's own problems under a path (its rows moved or its kind changed). */
  dropLocal(prefix) {
    for (const key of [...this.local.keys()]) if (key.startsWith(`${prefix}.`)) { this.local.delete(key); this.raw.delete(key); }
  }

  changed(kind) {
    this.hooks.onChange?.(kind);
  }

  // ---------------------------------------------------------------- rendering

  render() {
    // Re-word the page's own problems (the language may have changed).
    for (const [path, raw] of this.raw) {
      const def = fieldFor(path);
      const parsed = def ? parseInput(def, raw) : null;
      if (parsed?.error !== undefined) this.local.set(path, parsed.error);
    }
    const focusKey = document.activeElement?.dataset?.key;
    const scroller = this.root.closest('.scroll') || this.root;
    const scrollTop = scroller.scrollTop;
    const open = new Map($$('details.section', this.root).map((d) => [d.dataset.section, d.open]));
    clear(this.root);
    this.root.append(h('div', { class: 'problem-box hidden', id: 'problem-box', role: 'alert' }));
    for (const section of SECTIONS) this.root.append(this.renderSection(section, open.get(section.id)));
    this.root.append(this.renderJson(open.get('json')));
    this.applyProblems();
    if (focusKey) {
      const el = $$('[data-key]', this.root).find((x) => x.dataset.key === focusKey);
      el?.focus();
    }
    scroller.scrollTop = scrollTop;
  }

  renderSection(section, wasOpen) {
    const body = h('div', { class: 'section-body' });
    if (section.note) body.append(h('p', { class: 'note', text: tr(section.note) }));
    // Problems with the section as a whole (e.g. `population`: too many members) go here.
    if (section.id !== 'horizon') body.append(h('div', { class: 'msg section-msg', 'data-for': section.id, role: 'status' }));
    const grid = h('div', { class: 'field-grid' });
    for (const def of section.fields) grid.append(this.renderField(def, def.path));
    body.append(grid);
    if (section.id === 'population') body.append(this.renderSegments());
    if (section.id === 'population' && this.hooks.population) body.append(this.hooks.population());
    if (section.id === 'campaigns') body.append(renderCampaignEditor(this));
    if (section.table) body.append(this.renderTable(section.table));
    const details = h('details', { class: 'section', 'data-section': section.id, open: wasOpen ?? true },
      h('summary', {}, h('span', { class: 'section-title', text: tr(section.title) }), h('span', { class: 'badge hidden' })),
      body);
    return details;
  }

  /** One labelled field: label + ⓘ, control + unit, message slot. */
  renderField(def, path, { compact = false } = {}) {
    const value = getAt(this.scenario, path);
    const id = idFor(path);
    const label = tr(def.label);
    const wrap = h('div', { class: `field kind-${def.kind}${compact ? ' compact' : ''}`, 'data-path': path });
    if (def.kind === 'union') return this.renderUnion(def, path);
    const control = this.renderControl(def, path, value, id, label);
    if (def.kind === 'bool') {
      wrap.append(h('div', { class: 'check' }, control, h('label', { for: id, text: label }), def.tip ? tipIcon(tr(def.tip), label) : null));
    } else {
      wrap.append(
        h('div', { class: 'label-row' }, h('label', { for: id, text: label }), def.tip ? tipIcon(tr(def.tip), label) : null,
          def.assumption && !compact ? h('span', { class: 'tag assumption', text: t('editor.assumption') }) : null),
        h('div', { class: 'control' }, control, def.unit ? h('span', { class: 'unit', text: tr(def.unit) }) : null),
      );
    }
    wrap.append(h('div', { class: 'msg', 'data-for': path, role: 'status' }));
    return wrap;
  }

  renderControl(def, path, value, id, label) {
    const common = { id, 'data-key': path, 'data-path': path, 'aria-label': label };
    if (def.kind === 'select' || def.kind === 'month') {
      const options = def.kind === 'month'
        ? MONTHS.map((label, i) => ({ value: i + 1, label }))
        : def.options;
      const sel = h('select', common, options.map((o) => h('option', { value: o.value, text: tr(o.label) })));
      sel.value = String(value);
      if (sel.selectedIndex < 0) sel.append(h('option', { value: String(value), text: String(value), selected: true }));
      sel.addEventListener('change', () => this.edit(def, path, sel.value, sel));
      return sel;
    }
    if (def.kind === 'bool') {
      const box = h('input', { ...common, type: 'checkbox', checked: Boolean(value) });
      box.addEventListener('change', () => this.edit(def, path, box.checked, box));
      return box;
    }
    const numeric = def.kind !== 'text';
    const input = h('input', {
      ...common,
      type: 'text',
      value: this.local.has(path) ? this.raw.get(path) ?? '' : display(def, value),
      placeholder: def.blank && (value === undefined || value === null) ? tr(def.blank)
        : (value === undefined && def.def !== undefined ? display(def, def.def) : null),
      inputmode: numeric ? (def.kind === 'int' ? 'numeric' : 'decimal') : null,
      maxlength: def.kind === 'text' && def.max ? String(def.max) : def.kind === 'text' ? null : '32',
      autocomplete: 'off',
      spellcheck: numeric ? 'false' : null,
      class: numeric ? 'num' : null,
    });
    input.addEventListener('input', () => this.edit(def, path, input.value, input));
    return input;
  }

  edit(def, path, raw, el) {
    const parsed = parseInput(def, raw);
    if (parsed.error !== undefined) {
      this.local.set(path, parsed.error);
      this.raw.set(path, String(raw));
    } else {
      this.local.delete(path);
      this.raw.delete(path);
      if (def.kind === 'month') parsed.value = Number(parsed.value);
      setAt(this.scenario, path, parsed.value);
    }
    this.afterEdit(path, el);
    this.changed('value');
  }

  afterEdit(path) {
    // Things that depend on the value just typed: the other behaviour form, share sums.
    const seg = /^population\.segments\.(\d+)\./.exec(path);
    if (seg) this.updateDerived(Number(seg[1]));
    if (path.startsWith('population.segments')) this.updateShareSum();
    if (path.startsWith('tiers.levels.')) $('#tier-effects', this.root)?.replaceWith(tierEffects(this.rows('tiers.levels')));
    this.applyProblems();
  }

  renderUnion(def, path) {
    const current = getAt(this.scenario, path) || {};
    const tag = current[def.tag];
    const id = idFor(path);
    const label = tr(def.label);
    const sel = h('select', { id, 'data-key': `${path}.${def.tag}`, 'data-path': `${path}.${def.tag}`, 'aria-label': label },
      def.variants.map((v) => h('option', { value: v.value, text: tr(v.label) })));
    sel.value = String(tag);
    sel.addEventListener('change', () => {
      const variant = def.variants.find((v) => v.value === sel.value);
      if (!variant) return;
      const next = { [def.tag]: variant.value };
      for (const f of variant.fields) next[f.path] = current[f.path] ?? f.def;
      setAt(this.scenario, path, next);
      this.dropLocal(path);
      this.render();
      this.changed('structure');
    });
    const wrap = h('div', { class: 'field kind-union', 'data-path': path },
      h('div', { class: 'label-row' }, h('label', { for: id, text: label }), def.tip ? tipIcon(tr(def.tip), label) : null),
      h('div', { class: 'control' }, sel),
      h('div', { class: 'msg', 'data-for': path, role: 'status' }));
    const variant = def.variants.find((v) => v.value === tag);
    const out = h('div', { class: 'union' }, wrap);
    if (variant) for (const f of variant.fields) out.append(this.renderField(f, `${path}.${f.path}`));
    return out;
  }

  // ------------------------------------------------------------------ tables

  rows(path) {
    const rows = getAt(this.scenario, path);
    return Array.isArray(rows) ? rows : [];
  }

  listActions(listPath, index, count, spec, extra = []) {
    const rowLabel = `${index + 1}`;
    const btn = (name, title, disabled, fn) => h('button', {
      type: 'button', class: `icon-btn ${name}`, title, 'aria-label': `${title} (${rowLabel})`, disabled: disabled || null,
      on: { click: fn },
    }, icon(name));
    return h('div', { class: 'row-actions' },
      extra,
      btn('up', t('editor.up'), index === 0, () => this.move(listPath, index, -1)),
      btn('down', t('editor.down'), index === count - 1, () => this.move(listPath, index, 1)),
      btn('remove', t('editor.remove'), count <= (spec.min || 0), () => this.remove(listPath, index)));
  }

  addButton(spec) {
    const rows = this.rows(spec.path);
    return h('button', {
      type: 'button', class: 'btn small add-row', 'data-add': spec.path, disabled: rows.length >= (spec.max || 1e9) || null,
      on: { click: () => this.add(spec) },
    }, icon('add'), t('editor.add'));
  }

  renderTable(spec) {
    const rows = this.rows(spec.path);
    const cols = spec.columns;
    const hasDetails = Boolean(spec.details?.length);
    const span = cols.length + 2;
    const head = h('tr', {}, h('th', { class: 'idx', text: '#' }),
      cols.map((c) => h('th', { class: `col-${c.kind}` },
        h('span', { class: `th-label${c.tip ? ' has-tip' : ''}`, tabindex: c.tip ? '0' : null, 'data-tip': c.tip ? tr(c.tip) : null, text: tr(c.label) }),
        c.unit ? h('span', { class: 'th-unit', text: tr(c.unit) }) : null)),
      h('th', { class: 'th-actions' }));
    const body = h('tbody');
    rows.forEach((row, i) => {
      const rowPath = `${spec.path}.${i}`;
      const name = row && typeof row.name === 'string' ? row.name : `${i + 1}`;
      const cells = cols.map((c) => {
        const path = `${rowPath}.${c.path}`;
        const control = this.renderControl(c, path, getAt(this.scenario, path), idFor(path), `${tr(c.label)} · ${name}`);
        return h('td', { class: `cell col-${c.kind}`, 'data-path': path }, control);
      });
      const more = hasDetails ? h('button', {
        type: 'button', class: `icon-btn more${this.expanded.has(rowPath) ? ' active' : ''}`, title: t('editor.more'),
        'aria-label': `${t('editor.more')} (${i + 1})`, 'aria-expanded': String(this.expanded.has(rowPath)),
        on: { click: () => { this.toggle(rowPath); } },
      }, icon('more')) : null;
      body.append(h('tr', { class: 'row', 'data-path': rowPath }, h('td', { class: 'idx', text: String(i + 1) }), cells,
        h('td', { class: 'td-actions' }, this.listActions(spec.path, i, rows.length, spec, more))));
      if (hasDetails) {
        const grid = h('div', { class: 'field-grid details-grid' }, spec.details.map((d) => this.renderField(d, `${rowPath}.${d.path}`, { compact: true })));
        body.append(h('tr', { class: `details${this.expanded.has(rowPath) ? '' : ' hidden'}`, 'data-details': rowPath }, h('td', { colspan: String(span) }, grid)));
      }
      body.append(h('tr', { class: 'row-msg' }, h('td', { colspan: String(span) },
        cols.map((c) => h('div', { class: 'msg', 'data-for': `${rowPath}.${c.path}`, 'data-label': tr(c.label), role: 'status' })),
        h('div', { class: 'msg', 'data-for': rowPath, role: 'status' }))));
    });
    const colgroup = h('colgroup', {}, h('col', { class: 'c-idx' }),
      cols.map((c) => h('col', { class: `c-${c.kind}` })), h('col', { class: hasDetails ? 'c-actions wide' : 'c-actions' }));
    const table = h('table', { class: 'grid' }, colgroup, h('thead', {}, head), body);
    return h('div', { class: 'table-block', 'data-path': spec.path },
      h('div', { class: 'table-head' }, h('h4', { text: tr(spec.title) }), this.addButton(spec)),
      rows.length ? h('div', { class: 'table-scroll' }, table) : h('p', { class: 'empty', text: tr(spec.empty) }),
      h('div', { class: 'msg', 'data-for': spec.path, role: 'status' }),
      spec.path === 'tiers.levels' ? tierEffects(rows) : null);
  }

  toggle(rowPath) {
    if (this.expanded.has(rowPath)) this.expanded.delete(rowPath); else this.expanded.add(rowPath);
    const tr_ = $$('tr.details', this.root).find((x) => x.dataset.details === rowPath);
    tr_?.classList.toggle('hidden', !this.expanded.has(rowPath));
    const btn = $$('tr.row', this.root).find((x) => x.dataset.path === rowPath)?.querySelector('.more');
    btn?.classList.toggle('active', this.expanded.has(rowPath));
    btn?.setAttribute('aria-expanded', String(this.expanded.has(rowPath)));
  }

  add(spec) {
    const rows = this.rows(spec.path);
    if (rows.length >= (spec.max || 1e9)) return;
    const next = rows.slice();
    next.push(spec.newRow(rows));
    setAt(this.scenario, spec.path, next);
    this.structural(spec.path);
    const last = `${spec.path}.${next.length - 1}.name`;
    $$('[data-key]', this.root).find((x) => x.dataset.key === last)?.focus();
  }

  remove(listPath, index) {
    const next = this.rows(listPath).slice();
    next.splice(index, 1);
    setAt(this.scenario, listPath, next);
    this.structural(listPath);
  }

  move(listPath, index, by) {
    const next = this.rows(listPath).slice();
    const to = index + by;
    if (to < 0 || to >= next.length) return;
    [next[index], next[to]] = [next[to], next[index]];
    setAt(this.scenario, listPath, next);
    this.structural(listPath);
    const key = `${listPath}.${to}.name`;
    // Keep the focus on the moved row's arrow so repeated moves are easy.
    const row = $$('[data-path]', this.root).find((x) => x.dataset.path === `${listPath}.${to}` && (x.matches('tr.row') || x.matches('.segment')));
    (row?.querySelector(by < 0 ? '.icon-btn.up:not([disabled])' : '.icon-btn.down:not([disabled])') ||
      $$('[data-key]', this.root).find((x) => x.dataset.key === key))?.focus();
  }

  /** After add/remove/move: indices changed, so local problems and expansions are reset. */
  structural(listPath) {
    this.dropLocal(listPath);
    for (const key of [...this.expanded]) if (key.startsWith(`${listPath}.`)) this.expanded.delete(key);
    this.render();
    this.changed('structure');
  }

  // ---------------------------------------------------------------- segments

  renderSegments() { return renderSegments(this); }

  updateDerived(i) { updateDerived(this, i); }

  updateShareSum() { updateShareSum(this); }

  // --------------------------------------------------------------------- JSON

  renderJson(wasOpen) {
    const area = h('textarea', { class: 'json', id: 'json-text', spellcheck: 'false', rows: '16', 'aria-label': t('editor.json') });
    area.value = JSON.stringify(this.scenario, null, 2);
    const msg = h('div', { class: 'msg', id: 'json-msg', 'data-for': '', role: 'status' });
    const details = h('details', { class: 'section', 'data-section': 'json', open: wasOpen ?? false },
      h('summary', {}, h('span', { class: 'section-title', text: t('editor.json') })),
      h('div', { class: 'section-body' },
        h('p', { class: 'note', text: t('editor.jsonNote') }),
        area,
        h('div', { class: 'button-row' },
          h('button', { type: 'button', class: 'btn', id: 'json-apply', on: { click: () => this.hooks.onApplyJson?.(area.value) } }, t('editor.apply')),
          h('button', { type: 'button', class: 'btn ghost', id: 'reset', on: { click: () => this.hooks.onReset?.() } }, t('editor.reset'))),
        msg));
    details.addEventListener('toggle', () => { if (details.open) this.refreshJson(true); });
    return details;
  }

  refreshJson(force = false) {
    const area = $('#json-text', this.root);
    if (area && (force || document.activeElement !== area)) area.value = JSON.stringify(this.scenario, null, 2);
  }

  showJsonProblem(text) {
    const msg = $('#json-msg', this.root);
    if (msg) msg.textContent = text || '';
  }

  // ---------------------------------------------------------------- problems

  /** Shows the WASM's problems (a list of { path, message }) merged with the page's own. */
  showProblems(remote) {
    this.remote = Array.isArray(remote) ? remote : [];
    this.applyProblems();
  }

  applyProblems() {
    const root = this.root;
    for (const el of $$('.msg', root)) if (el.id !== 'json-msg') { el.textContent = ''; el.classList.remove('shown'); }
    for (const el of $$('.invalid', root)) el.classList.remove('invalid');
    for (const el of $$('details.section .badge', root)) { el.textContent = ''; el.classList.add('hidden'); }
    const slots = new Map($$('.msg[data-for]', root).map((el) => [el.dataset.for, el]));
    const local = this.localProblems;
    const localPaths = new Set(local.map((p) => p.path));
    const all = [...local.map((p) => ({ ...p, local: true })),
      ...this.remote.map((p) => ({ path: normalizePath(p.path), message: String(p.message ?? ''), raw: p.path }))
        .filter((p) => !localPaths.has(p.path))];
    const unplaced = [];
    const perSection = new Map();
    for (const p of all) {
      let path = p.path;
      let slot = null;
      while (path !== null && !(slot = path ? slots.get(path) : null)) path = path ? parentPath(path) : null;
      const def = fieldFor(p.path);
      if (!slot) { unplaced.push(p); continue; }
      const prefix = slot.dataset.label && slot.dataset.for === p.path ? `${slot.dataset.label}: ` : '';
      const deeper = path !== p.path && def ? `${tr(def.label)}: ` : (path !== p.path && p.path ? `${p.path.slice(path.length + 1)}: ` : '');
      const line = h('span', { class: 'msg-line', text: `${prefix}${deeper}${p.message}` });
      slot.append(line);
      slot.classList.add('shown');
      const target = $$('[data-path]', root).find((x) => x.dataset.path === path);
      target?.classList.add('invalid');
      const fold = slot.closest('details.campaign'); // a closed campaign card opens to show it
      if (fold && !fold.open) fold.open = true;
      const section = slot.closest('details.section');
      if (section) {
        perSection.set(section, (perSection.get(section) || 0) + 1);
        const details = slot.closest('tr.details');
        if (details?.classList.contains('hidden')) this.toggle(details.dataset.details);
      }
    }
    for (const [section, n] of perSection) {
      const badge = section.querySelector('.badge');
      badge.textContent = String(n);
      badge.classList.remove('hidden');
      section.open = true;
    }
    const box = $('#problem-box', root);
    if (box) {
      clear(box);
      box.classList.toggle('hidden', !unplaced.length);
      if (unplaced.length) {
        box.append(h('h4', { text: t('editor.problems') }),
          h('ul', {}, unplaced.slice(0, 20).map((p) => h('li', {}, p.path ? h('code', { text: p.raw || p.path }) : null, p.path ? ' ' : null, p.message))));
      }
    }
    this.updateShareSum();
    return all.length;
  }

  /** Every problem currently shown (page + WASM), for the Run button. */
  problemCount() {
    const localPaths = new Set(this.local.keys());
    return this.local.size + this.remote.filter((p) => !localPaths.has(normalizePath(p.path))).length;
  }

  /** Focus the first field with a problem. */
  focusFirstProblem() {
    const el = $('.invalid input, .invalid select, input.invalid, .field.invalid input', this.root) || $('.msg.shown', this.root);
    el?.scrollIntoView({ block: 'center' });
    el?.focus?.();
  }
}
