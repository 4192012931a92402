// The two small SVG charts of the fit panel (fit-panel.js), built with DOM calls (text
// through textContent only): customers by repeat purchases, actual beside model; and
// cumulative repeat purchases by week, the hold-out period shaded. Also their tick values.

import { count, int, num } from './format.js';
import { t } from './i18n.js';

/** A count or expectation for a chart: finite, else 0 (a degenerate fit may give NaN). */
const finite = (x) => (Number.isFinite(Number(x)) ? Number(x) : 0);

const SVGNS = 'http://www.w3.org/2000/svg';

/** An SVG element; text goes in through textContent only. */
function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'text') el.textContent = String(v);
    else el.setAttribute(k, String(v));
  }
  for (const c of children.flat()) if (c) el.append(c);
  return el;
}

/** Round tick values from 0 to at least `max` (about `n` of them). */
export function ticks(max, n = 4) {
  const top = max > 0 ? max : 1;
  const raw = top / n;
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  const step = (m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10) * p;
  const out = [];
  for (let v = 0; v < top + step * 0.999; v += step) out.push(Number(v.toPrecision(12)));
  return out;
}

const COLOURS = { actual: '#2563eb', model: '#f59e0b' };
const W = 460;

function frame(kind, title, height) {
  return s('svg', { class: 'fit-chart', 'data-fit-chart': kind, viewBox: `0 0 ${W} ${height}`, role: 'img', 'aria-label': title },
    s('title', { text: title }));
}

function legend(x, y) {
  return s('g', { class: 'legend' },
    s('rect', { x, y: y - 8, width: 10, height: 10, rx: 2, fill: COLOURS.actual }),
    s('text', { x: x + 14, y: y + 1, text: t('fit.actual') }),
    s('rect', { x: x + 74, y: y - 8, width: 10, height: 10, rx: 2, fill: COLOURS.model }),
    s('text', { x: x + 88, y: y + 1, text: t('fit.model') }));
}

function yAxis(svg, m, H, top, tickValues, y) {
  for (const v of tickValues) {
    svg.append(s('line', { class: 'grid', x1: m.l, x2: W - m.r, y1: y(v), y2: y(v) }),
      s('text', { class: 'tick', x: m.l - 6, y: y(v) + 3.5, 'text-anchor': 'end', text: count(v) }));
  }
  svg.append(s('line', { class: 'axis', x1: m.l, x2: m.l, y1: m.t, y2: H - m.b }),
    s('line', { class: 'axis', x1: m.l, x2: W - m.r, y1: H - m.b, y2: H - m.b }));
}

/** Bars of customers by repeat purchases 0 … 7+, actual beside model. */
export function histogramChart(rows) {
  const H = 236;
  const m = { l: 58, r: 10, t: 26, b: 40 };
  const title = t('fit.histTitle');
  const svg = frame('histogram', title, H);
  const list = Array.isArray(rows) ? rows : [];
  const max = Math.max(1, ...list.flatMap((r) => [finite(r.actual), finite(r.model)]));
  const tickValues = ticks(max, 4);
  const top = tickValues[tickValues.length - 1];
  const y = (v) => m.t + (H - m.t - m.b) * (1 - v / top);
  yAxis(svg, m, H, top, tickValues, y);
  const gw = (W - m.l - m.r) / Math.max(1, list.length);
  const bw = Math.min(22, gw * 0.36);
  list.forEach((r, i) => {
    const cx = m.l + gw * (i + 0.5);
    const label = String(r.repeat_purchases);
    const tip = t('fit.barTip', { x: label, actual: int(r.actual), model: num(r.model, 1) });
    for (const [series, value, dx] of [['actual', finite(r.actual), -bw - 1], ['model', finite(r.model), 1]]) {
      svg.append(s('rect', { class: 'bar', 'data-series': series, 'data-x': label, 'data-value': value, x: cx + dx, y: y(value), width: bw, height: Math.max(0, H - m.b - y(value)), fill: COLOURS[series] },
        s('title', { text: tip })));
    }
    svg.append(s('text', { class: 'tick', x: cx, y: H - m.b + 14, 'text-anchor': 'middle', text: label }));
  });
  svg.append(s('text', { class: 'axis-title', x: m.l + (W - m.l - m.r) / 2, y: H - 6, 'text-anchor': 'middle', text: t('fit.histX') }),
    s('text', { class: 'axis-title', x: 13, y: m.t + (H - m.t - m.b) / 2, 'text-anchor': 'middle', transform: `rotate(-90 13 ${m.t + (H - m.t - m.b) / 2})`, text: t('fit.histY') }),
    legend(W - m.r - 150, 13));
  return svg;
}

