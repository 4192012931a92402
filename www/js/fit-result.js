// The result of a transaction fit as the fit panel (fit-panel.js) shows it: what the fit
// means (its notes: a limit it reached, or that it is not a fit), the evidence (counts,
// the periods, the file's layout), the parameters as the WASM formats them with the
// planner's reading beside (also the WASM's), the two charts the WASM drew (src/chart/
// fit.rs) and the rows it skipped, as text. The fit carries its sentences in both
// languages ({ en, zh }) and its charts by language, so the page switches language
// without fitting again. Not for: reading, fitting or adding the segment (fit-panel.js).

import { h } from './dom.js';
import { lang, tr, t, has } from './i18n.js';
import { MODEL_FIELDS, PLANNER_FIELDS } from './fields.js';
import { int, num } from './format.js';
import { parseSvg } from './charts.js';

/** Skipped rows listed (the rest are counted). */
const SKIPPED_SHOWN = 20;

/** A sentence the WASM worded in both languages ({ en, zh }), in the page's language. */
const said = (sentence) => String((lang() === 'en' ? sentence?.en : sentence?.zh) ?? sentence?.en ?? '');

/** Rows the worker trimmed to the first 100 keep their count beside. */
const skippedCount = (fit) => (Number.isFinite(fit.rows_skipped_count) ? fit.rows_skipped_count : (fit.rows_skipped || []).length);

/** The counts, the periods (calibration and any hold-out) and how the file was read. */
export function fitEvidence(fit) {
  const skipped = skippedCount(fit);
  const layout = fit.layout || {};
  return h('div', { class: 'fit-evidence' },
    h('p', { id: 'fit-counts', 'data-customers': fit.customers, 'data-repeat-buyers': fit.repeat_buyers, 'data-rows': fit.rows_read, 'data-skipped': skipped,
      text: t('fit.summary', { customers: int(fit.customers), repeat: int(fit.repeat_buyers), rows: int(fit.rows_read), skipped: int(skipped) }) }),
    h('p', { text: t(fit.hold_out === true ? 'fit.period' : 'fit.periodAll', { first: fit.first_date, last: fit.last_date, cutoff: fit.cutoff }) }),
    fit.customers_after_cutoff > 0 ? h('p', { text: t('fit.afterCutoff', { n: int(fit.customers_after_cutoff) }) }) : null,
    h('p', { class: 'note', text: t('fit.layout', {
      separator: has(`fit.sep.${layout.separator}`) ? t(`fit.sep.${layout.separator}`) : String(layout.separator ?? ''),
      header: t(layout.header ? 'fit.header.yes' : 'fit.header.no'), c: layout.customer_column, d: layout.date_column, a: layout.amount_column,
    }) }));
}

/** The charts the WASM drew, in the page's language (each carries its own title). */
export function fitCharts(charts) {
  return h('div', { class: 'fit-charts' }, (charts?.[lang()] ?? []).map(([id, svg]) =>
    h('figure', { class: 'fit-figure', 'data-fit-chart': id }, parseSvg(svg))));
}

/** What the fit means: each limit it reached, and a search that did not confirm its point (an alert). */
export function fitNotes(notes) {
  const list = Array.isArray(notes) ? notes : [];
  if (!list.length) return null;
  return h('div', { class: 'fit-notes', id: 'fit-notes' }, list.map((note) => {
    const warning = note?.kind === 'not_converged';
    return h('p', { class: warning ? 'fit-note fit-not-a-fit' : 'fit-note', 'data-kind': String(note?.kind ?? ''), role: warning ? 'alert' : null, text: said(note) });
  }));
}

/** r, α, a, b and p, q, γ as the WASM wrote them, the planner's reading of each group beside. */
export function fitParameters(fit) {
  const model = MODEL_FIELDS.reduce((o, f) => ({ ...o, [f.path]: f }), {});
  const figures = Object.fromEntries((Array.isArray(fit.figures) ? fit.figures : []).map((f) => [f.symbol, f]));
  const value = (group, key) => {
    const def = model[`${group}.${key}`];
    const figure = figures[key];
    return h('div', { class: figure?.limit ? 'fit-param at-limit' : 'fit-param', 'data-fit-param': key, 'data-value': String(figure?.value ?? fit[group]?.[key]), 'data-limit': String(Boolean(figure?.limit)) },
      h('dt', { class: def?.tip ? 'has-tip' : null, tabindex: def?.tip ? '0' : null, 'data-tip': def?.tip ? tr(def.tip) : null, text: def ? tr(def.label) : key }),
      h('dd', { text: figure ? said(figure) : '—' }),
      figure?.meaning ? h('span', { class: 'fit-param-meaning', text: said(figure.meaning) }) : null);
  };
  // The planner's reading of each group, beside its parameters (worded by the WASM).
  const readings = Object.fromEntries((Array.isArray(fit.readings) ? fit.readings : []).map((r) => [r.path, r]));
  const reading = (paths) => h('dl', { class: 'fit-reading' }, PLANNER_FIELDS.filter((f) => paths.includes(f.path)).map((f) => {
    const shown = readings[f.path];
    const text = !shown ? '—' : `${said(shown)}${f.kind !== 'percent' && f.unit ? ` ${tr(f.unit)}` : ''}`;
    return h('div', { class: 'kv', 'data-planner': f.path }, h('dt', { class: 'has-tip', tabindex: '0', 'data-tip': tr(f.tip), text: tr(f.label) }), h('dd', { text }));
  }));
  return h('div', { class: 'fit-params' },
    h('section', { class: 'fit-group' },
      h('h5', { text: t('fit.purchases') }),
      h('dl', { class: 'fit-values four' }, ['r', 'alpha', 'a', 'b'].map((k) => value('purchases', k))),
      h('div', { class: 'fit-planner' }, h('span', { class: 'fit-planner-title', text: t('fit.planner') }),
        reading(['purchases_per_month', 'purchase_rate_spread', 'lost_per_year'])),
      h('p', { class: 'fit-ll', id: 'fit-ll', 'data-value': String(fit.log_likelihood) },
        h('span', { class: 'has-tip', tabindex: '0', 'data-tip': t('fit.llTip'), text: t('fit.ll') }), ' ', h('strong', { text: num(fit.log_likelihood, 1) }))),
    h('section', { class: 'fit-group' },
      h('h5', { text: t('fit.spend') }),
      h('dl', { class: 'fit-values three' }, ['p', 'q', 'gamma'].map((k) => value('spend', k))),
      h('div', { class: 'fit-planner' }, h('span', { class: 'fit-planner-title', text: t('fit.planner') }),
        reading(['average_order_value', 'order_value_spread'])),
      h('p', { class: 'note', text: t('fit.spendNote', { n: int(fit.spend_customers ?? fit.repeat_buyers) }) })));
}

/** The rows the fit could not read, by line number, and why. */
export function skippedRows(fit) {
  const rows = fit.rows_skipped || [];
  const total = skippedCount(fit);
  if (!total) return null;
  const list = h('ol', { class: 'fit-skipped-list' });
  for (const row of rows.slice(0, SKIPPED_SHOWN)) {
    list.append(h('li', { 'data-line': String(row?.line ?? ''), text: t('fit.line', { line: row?.line ?? '?', reason: String(row?.reason ?? '') }) }));
  }
  return h('details', { class: 'fit-skipped', id: 'fit-skipped', open: total <= 5 ? true : null },
    h('summary', { text: t('fit.skipped', { n: int(total) }) }),
    list,
    total > SKIPPED_SHOWN ? h('p', { class: 'note', text: t('fit.skippedMore', { n: int(total - SKIPPED_SHOWN) }) }) : null);
}
