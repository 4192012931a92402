// The per-campaign review (活动复盘): one row per campaign with what it reached, what its
// offer cost directly and what it added — the true increment, cost, profit and ROI
// (against the same members and draws without the campaign) beside the lift a hold-out test
// would measure with its 95% interval, the gap between them and the core's sentence on what
// the hold-out can tell — and, on request, the campaign month by month. Shown only when the
// run has campaigns. Every figure and sentence comes from the run; nothing is computed here
// but the gap shown beside the two figures it compares.

import { h, clear, icon } from './dom.js';
import { t, bilingualName } from './i18n.js';
import { count, int, money, pct } from './format.js';

const num = (x) => (typeof x === 'number' && Number.isFinite(x) ? x : null);

/** Campaigns whose months are shown (by name, so a re-run or a language switch keeps them). */
const expanded = new Set();

function th(key, { sub = null, cls = null } = {}) {
  return h('th', { class: cls }, t(key), sub ? h('span', { class: 'th-sub', text: t(sub) }) : null);
}

function cell(text, { cls = null, sub = null, subCls = null } = {}) {
  return h('td', { class: cls }, text, sub ? h('span', { class: `sub${subCls ? ` ${subCls}` : ''}`, text: sub }) : null);
}

const signClass = (x) => (x === null || x === 0 ? null : x > 0 ? 'positive' : 'negative');

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
      h('td', { text: money(m.direct_cost) }),
      h('td', { class: signClass(num(m.incremental_purchases)), text: int(m.incremental_purchases) }),
      h('td', { class: signClass(inc), text: money(inc) }));
  }));
  return h('div', { class: 'camp-months-scroll' }, h('table', { class: 'data camp-month-table' },
    h('thead', {}, h('tr', {}, head.map((k) => h('th', { text: t(k) })))), body));
}

/**
 * Fills `root` with the review of `results.campaigns`; `notes` are the core's sentences on
 * each campaign's hold-out test, in the page's language (null when the run was worded in
 * the other language: they come back with the re-run).
 */
export function renderCampaigns(root, results, notes = null) {
  clear(root);
  const list = Array.isArray(results?.campaigns) ? results.campaigns : [];
  root.classList.toggle('hidden', !list.length);
  if (!list.length) return;
  const labels = Array.isArray(results?.months) ? results.months.map((m) => m?.label) : [];
  const span = 10;
  const head = h('thead', {},
    h('tr', {},
      h('th', { colspan: '4' }),
      h('th', { class: 'group true-col', colspan: '4', text: t('camp.trueGroup') }),
      h('th', { class: 'group measured-col', colspan: '2', text: t('camp.measuredGroup') })),
    h('tr', {},
      th('camp.name', { cls: 'name-th' }),
      th('camp.contacted'),
      th('camp.used'),
      th('camp.cost', { sub: 'camp.subDirect' }),
      th('camp.incremental', { sub: 'camp.subTrue', cls: 'true-col' }),
      th('camp.incrementalCost', { sub: 'camp.subIncrementalCost', cls: 'true-col' }),
      th('camp.profit', { sub: 'camp.subProfit', cls: 'true-col' }),
      th('camp.roi', { sub: 'camp.subRoi', cls: 'true-col' }),
      th('camp.measured', { sub: 'camp.subMeasured', cls: 'measured-col' }),
      th('camp.gap', { sub: 'camp.subGap', cls: 'measured-col' })));
  const body = h('tbody');
  list.forEach((c, i) => {
    const name = String(c.name ?? '');
    const contacted = num(c.contacted);
    const used = num(c.offers_used);
    const direct = num(c.direct_cost);
    const truth = num(c.incremental_sales);
    const cost = num(c.incremental_cost);
    const owed = num(c.incremental_liability);
    const profit = num(c.incremental_profit);
    const test = c.holdout_test && typeof c.holdout_test === 'object' ? c.holdout_test : null;
    const measured = num(test?.measured_incremental_sales);
    const low = num(test?.interval_low);
    const high = num(test?.interval_high);
    const gap = measured === null || truth === null ? null : measured - truth;
    const roi = num(c.roi);
    const note = Array.isArray(notes) && typeof notes[i] === 'string' ? notes[i] : null;
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
        cell(money(direct), { cls: 'cost' }),
        cell(money(truth), {
          cls: `true-col strong incremental ${signClass(truth) ?? ''}`.trim(),
          sub: num(c.incremental_purchases) === null ? null : t('camp.purchasesSub', { n: count(num(c.incremental_purchases)) }),
        }),
        cell(money(cost), { cls: 'true-col incremental-cost', sub: owed ? t('camp.owed', { owed: money(owed) }) : null }),
        cell(money(profit), { cls: `true-col profit ${signClass(profit) ?? ''}`.trim() }),
        cell(roi === null ? t('kpi.none') : pct(roi, 0), { cls: `true-col roi ${roi !== null && roi < 0 ? 'negative' : ''}`.trim() }),
        cell(measured === null ? t('kpi.none') : money(measured), {
          cls: 'measured-col measured',
          sub: low === null || high === null ? null : t('camp.interval', { low: money(low), high: money(high) }),
          subCls: 'interval',
        }),
        cell(gap === null ? t('kpi.none') : `${gap > 0 ? '+' : ''}${money(gap)}`, {
          cls: 'measured-col gap',
          sub: gap && truth ? t(gap < 0 ? 'camp.gapBelow' : 'camp.gapAbove', { share: pct(Math.abs(gap / truth), 0) }) : null,
        })),
      h('tr', { class: `camp-why${test && !test.can_tell ? ' cannot-tell' : ''}`, 'data-campaign': name }, h('td', { colspan: String(span), text: note ?? '' })),
      monthsRow);
  });
  root.append(
    h('div', { class: 'panel-head' }, h('h3', { class: 'panel-title', text: t('camp.title') })),
    h('p', { class: 'note', text: t('camp.note') }),
    h('div', { class: 'table-scroll' }, h('table', { class: 'data campaigns-table' }, head, body)),
    h('div', { class: 'camp-explain' },
      h('p', { text: t('camp.explain1') }),
      h('p', { text: t('camp.explain2') }),
      h('p', { class: 'dim', text: t('camp.roiNote') })));
}