/**
 * Cumulative repeat purchases by week, actual and model, the hold-out shaded. `split`: the
 * cut-off in weeks since the first day of the data (null: no hold-out).
 */
export function cumulativeChart(weeks, split = null) {
  const H = 236;
  const m = { l: 58, r: 12, t: 26, b: 40 };
  const title = t('fit.cumTitle');
  const svg = frame('cumulative', title, H);
  const list = Array.isArray(weeks) ? weeks : [];
  const n = Math.max(1, list.length);
  const max = Math.max(1, ...list.flatMap((w) => [finite(w.actual), finite(w.model)]));
  const tickValues = ticks(max, 4);
  const top = tickValues[tickValues.length - 1];
  const x = (week) => m.l + (W - m.l - m.r) * (week / n);
  const y = (v) => m.t + (H - m.t - m.b) * (1 - v / top);
  const cut = Number.isFinite(split) && split > 0 && split < n ? split : null;
  if (cut !== null) {
    svg.append(s('rect', { class: 'holdout', x: x(cut), y: m.t, width: x(n) - x(cut), height: H - m.t - m.b }));
  }
  yAxis(svg, m, H, top, tickValues, y);
  for (const v of ticks(n, 6)) {
    if (v > n) continue;
    svg.append(s('text', { class: 'tick', x: x(v), y: H - m.b + 14, 'text-anchor': 'middle', text: int(v) }));
  }
  const path = (key) => `M${x(0).toFixed(1)} ${y(0).toFixed(1)}${list.map((w, i) => `L${x(i + 1).toFixed(1)} ${y(finite(w[key])).toFixed(1)}`).join('')}`;
  svg.append(s('path', { class: 'line', 'data-series': 'actual', d: path('actual'), stroke: COLOURS.actual }),
    s('path', { class: 'line', 'data-series': 'model', d: path('model'), stroke: COLOURS.model, 'stroke-dasharray': '5 3' }));
  if (cut !== null) {
    const cx = x(cut);
    svg.append(s('line', { class: 'cutoff', 'data-week': Number(cut.toFixed(2)), x1: cx, x2: cx, y1: m.t - 4, y2: H - m.b }));
    // The labels go where there is room for them.
    if (cx - m.l > 80) svg.append(s('text', { class: 'split', x: cx - 5, y: m.t + 10, 'text-anchor': 'end', text: `← ${t('fit.calibration')}` }));
    if (W - m.r - cx > 70) svg.append(s('text', { class: 'split', x: cx + 5, y: m.t + 10, 'text-anchor': 'start', text: `${t('fit.holdout')} →` }));
  }
  svg.append(s('text', { class: 'axis-title', x: m.l + (W - m.l - m.r) / 2, y: H - 6, 'text-anchor': 'middle', text: t('fit.cumX') }),
    s('text', { class: 'axis-title', x: 13, y: m.t + (H - m.t - m.b) / 2, 'text-anchor': 'middle', transform: `rotate(-90 13 ${m.t + (H - m.t - m.b) / 2})`, text: t('fit.cumY') }),
    legend(m.l + 4, 13));
  return svg;
}
