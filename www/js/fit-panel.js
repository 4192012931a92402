// "Fit a segment from your transactions" (从交易数据拟合), in the editor's population
// section. A transaction export (CSV text: customer, date, amount) is read in this
// browser with FileReader — nothing is uploaded — and fitted in a worker of its own
// (engine.fit → the WASM's fit_transactions, src/fit): BG/NBD r, α, a, b (weeks) and
// Gamma-Gamma p, q, γ by maximum likelihood, with the search's progress as it goes. The
// panel shows the fit (fit-result.js: what it means, the evidence, the parameters, the
// WASM's charts) and adds a confirmed fit to the scenario as a segment (the WASM's
// add_fitted_segment rescales the other shares). Its words, in both languages, are in
// src/words/page/fit.rs; file sizes are the core's too.

import { h, clear, icon } from './dom.js';
import { lang, t } from './i18n.js';
import { SEGMENTS } from './fields.js';
import { int, num, pct, plain } from './format.js';
import { clone } from './paths.js';
import { fitNotes, fitEvidence, fitParameters, fitCharts, skippedRows } from './fit-result.js';
// Quick, pure calls on the WASM the page's words loaded (i18n.js), on this thread.
import { add_fitted_segment, file_size } from '../pkg/tierlab.js';

/** Largest export read into the tab (a JavaScript string, then the WASM's memory). */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** A file's size as the core writes it ("223 KB"). */
function bytes(n) {
  try { return file_size(Number(n)); } catch { return '—'; }
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
    this.busy = null; // { kind: 'reading' | 'fitting', started, pct, progress: { done, total, stage } }
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
      this.status = { kind: 'error', text: t('fit.tooBig', { name: this.file.name, size: bytes(file.size), max: bytes(MAX_FILE_BYTES) }) };
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
      this.status = { kind: 'error', text: t('fit.unreadable', { name: this.file.name }) };
      this.render();
      return;
    }
    if (seq !== this.seq) return;
    if (!text.trim()) {
      this.busy = null;
      this.status = { kind: 'error', text: t('fit.empty', { name: this.file.name }) };
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
    const onProgress = (done, total, stage) => {
      if (seq !== this.seq || !this.busy) return;
      this.busy.progress = { done: Number(done) || 0, total: Math.max(1, Number(total) || 1), stage: String(stage ?? '') };
      this.showBusy();
    };
    try {
      outcome = await this.hooks.fit(this.text, options, onProgress);
    } catch (e) {
      if (seq !== this.seq) return;
      this.stopTimer();
      this.busy = null;
      this.status = e?.cancelled ? { kind: 'info', text: t('fit.cancelled') } : { kind: 'error', text: t('fit.failed', { message: String(e?.message || e) }) };
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
      const [fit, behaviour, charts] = outcome.value;
      this.result = { fit, behaviour, charts, name, options };
      this.segment = { name: '', share: null };
      this.status = { kind: 'ok', text: t('fit.done', { name, seconds: num((performance.now() - started) / 1000, 1) }) };
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
    this.status = { kind: 'info', text: t('fit.cancelled') };
    this.render();
  }

  stopTimer() { clearInterval(this.timer); this.timer = 0; }

  /** Updates the working line in place (no re-render while the fit runs). */
  showBusy() {
    const line = this.root.querySelector('.fit-busy-text');
    const bar = this.root.querySelector('.fit-progress');
    if (!line || !this.busy) return;
    if (this.busy.kind === 'reading') {
      line.textContent = t('fit.reading', { name: this.file?.name ?? '', pct: pct(this.busy.pct, 0) });
      bar?.style.setProperty('--fit-pct', `${Math.round(this.busy.pct * 100)}%`);
    } else {
      const seconds = int((performance.now() - this.busy.started) / 1000);
      const progress = this.busy.progress;
      line.textContent = progress
        ? t(progress.stage === 'spend' ? 'fit.fittingSpend' : 'fit.fittingPurchases', { seconds, done: int(progress.done), total: int(progress.total) })
        : t('fit.fitting', { size: bytes(this.file?.size), seconds });
      bar?.classList.toggle('measured', Boolean(progress));
      if (progress) bar?.style.setProperty('--fit-pct', `${Math.round((progress.done / progress.total) * 100)}%`);
    }
  }

  // ---------------------------------------------------------------- rendering

  render() {
    this.lang = lang();
    const root = this.root;
    clear(root);
    root.classList.toggle('is-busy', Boolean(this.busy));
    root.append(h('summary', {}, icon('upload'), h('span', { class: 'fit-summary-title', text: t('fit.title') })));
    const body = h('div', { class: 'fit-body' });
    body.append(h('p', { class: 'note', text: t('fit.intro') }), this.renderInput(), this.renderOptions());
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
    const choose = h('button', { type: 'button', class: 'btn small', id: 'fit-choose', on: { click: () => input.click() } }, t('fit.choose'));
    const zone = h('div', { class: 'fit-drop', id: 'fit-drop' },
      icon('upload'), h('span', { text: t('fit.drop') }), choose, input,
      this.file ? h('span', { class: 'fit-file-name', text: `${this.file.name} · ${bytes(this.file.size)}` }) : null);
    zone.addEventListener('dragover', (e) => { e.preventDefault(); if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy'; zone.classList.add('over'); });
    zone.addEventListener('dragleave', () => zone.classList.remove('over'));
    zone.addEventListener('drop', (e) => {
      e.preventDefault();
      zone.classList.remove('over');
      const file = e.dataTransfer?.files?.[0];
      if (file) this.open(file);
    });
    return h('div', {}, zone, h('p', { class: 'note fit-formats', text: t('fit.formats') }));
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
      t(this.result || this.problem ? 'fit.refit' : 'fit.fit'));
    const cancel = h('button', { type: 'button', class: 'btn small', id: 'fit-cancel', disabled: this.busy ? null : true, on: { click: () => this.cancel() } }, t('fit.cancel'));
    return h('div', { class: 'fit-options' },
      field(t('fit.cutoff'), opt('cutoff', { type: 'date', id: 'fit-cutoff', min: '1900-01-01', max: '2199-12-31' }), { tip: t('fit.cutoffTip'), hint: t('fit.cutoffHint') }),
      h('div', { class: 'fit-columns' },
        h('span', { class: 'fit-label' }, t('fit.columns'), h('span', { class: 'tip', tabindex: '0', 'data-tip': t('fit.columnsTip'), 'aria-label': t('fit.columnsTip') }, icon('info'))),
        h('div', { class: 'fit-column-inputs' },
          field(t('fit.customer'), opt('customer', { type: 'text', id: 'fit-col-customer', placeholder: t('fit.auto'), maxlength: '100' })),
          field(t('fit.date'), opt('date', { type: 'text', id: 'fit-col-date', placeholder: t('fit.auto'), maxlength: '100' })),
          field(t('fit.amount'), opt('amount', { type: 'text', id: 'fit-col-amount', placeholder: t('fit.auto'), maxlength: '100' })))),
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
      this.busy.kind === 'fitting' ? h('span', { class: 'note', text: t('fit.workingNote') }) : null);
  }

  renderProblem() {
    return h('div', { class: 'fit-problem', role: 'alert' },
      h('strong', { text: t('fit.noFit', { name: this.problem.name }) }),
      h('pre', { class: 'fit-problem-text', text: this.problem.message }));
  }

  renderResult() {
    const { fit, charts } = this.result;
    return h('div', { class: 'fit-result', id: 'fit-result', 'data-converged': String(fit.converged === true) },
      h('p', { class: 'fit-changed note hidden', text: t('fit.changed') }),
      fitNotes(fit.notes),
      fitEvidence(fit),
      fitParameters(fit),
      fitCharts(charts),
      skippedRows(fit),
      this.renderAdd());
  }

  renderAdd() {
    if (this.result.fit?.converged !== true) {
      return h('div', { class: 'fit-add' }, h('h5', { text: t('fit.use') }), h('p', { class: 'fit-warn', id: 'fit-not-added', text: t('fit.notAFit') }));
    }
    const rows = Array.isArray(this.hooks.scenario()?.population?.segments) ? this.hooks.scenario().population.segments : [];
    const base = String(this.result.name || '').replace(/\.[A-Za-z0-9]{1,5}$/, '').slice(0, 80) || 'transactions';
    if (!this.segment.name) this.segment.name = uniqueName(t('fit.fitted', { name: base }), rows);
    if (this.segment.share === null) this.segment.share = rows.length ? Math.round(100 / (rows.length + 1)) : 100;
    const note = h('p', { class: 'note fit-share-note', id: 'fit-share-note' });
    const problem = h('p', { class: 'fit-warn hidden', role: 'status' });
    const name = h('input', { type: 'text', id: 'fit-seg-name', value: this.segment.name, maxlength: '100', autocomplete: 'off' });
    const share = h('input', { type: 'text', id: 'fit-seg-share', class: 'num', value: plain(this.segment.share), inputmode: 'decimal', maxlength: '12', autocomplete: 'off' });
    const add = h('button', { type: 'button', class: 'btn primary small', id: 'fit-add' }, t('fit.add'));
    const check = () => {
      this.segment.name = name.value;
      const text = share.value.trim().replace(/%$/, '').trim();
      const x = text === '' ? NaN : Number(text);
      const shareOk = Number.isFinite(x) && x >= 0 && x <= 100;
      if (shareOk) this.segment.share = x;
      const nameOk = name.value.trim() !== '';
      const currentRows = this.hooks.scenario()?.population?.segments || [];
      const tooMany = currentRows.length >= (SEGMENTS.max || 20) && !(shareOk && x >= 100);
      note.textContent = !shareOk ? '' : x >= 100 ? t('fit.shareAll') : x <= 0 ? t('fit.shareZero')
        : t('fit.shareSome', { share: pct(x / 100, 2), rest: pct(1 - x / 100, 2) });
      const why = !shareOk ? t('fit.shareBad') : !nameOk ? t('fit.nameBad') : tooMany ? t('fit.full', { max: SEGMENTS.max || 20 }) : '';
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
      h('h5', { text: t('fit.use') }),
      h('div', { class: 'fit-add-row' },
        field(t('fit.name'), name),
        field(t('fit.share'), h('span', { class: 'fit-share' }, share, h('span', { class: 'unit', text: '%' }))),
        add),
      note, problem);
  }

  add() {
    const scenario = this.hooks.scenario();
    if (!scenario || !this.result) return;
    const previous = clone(scenario);
    const name = this.segment.name.trim().slice(0, 100);
    const share = this.segment.share / 100;
    const outcome = add_fitted_segment(JSON.stringify(scenario), name, JSON.stringify(this.result.behaviour), share, lang());
    if (!outcome?.ok) {
      this.status = { kind: 'error', text: (outcome?.problems || []).map((p) => String(p?.message ?? '')).join('\n') };
      this.render();
      return;
    }
    const { index } = outcome.value;
    scenario.population ||= {};
    scenario.population.segments = JSON.parse(outcome.value.scenario).population.segments;
    this.segment = { name: '', share: null };
    this.hooks.added?.(t('fit.added', { name, share: pct(share, 2) }), previous, index);
    this.render();
    const card = document.querySelector(`.segment.card[data-path="${SEGMENTS.path}.${index}"]`);
    if (card) {
      card.classList.add('fit-added');
      card.scrollIntoView({ block: 'center', behavior: 'smooth' });
    }
  }
}
