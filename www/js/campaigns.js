// The per-campaign review (活动复盘): one row per campaign with what it reached, what it
// cost and what it added — the true increment (against the same members and draws without
// the campaign) beside the one a hold-out test would measure, the gap between them and a
// line on why — and, on request, the campaign month by month. Shown only when the run has
// campaigns.

import { h, clear, icon } from './dom.js';
import { t, bilingualName } from './i18n.js';
import { count, int, money, pct } from './format.js';

const num = (x) => (typeof x === 'number' && Number.isFinite(x) ? x : null);

/** Campaigns whose months are shown (by name, so a re-run or a language switch keeps them). */
const expanded = new Set();

/** Below this many control-group members the hold-out estimate is called noisy. */
const SMALL_CONTROL = 500;

function th(key, { sub = null, cls = null } = {}) {
  return h('th', { class: cls }, t(key), sub ? h('span', { class: 'th-sub', text: t(sub) }) : null);
}

function cell(text, { cls = null, sub = null, subCls = null } = {}) {
  return h('td', { class: cls }, text, sub ? h('span', { class: `sub${subCls ? ` ${subCls}` : ''}`, text: sub }) : null);
}

const signClass = (x) => (x === null || x === 0 ? null : x > 0 ? 'positive' : 'negative');

/** Members ever eligible by the end, treated and held out. */
function groups(c) {
  const months = Array.isArray(c.months) ? c.months : [];
  let treated = 0;
  let holdout = 0;
  for (const m of months) {
    treated = Math.max(treated, num(m?.treated_members) ?? 0);
    holdout = Math.max(holdout, num(m?.holdout_members) ?? 0);
  }
  return { treated, holdout };
}

/** One line on how far the hold-out measurement is from the truth, and why. */
function why(c) {
  const measured = num(c.measured_incremental_sales);
  const truth = num(c.incremental_sales) ?? 0;
  if (measured === null) return t('camp.whyNone');
  const { treated, holdout } = groups(c);
  const gap = measured - truth;
  const params = { holdout: int(holdout), treated: int(treated) };
  let text = Math.abs(gap) < 0.005
    ? t('camp.whyExact', params)
    : t('camp.whyGap', { ...params, direction: t(gap > 0 ? 'camp.over' : 'camp.under'), gap: money(Math.abs(gap)) });
  if (holdout < SMALL_CONTROL) text += t('camp.whySmall');
  return text;
}

function monthTable(c, labels) {
  const months = Array.isArray(c.months) ? c.months : [];
  const head = ['camp.mMonth', 'camp.mEligible', 'camp.mHeld', 'camp.mCapped', 'camp.mContacted', 'camp.mUsed', 'camp.mCost', 'camp.mPurchases', 'camp.mSales'];
  const body = h('tbody', {}, months.map((m) => {
    const quiet = !num(m.eligible) && !num(m.contacted) && !num(m.offers_used) && !num(m.incremental_purchases);
    const inc = num(m.incremental_sales);
    return h('tr', { class: quiet ? 'quiet' : null },
      h('td', { class: 'text', text: labels[m.month] ?? String(m.month) }),
      h('td', { text: int(m.eligible) }),
      h('td', { text: int(m.held_out) }),
      h('td', { text: int(m.capped) }),
      h('td', { text: int(m.contacted) }),
      h('td', { text: int(m.offers_used) }),
      h('td', { text: money(m.cost) }),
      h('td', { class: signClass(num(m.incremental_purchases)), text: int(m.incremental_purchases) }),
      h('td', { class: signClass(inc), text: money(inc) }));
  }));
  return h('div', { class: 'camp-months-scroll' }, h('table', { class: 'data camp-month-table' },
    h('thead', {}, h('tr', {}, head.map((k) => h('th', { text: t(k) })))), body));
}

