// The per-campaign review (活动复盘): one row per campaign with what it reached, what it
// cost and what it added — the true increment (against the same members and draws without
// the campaign) beside the one a hold-out test would measure. Shown only when the run
// has campaigns.

import { h, clear } from './dom.js';
import { t, bilingualName } from './i18n.js';
import { count, money, pct } from './format.js';

const num = (x) => (typeof x === 'number' && Number.isFinite(x) ? x : null);

export function renderCampaigns(root, results) {
  clear(root);
  const list = Array.isArray(results?.campaigns) ? results.campaigns : [];
  root.classList.toggle('hidden', !list.length);
  if (!list.length) return;
  const head = ['camp.name', 'camp.contacted', 'camp.used', 'camp.cost', 'camp.incremental', 'camp.measured', 'camp.roi'];
  const body = h('tbody', {}, list.map((c) => {
    const cost = (num(c.cost) ?? 0) + (num(c.points_cost) ?? 0);
    const roi = num(c.roi);
    return h('tr', { 'data-campaign': String(c.name ?? '') },
      h('td', { class: 'text', text: bilingualName(c.name) }),
      h('td', { text: count(c.contacted) }),
      h('td', { text: `${count(c.offers_used)}${num(c.contacted) ? ` (${pct(c.offers_used / c.contacted, 0)})` : ''}` }),
      h('td', { text: money(cost) }),
      h('td', { text: money(c.incremental_sales) }),
      h('td', { text: c.measured_incremental_sales === null || c.measured_incremental_sales === undefined ? t('kpi.none') : money(c.measured_incremental_sales) }),
      h('td', { class: roi !== null && roi < 0 ? 'negative' : null, text: roi === null ? t('kpi.none') : pct(roi, 0) }));
  }));
  root.append(
    h('h3', { class: 'panel-title', text: t('camp.title') }),
    h('p', { class: 'note', text: t('camp.note') }),
    h('div', { class: 'table-scroll' }, h('table', { class: 'data campaigns-table' },
      h('thead', {}, h('tr', {}, head.map((k) => h('th', { text: t(k) })))), body)));
}
