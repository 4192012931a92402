// What every study card is made of: a titled card with a note, labelled inputs with unit
// and ⓘ (read as numbers, with a message when they are not), a Run / Cancel pair with a
// status line, the WASM's problems (said in the page's language) named by field, and
// downloads (CSV as UTF-8 with a BOM, like the monthly rows, so Excel reads Chinese; JSON).
// Not for: any one study (study-panel.js, goal-seek.js, designer.js, compare-view.js).

import { h, icon, download, safeFileName } from './dom.js';
import { t, tr, bilingualName } from './i18n.js';
import { fieldFor } from './fields.js';
import { getAt, normalizePath } from './paths.js';
import { csvBlob } from './exporting.js';
import { letter } from './scenario-tabs.js';

/** A card: { el, controls, actions, status, body }. */
export function studyCard(id, title, note) {
  const controls = h('div', { class: 'study-controls' });
  const actions = h('div', { class: 'study-actions' });
  const status = h('div', { class: 'study-status', role: 'status' });
  const body = h('div', { class: 'study-body' });
  const el = h('section', { class: 'panel study-card', 'data-study': id },
    h('h3', { class: 'panel-title', text: title }),
    note ? h('p', { class: 'note', text: note }) : null,
    controls, actions, status, body);
  return { el, controls, actions, status, body };
}

function tip(text, label) {
  return h('span', { class: 'tip', tabindex: '0', role: 'img', 'data-tip': text, 'aria-label': `${label}: ${text}` }, icon('info'));
}

/** A labelled number box: { el, input, read() → { value } | { error } }. */
export function numberInput({ name, label, tip: tipText, value, unit, min = -Infinity, max = Infinity, whole = false, placeholder = null }) {
  const input = h('input', { type: 'text', class: 'num', inputmode: whole ? 'numeric' : 'decimal', autocomplete: 'off', spellcheck: 'false', maxlength: '24', 'data-input': name, 'aria-label': label, value: value ?? '', placeholder });
  const msg = h('div', { class: 'msg', role: 'status' });
  const el = h('label', { class: 'study-field' },
    h('span', { class: 'label-row' }, h('span', { text: label }), tipText ? tip(tipText, label) : null),
    h('span', { class: 'control' }, input, unit ? h('span', { class: 'unit', text: unit }) : null), msg);
  const read = () => {
    const text = String(input.value).trim().replace(/[,\s]/g, '');
    const v = Number(text);
    let error = '';
    if (!text || !Number.isFinite(v)) error = t('study.notNumber');
    else if (whole && !Number.isInteger(v)) error = t('study.notWhole');
    else if (v < min || v > max) error = t('study.outOfRange', { min, max });
    msg.textContent = error;
    msg.classList.toggle('shown', Boolean(error));
    input.setAttribute('aria-invalid', String(Boolean(error)));
    return error ? { error } : { value: v };
  };
  input.addEventListener('input', () => { if (msg.textContent) read(); });
  return { el, input, read };
}

/** A labelled select over [{ value, label }]: { el, select }. */
export function selectInput({ name, label, tip: tipText, options, value }) {
  const select = h('select', { 'data-input': name, 'aria-label': label },
    options.map((o) => h('option', { value: o.value, text: o.label })));
  if (value !== undefined) select.value = String(value);
  const el = h('label', { class: 'study-field' },
    h('span', { class: 'label-row' }, h('span', { text: label }), tipText ? tip(tipText, label) : null),
    h('span', { class: 'control' }, select));
  return { el, select };
}

/** Reads every input; null if any is wrong (each shows its own message). */
export function readAll(inputs) {
  const out = {};
  let ok = true;
  for (const [key, input] of Object.entries(inputs)) {
    const r = input.read();
    if (r.error) ok = false;
    else out[key] = r.value;
  }
  return ok ? out : null;
}

/** The name of the list item a path is in (`tiers.levels.2.threshold` → "Gold"), if any. */
function itemName(scenario, path) {
  const item = /^(.*\.\d+)\./.exec(path);
  const name = item ? getAt(scenario, item[1])?.name : null;
  return typeof name === 'string' ? bilingualName(name) : '';
}

/**
 * The WASM's problems as one or two sentences ("Gold · Threshold: 50 must be …"), the
 * fields named as the editor names them; `scenarios` (A first) name the list items.
 */
export function problemsText(problems, scenarios = []) {
  const list = Array.isArray(problems) ? problems : [];
  if (!list.length) return t('study.failed');
  const shown = list.slice(0, 2).map((p) => {
    // A comparison's problems carry the scenario's index in the path and its letter in the
    // message ("Scenario B: ", "方案 B："), which the page says with the field instead.
    const raw = String(p?.path ?? '');
    const index = /^\[(\d+)\]/.exec(raw);
    const k = index ? Number(index[1]) : 0;
    const path = normalizePath(raw.replace(/^\[\d+\]\.?/, ''));
    const def = path ? fieldFor(path) : null;
    const message = String(p?.message ?? '').replace(/^(Scenario [A-Z]+\d*: |方案 [A-Z]+\d*：)/, '');
    const where = def ? [itemName(scenarios[k], path), tr(def.label)].filter(Boolean).join(' · ') : path;
    const text = where ? `${where}: ${message}` : message;
    return index ? t('study.inScenario', { letter: letter(k), text }) : text;
  });
  const more = list.length > 2 ? ` ${t('study.moreProblems', { n: list.length - 2 })}` : '';
  return shown.join(' · ') + more;
}

export function setStatus(el, text, kind = '') {
  el.textContent = text;
  el.className = `study-status ${kind}`;
}

/**
 * A Run button and its Cancel: while onRun() (or what `go(fn)` is given) is awaited, Run
 * is disabled and Cancel offered.
 */
export function runButtons(label, onRun, onCancel) {
  const run = h('button', { type: 'button', class: 'btn primary small', 'data-action': 'run' }, icon('play'), h('span', { text: label }));
  const cancel = h('button', { type: 'button', class: 'btn small', 'data-action': 'cancel', disabled: true }, h('span', { text: t('run.cancel') }));
  const go = async (fn) => {
    run.disabled = true;
    cancel.disabled = false;
    try { await fn(); } finally { run.disabled = false; cancel.disabled = true; }
  };
  run.addEventListener('click', () => go(onRun));
  cancel.addEventListener('click', () => onCancel());
  return { run, cancel, go };
}

/**
 * Says what a study found and keeps how to say it (`words()` in the page's language), so
 * the card drawn again — after an edit, in the other language — says it again.
 */
export function sayStatus(card, state, words, kind = '') {
  state.status = { words, kind };
  setStatus(card.status, words(), kind);
}

/** The status kept by sayStatus, said again in the page's language. */
export function sayAgain(card, state) {
  if (state.status) setStatus(card.status, state.status.words(), state.status.kind);
}

/** A small download button. */
export function downloadButton(label, title, make, name) {
  return h('button', { type: 'button', class: 'btn tiny', 'data-download': name, title, on: { click: () => make() } }, icon('download'), h('span', { text: label }));
}

export function downloadCsvText(text, name) {
  download(csvBlob(text), `${safeFileName(name)}.csv`);
}

export function downloadJsonValue(value, name) {
  download(new Blob([JSON.stringify(value, null, 2) + '\n'], { type: 'application/json' }), `${safeFileName(name)}.json`);
}