export function renderCampaigns(root, results) {
  clear(root);
  const list = Array.isArray(results?.campaigns) ? results.campaigns : [];
  root.classList.toggle('hidden', !list.length);
  if (!list.length) return;
  const labels = Array.isArray(results?.months) ? results.months.map((m) => m?.label) : [];
  const span = 9;
  const head = h('thead', {},
    h('tr', {},
      h('th', { colspan: '4' }),
      h('th', { class: 'group true-col', colspan: '3', text: t('camp.trueGroup') }),
      h('th', { class: 'group measured-col', colspan: '2', text: t('camp.measuredGroup') })),
    h('tr', {},
      th('camp.name', { cls: 'name-th' }),
      th('camp.contacted'),
      th('camp.used'),
      th('camp.cost'),
      th('camp.incremental', { sub: 'camp.subTrue', cls: 'true-col' }),
      th('camp.purchases', { cls: 'true-col' }),
      th('camp.roi', { cls: 'true-col' }),
      th('camp.measured', { sub: 'camp.subMeasured', cls: 'measured-col' }),
      th('camp.gap', { sub: 'camp.subGap', cls: 'measured-col' })));
  const body = h('tbody');
  for (const c of list) {
    const name = String(c.name ?? '');
    const contacted = num(c.contacted);
    const used = num(c.offers_used);
    const cost = num(c.cost) ?? 0;
    const pointsCost = num(c.points_cost) ?? 0;
    const truth = num(c.incremental_sales);
    const measured = num(c.measured_incremental_sales);
    const gap = measured === null || truth === null ? null : measured - truth;
    const roi = num(c.roi);
    const open = expanded.has(name);
    const toggle = h('button', {
      type: 'button', class: 'icon-btn toggle', title: t('camp.showMonths'), 'aria-label': `${t('camp.showMonths')}: ${bilingualName(name)}`,
      'aria-expanded': String(open),
    }, icon('down'));
    const monthsRow = h('tr', { class: `camp-months${open ? '' : ' hidden'}` }, h('td', { colspan: String(span) }, open ? monthTable(c, labels) : null));
    toggle.addEventListener('click', () => {
      const now = !expanded.has(name);
      if (now) expanded.add(name); else expanded.delete(name);
      toggle.setAttribute('aria-expanded', String(now));
      monthsRow.classList.toggle('hidden', !now);
      if (now && !monthsRow.firstChild.firstChild) monthsRow.firstChild.append(monthTable(c, labels));
    });
    body.append(
      h('tr', { class: 'camp-row', 'data-campaign': name },
        h('td', { class: 'text name-cell' }, toggle, bilingualName(name)),
        cell(count(contacted), { cls: 'contacted' }),
        cell(count(used), { cls: 'used', sub: contacted ? t('camp.useRate', { rate: pct(used / contacted, 0) }) : null }),
        cell(money(cost), { cls: 'cost', sub: pointsCost > 0 ? t('camp.pointsCost', { cost: money(pointsCost) }) : null }),
        cell(money(truth), { cls: `true-col strong incremental ${signClass(truth) ?? ''}`.trim() }),
        cell(count(num(c.incremental_purchases)), { cls: `true-col purchases ${signClass(num(c.incremental_purchases)) ?? ''}`.trim() }),
        cell(roi === null ? t('kpi.none') : pct(roi, 0), { cls: `true-col roi ${roi !== null && roi < 0 ? 'negative' : ''}`.trim() }),
        cell(measured === null ? t('kpi.none') : money(measured), { cls: 'measured-col measured' }),
        cell(gap === null ? t('kpi.none') : `${gap > 0 ? '+' : ''}${money(gap)}`, {
          cls: 'measured-col gap',
          sub: gap && truth ? t(gap < 0 ? 'camp.gapBelow' : 'camp.gapAbove', { share: pct(Math.abs(gap / truth), 0) }) : null,
        })),
      h('tr', { class: 'camp-why', 'data-campaign': name }, h('td', { colspan: String(span), text: why(c) })),
      monthsRow);
  }
  root.append(
    h('div', { class: 'panel-head' }, h('h3', { class: 'panel-title', text: t('camp.title') })),
    h('p', { class: 'note', text: t('camp.note') }),
    h('div', { class: 'table-scroll' }, h('table', { class: 'data campaigns-table' }, head, body)),
    h('div', { class: 'camp-explain' },
      h('p', { text: t('camp.explain1') }),
      h('p', { text: t('camp.explain2') }),
      h('p', { class: 'dim', text: t('camp.roiNote') })));
}
