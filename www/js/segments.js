// The segments (用户分层) of the editor, as cards: name and share, the behaviour in the
// form the planner chose (their terms or the papers' symbols), and the other form
// computed beside it. Functions over the Editor, which owns the scenario and the fields.

import { h, clear, $, $$ } from './dom.js';
import { t, tr } from './i18n.js';
import { SEGMENTS, PLANNER_FIELDS, MODEL_FIELDS } from './fields.js';
import { getAt, setAt } from './paths.js';
import { plain, pct } from './format.js';
import { toModel, toPlanner, switchForm, round6 } from './behaviour.js';

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
  fillDerived(derived, behaviour);
  return card;
}

export function fillDerived(el, behaviour) {
  clear(el);
  const planner = behaviour.form === 'planner';
  el.append(h('h5', { text: t(planner ? 'editor.derived.model' : 'editor.derived.planner') }));
  const dl = h('dl');
  if (planner) {
    const m = toModel(behaviour);
    for (const f of MODEL_FIELDS) {
      const v = m ? getAt(m, f.path) : undefined;
      dl.append(h('div', { class: 'kv' }, h('dt', { text: tr(f.label), title: tr(f.tip) }), h('dd', { text: v === undefined ? '—' : plain(round6(v)) })));
    }
  } else {
    const p = toPlanner(behaviour);
    for (const f of PLANNER_FIELDS) {
      const v = p ? p[f.path] : undefined;
      const text = v === undefined ? '—' : f.kind === 'percent' ? pct(v) : `${plain(Number(v.toPrecision(4)))}${f.unit ? ` ${tr(f.unit)}` : ''}`;
      dl.append(h('div', { class: 'kv' }, h('dt', { text: tr(f.label), title: tr(f.tip) }), h('dd', { text })));
    }
  }
  el.append(dl, h('p', { class: 'note', text: t('editor.derivedNote') }));
}

export function updateDerived(ed, i) {
  const el = $$('.derived', ed.root).find((x) => x.dataset.derived === String(i));
  const behaviour = getAt(ed.scenario, `${SEGMENTS.path}.${i}.behaviour`);
  if (el && behaviour) fillDerived(el, behaviour);
}

export function updateShareSum(ed) {
  const el = $('#share-sum', ed.root);
  if (!el) return;
  const sum = ed.rows(SEGMENTS.path).reduce((s, r) => s + (typeof r?.share === 'number' ? r.share : 0), 0);
  el.textContent = t('editor.sharesSum', { sum: pct(sum, 2) });
  el.classList.toggle('off', Math.abs(sum - 1) > 1e-6);
}

export function switchSegmentForm(ed, i) {
  const path = `${SEGMENTS.path}.${i}.behaviour`;
  const next = switchForm(getAt(ed.scenario, path));
  if (next) {
    setAt(ed.scenario, path, next);
    ed.dropLocal(path);
  }
  ed.render();
  ed.changed('structure');
}
