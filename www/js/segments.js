// The segments (用户分层) of the editor, as cards: name and share, the behaviour in the
// form the planner chose (their terms or the papers' symbols), and the other form beside
// it. The core maps one form onto the other and switches them (src/behaviour/forms.rs),
// through the editor's hooks forms(behaviour) and switchForm(behaviour); this file only
// shows. Functions over the Editor, which owns the scenario and the fields.

import { h, clear, $, $$ } from './dom.js';
import { t, tr } from './i18n.js';
import { SEGMENTS, PLANNER_FIELDS, MODEL_FIELDS } from './fields.js';
import { getAt, setAt } from './paths.js';
import { pct } from './format.js';
import { SHARE_TOLERANCE } from './limits.js';

let uid = 0;

export function renderSegments(ed) {
  const spec = SEGMENTS;
  const rows = ed.rows(spec.path);
  const list = h('div', { class: 'segments' });
  rows.forEach((row, i) => list.append(renderSegment(ed, row, i, rows.length)));
  return h('div', { class: 'table-block segments-block', 'data-path': spec.path },
    h('div', { class: 'table-head' }, h('h4', { text: tr(spec.title) }), ed.addButton(spec)),
    rows.length ? list : h('p', { class: 'empty', text: tr(spec.empty) }),
    h('p', { class: 'share-sum note', id: 'share-sum' }),
    h('div', { class: 'msg', 'data-for': spec.path, role: 'status' }));
}

export function renderSegment(ed, row, i, count) {
  const path = `${SEGMENTS.path}.${i}`;
  const behaviour = (row && row.behaviour) || {};
  const form = behaviour.form === 'planner' ? 'planner' : 'model';
  const name = `segment-form-${i}-${++uid}`;
  const radio = (value) => {
    const input = h('input', { type: 'radio', name, value, checked: form === value, 'data-key': `${path}.behaviour.form.${value}` });
    input.addEventListener('change', () => switchSegmentForm(ed, i));
    return h('label', { class: 'radio' }, input, t(`editor.form.${value}`));
  };
  const fields = form === 'planner' ? PLANNER_FIELDS : MODEL_FIELDS;
  const edit = h('div', { class: 'field-grid behaviour-edit' }, fields.map((f) => ed.renderField(f, `${path}.behaviour.${f.path}`, { compact: true })));
  const derived = h('div', { class: 'derived', 'data-derived': String(i) });
  const head = h('div', { class: 'segment-head' },
    h('span', { class: 'idx', text: String(i + 1) }),
    h('div', { class: 'field-grid segment-main' }, SEGMENTS.fields.map((f) => ed.renderField(f, `${path}.${f.path}`, { compact: true }))),
    ed.listActions(SEGMENTS.path, i, count, SEGMENTS));
  const card = h('div', { class: 'segment card', 'data-path': path },
    head,
    h('div', { class: 'form-switch', role: 'radiogroup', 'aria-label': t('editor.segmentForm') },
      h('span', { class: 'form-switch-label', text: t('editor.segmentForm') }), radio('planner'), radio('model')),
    h('div', { class: 'behaviour' }, edit, derived),
    h('div', { class: 'msg', 'data-for': `${path}.behaviour`, role: 'status' }),
    h('div', { class: 'msg', 'data-for': path, role: 'status' }));
  fillDerived(ed, derived, behaviour);
  return card;
}

/** The other form's figures, as the core maps and writes them (behaviour_forms' `shown`). */
export async function fillDerived(ed, el, behaviour) {
  const asked = String(Number(el.dataset.asked || 0) + 1);
  el.dataset.asked = asked;
  let forms = null;
  try { forms = await ed.hooks.forms?.(behaviour); } catch { forms = null; }
  if (el.dataset.asked !== asked) return; // a newer edit asked again
  clear(el);
  const planner = behaviour.form === 'planner';
  el.append(h('h5', { text: t(planner ? 'editor.derived.model' : 'editor.derived.planner') }));
  const shown = forms?.ok ? forms.value.shown : null;
  const dl = h('dl');
  for (const f of planner ? MODEL_FIELDS : PLANNER_FIELDS) {
    const figure = shown?.[f.path];
    const unit = !planner && f.unit && f.kind !== 'percent' ? ` ${tr(f.unit)}` : ''; // the planner's terms with their units
    const text = figure === undefined ? '—' : `${figure}${unit}`;
    dl.append(h('div', { class: 'kv' }, h('dt', { text: tr(f.label), title: tr(f.tip) }), h('dd', { text })));
  }
  el.append(dl, h('p', { class: 'note', text: t('editor.derivedNote') }));
  el.dataset.filled = asked;
}

export function updateDerived(ed, i) {
  const el = $$('.derived', ed.root).find((x) => x.dataset.derived === String(i));
  const behaviour = getAt(ed.scenario, `${SEGMENTS.path}.${i}.behaviour`);
  if (el && behaviour) fillDerived(ed, el, behaviour);
}

export function updateShareSum(ed) {
  const el = $('#share-sum', ed.root);
  if (!el) return;
  const sum = ed.rows(SEGMENTS.path).reduce((s, r) => s + (typeof r?.share === 'number' ? r.share : 0), 0);
  el.textContent = t('editor.sharesSum', { sum: pct(sum, 2) });
  el.classList.toggle('off', Math.abs(sum - 1) > SHARE_TOLERANCE);
}

/**
 * Writes segment i's behaviour in the other form, as the core switches it: switching back
 * gives the same figures. If the core cannot (figures that describe no one), the form stays
 * and its reason shows under the behaviour.
 */
export async function switchSegmentForm(ed, i) {
  const path = `${SEGMENTS.path}.${i}.behaviour`;
  const behaviour = getAt(ed.scenario, path);
  let outcome;
  try { outcome = await ed.hooks.switchForm(behaviour); } catch (e) { outcome = { ok: false, problems: [{ message: e.message }] }; }
  if (getAt(ed.scenario, path) !== behaviour) return; // edited or replaced meanwhile
  if (outcome.ok) {
    setAt(ed.scenario, path, outcome.value);
    ed.dropLocal(path);
  }
  ed.render();
  if (outcome.ok) ed.changed('structure');
  else {
    const msg = $$('.msg', ed.root).find((x) => x.dataset.for === path);
    if (msg) msg.textContent = outcome.problems?.[0]?.message || '';
  }
}
