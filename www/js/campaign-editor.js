// The campaigns (活动) of the scenario editor, as cards: name; the audience as a small
// condition builder (a flat list of conditions, each optionally excluded, combined with
// "all" or "any"; deeper nesting is shown and left to the JSON panel); the hold-out share;
// the offer and its fields; the schedule; costs and limits; and the response, shown as the
// planner's own assumptions. Seed campaigns come from the WASM (`campaign_presets_json`).
// Functions over the Editor, which owns the scenario, the fields and the problems.
// The field and condition definitions are in campaign-fields.js, the one-line summaries in
// campaign-summary.js.

import { h, icon, $, $$ } from './dom.js';
import { t, tr, word, bilingualName } from './i18n.js';
import { FIELD_RESOLVERS } from './fields.js';
import { getAt, setAt, clone } from './paths.js';
import { listLimits } from './limits.js';
import {
  NAME, HOLDOUT, GIVES_GROWTH, OFFER, SCHEDULE, LIMITS, RESPONSE, STAGES, CONDITIONS, CONDITION, row, rangeFields,
  horizon, tierNames, segmentNames, monthLabel,
} from './campaign-fields.js';
import { describe, summarize } from './campaign-summary.js';

export { describe } from './campaign-summary.js';

/** Most campaigns a scenario holds, as the core says (limits.js). */
const MAX_CAMPAIGNS = listLimits('campaigns').max;

const TEXT = {
  empty: word('campaignEditor.text.empty'),
  count: word('campaignEditor.text.count'),
  seedMenu: word('campaignEditor.text.seedMenu'),
  seedTitle: word('campaignEditor.text.seedTitle'),
  newCampaign: word('campaignEditor.text.newCampaign'),
  duplicate: word('campaignEditor.text.duplicate'),
  copy: word('campaignEditor.text.copy'),
  who: word('campaignEditor.text.who'),
  what: word('campaignEditor.text.what'),
  when: word('campaignEditor.text.when'),
  limits: word('campaignEditor.text.limits'),
  assumptions: word('campaignEditor.text.assumptions'),
  assumptionsNote: word('campaignEditor.text.assumptionsNote'),
  assumptionTag: word('campaignEditor.text.assumptionTag'),
  everyone: word('campaignEditor.text.everyone'),
  matchAll: word('campaignEditor.text.matchAll'),
  matchAny: word('campaignEditor.text.matchAny'),
  matchLead: word('campaignEditor.text.matchLead'),
  matchTip: word('campaignEditor.text.matchTip'),
  addCondition: word('campaignEditor.text.addCondition'),
  exclude: word('campaignEditor.text.exclude'),
  excludeTip: word('campaignEditor.text.excludeTip'),
  removeCondition: word('campaignEditor.text.removeCondition'),
  conditionKind: word('campaignEditor.text.conditionKind'),
  nested: word('campaignEditor.text.nested'),
  openJson: word('campaignEditor.text.openJson'),
  noLimit: word('campaignEditor.text.noLimit'),
  from: word('campaignEditor.text.from'),
  to: word('campaignField.max.label'),
  noneTicked: word('campaignEditor.text.noneTicked'),
  missing: word('campaignEditor.text.missing'),
  growthOff: word('campaignEditor.text.growthOff'),
  scheduleNote: word('campaignEditor.text.scheduleNote'),
  scheduleAfter: word('campaignEditor.text.scheduleAfter'),
  memberDay: word('campaignEditor.text.memberDay'),
};

// ----------------------------------------------------------- the scenario

let scenarioRef = null;

/** Field definitions for campaign paths (fieldFor asks here first). */
const STATIC = new Map();
for (const f of [NAME, HOLDOUT, GIVES_GROWTH, ...SCHEDULE, ...LIMITS, ...RESPONSE]) STATIC.set(`campaigns.*.${f.path}`, f);
for (const v of OFFER.variants) for (const f of v.fields) STATIC.set(`campaigns.*.offer.${f.path}`, f);

function resolve(path) {
  if (!String(path).startsWith('campaigns.')) return null;
  const generic = path.replace(/\.\d+(?=\.|$)/g, '.*');
  if (STATIC.has(generic)) return STATIC.get(generic);
  const m = /^(campaigns\.\d+\.audience(?:\.of(?:\.\d+)?)*)\.(min|max|months|from_month|to_month)$/.exec(path);
  if (!m) return null;
  const cond = CONDITION.get(getAt(scenarioRef, m[1])?.kind);
  if (!cond) return null;
  const fields = rangeFields(cond);
  // joined_between's range problem is reported at `.max` (src/scenario/validate_campaigns.rs).
  const key = m[2];
  return fields.find((f) => f.path === key) || null;
}
FIELD_RESOLVERS.push(resolve);

// -------------------------------------------------------------------- seeds

let seeds = [];

/** The seeds' campaigns (JSON text from the WASM); fills any seed menu on the page. */
export function setCampaignPresets(text) {
  try {
    const list = JSON.parse(String(text ?? '[]'));
    seeds = Array.isArray(list) ? list.filter((c) => c && typeof c === 'object' && typeof c.name === 'string') : [];
  } catch {
    seeds = [];
  }
  for (const select of $$('select.seed-menu')) fillSeedMenu(select);
}

function fillSeedMenu(select) {
  while (select.options.length > 1) select.remove(1);
  seeds.forEach((c, i) => select.append(h('option', { value: String(i), text: bilingualName(c.name) })));
  select.disabled = !seeds.length || select.dataset.full === 'true';
}

function uniqueName(rows, base) {
  const taken = new Set(rows.map((r) => String(r?.name ?? '').trim()));
  if (!taken.has(base.trim())) return base;
  for (let i = 2; ; i++) {
    const name = `${base} (${i})`;
    if (!taken.has(name)) return name;
  }
}

// -------------------------------------------------------------------- cards

/** Cards the planner has open (by campaign object, so they stay open when moved). */
const open = new WeakSet();

const SPEC = {
  path: 'campaigns',
  max: MAX_CAMPAIGNS,
  min: 0,
  newRow: (rows) => {
    const s = scenarioRef;
    const name = uniqueName(rows, `${t('campaignEditor.campaign')} ${rows.length + 1}`);
    const c = {
      name,
      audience: { kind: 'everyone' },
      holdout_share: 0.1,
      offer: { kind: 'amount_off', min_spend: 100, amount: 10 },
      gives_growth: false,
      schedule: { start_month: 0, end_month: horizon(s) - 1, trigger: 'every_month', validity_days: 30 },
      limits: { contact_cost: 0.05, budget_per_month: 0, budget_total: 0, points_budget_per_month: 0, points_budget_total: 0, per_member_limit: 0 },
      response: { purchase_rate_uplift: 0.2, dropout_reduction: 0.05, usage_share: 0.5 },
    };
    open.add(c);
    return c;
  },
};

function addSeed(ed, index) {
  const seed = seeds[Number(index)];
  const rows = ed.rows(SPEC.path);
  if (!seed || rows.length >= MAX_CAMPAIGNS) return;
  const c = clone(seed);
  c.name = uniqueName(rows, c.name);
  open.add(c);
  setAt(ed.scenario, SPEC.path, [...rows, c]);
  ed.structural(SPEC.path);
  const card = $$('details.campaign', ed.root).find((x) => x.dataset.path === `${SPEC.path}.${rows.length}`);
  card?.scrollIntoView({ block: 'nearest' });
  card?.querySelector('summary')?.focus();
}

function duplicate(ed, i) {
  const rows = ed.rows(SPEC.path);
  if (rows.length >= MAX_CAMPAIGNS || !rows[i]) return;
  const c = clone(rows[i]);
  c.name = uniqueName(rows, `${String(rows[i].name ?? '')} (${tr(TEXT.copy)})`);
  open.add(c);
  const next = rows.slice();
  next.splice(i + 1, 0, c);
  setAt(ed.scenario, SPEC.path, next);
  ed.structural(SPEC.path);
  $$('[data-key]', ed.root).find((x) => x.dataset.key === `${SPEC.path}.${i + 1}.name`)?.focus();
}

const SVGNS = 'http://www.w3.org/2000/svg';
function copyIcon() {
  const svg = document.createElementNS(SVGNS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('class', 'icon icon-copy');
  svg.setAttribute('aria-hidden', 'true');
  for (const [x, y] of [[8, 8], [4, 4]]) {
    const r = document.createElementNS(SVGNS, 'rect');
    for (const [k, v] of Object.entries({ x, y, width: 12, height: 12, rx: 2 })) r.setAttribute(k, String(v));
    svg.append(r);
  }
  return svg;
}

/** The campaigns block of the editor. */
export function renderCampaignEditor(ed) {
  scenarioRef = ed.scenario;
  const rows = ed.rows(SPEC.path);
  const full = rows.length >= MAX_CAMPAIGNS;
  const menu = h('select', { class: 'seed-menu', id: 'seed-campaigns', 'aria-label': tr(TEXT.seedMenu), title: tr(TEXT.seedTitle), dataset: { full: String(full) } },
    h('option', { value: '', text: tr(TEXT.seedMenu) }));
  fillSeedMenu(menu);
  menu.addEventListener('change', () => { const v = menu.value; menu.value = ''; if (v !== '') addSeed(ed, v); });
  const add = h('button', { type: 'button', class: 'btn small add-row', 'data-add': SPEC.path, disabled: full || null, on: { click: () => ed.add(SPEC) } },
    icon('add'), tr(TEXT.newCampaign));
  const list = h('div', { class: 'campaign-list' });
  rows.forEach((c, i) => list.append(renderCard(ed, c, i, rows.length)));
  return h('div', { class: 'table-block campaigns-block', 'data-path': SPEC.path },
    h('div', { class: 'table-head' },
      h('h4', { class: 'count', text: tr(TEXT.count).replace('{n}', String(rows.length)).replace('{max}', String(MAX_CAMPAIGNS)) }),
      h('div', { class: 'campaign-adders' }, menu, add)),
    rows.length ? list : h('p', { class: 'empty', text: tr(TEXT.empty) }));
}

function renderCard(ed, c, i, count) {
  const base = `${SPEC.path}.${i}`;
  const camp = c && typeof c === 'object' ? c : {};
  const copyBtn = h('button', {
    type: 'button', class: 'icon-btn duplicate', title: tr(TEXT.duplicate), 'aria-label': `${tr(TEXT.duplicate)} (${i + 1})`,
    disabled: count >= MAX_CAMPAIGNS || null, on: { click: () => duplicate(ed, i) },
  }, copyIcon());
  const actions = ed.listActions(SPEC.path, i, count, SPEC, copyBtn);
  // Buttons inside <summary> must not open or close the card.
  actions.addEventListener('click', (e) => e.preventDefault());
  const summaryLine = h('span', { class: 'campaign-summary', text: summarize(ed.scenario, camp) });
  const head = h('summary', {},
    h('span', { class: 'idx', text: String(i + 1) }),
    h('span', { class: 'campaign-head' },
      h('span', { class: 'campaign-name', text: bilingualName(camp.name) || '—' }),
      summaryLine),
    actions);
  const body = h('div', { class: 'campaign-body' },
    h('div', { class: 'field-grid' }, ed.renderField(NAME, `${base}.name`, { compact: true })),
    block(TEXT.who, 'who', renderAudience(ed, camp, base), h('div', { class: 'field-grid' }, ed.renderField(HOLDOUT, `${base}.holdout_share`, { compact: true }))),
    block(TEXT.what, 'what',
      h('div', { class: 'field-grid offer-grid' }, ed.renderUnion(OFFER, `${base}.offer`)),
      h('div', { class: 'field-grid' }, ed.renderField(GIVES_GROWTH, `${base}.gives_growth`, { compact: true })),
      ed.scenario?.growth?.campaign_rewards_give_growth ? null : h('p', { class: 'note growth-off', text: tr(TEXT.growthOff) })),
    block(TEXT.when, 'when',
      h('div', { class: 'field-grid' }, SCHEDULE.map((f) => ed.renderField(f, `${base}.${f.path}`, { compact: true }))),
      h('p', { class: 'note schedule-note', 'data-schedule': base, text: scheduleNote(ed.scenario, camp) }),
      h('div', { class: 'msg', 'data-for': `${base}.schedule`, role: 'status' })),
    block(TEXT.limits, 'limits',
      h('div', { class: 'field-grid' }, LIMITS.map((f) => ed.renderField(f, `${base}.${f.path}`, { compact: true }))),
      h('div', { class: 'msg', 'data-for': `${base}.limits`, role: 'status' })),
    block(TEXT.assumptions, 'assumptions',
      h('p', { class: 'note', text: tr(TEXT.assumptionsNote) }),
      h('div', { class: 'field-grid single' }, RESPONSE.map((f) => ed.renderField(f, `${base}.${f.path}`, { compact: true }))),
      h('div', { class: 'msg', 'data-for': `${base}.response`, role: 'status' })),
    h('div', { class: 'msg', 'data-for': base, role: 'status' }));
  for (const f of RESPONSE) $(`[data-key="${base}.${f.path}"]`, body)?.closest('.field')?.querySelector('.label-row')?.append(h('span', { class: 'tag assumption', text: tr(TEXT.assumptionTag) }));
  const card = h('details', { class: 'campaign card', 'data-path': base, open: open.has(c) || null }, head, body);
  card.addEventListener('toggle', () => { if (card.open) open.add(c); else open.delete(c); });
  // The summary line and the schedule note follow the fields as they are typed.
  body.addEventListener('input', () => refresh(ed, card, camp, base));
  body.addEventListener('change', () => refresh(ed, card, camp, base));
  return card;
}

function refresh(ed, card, camp, base) {
  const current = getAt(ed.scenario, base) || camp;
  const line = $('.campaign-summary', card);
  if (line) line.textContent = summarize(ed.scenario, current);
  const name = $('.campaign-name', card);
  if (name) name.textContent = bilingualName(current.name) || '—';
  const note = $('.schedule-note', card);
  if (note) note.textContent = scheduleNote(ed.scenario, current);
}

function block(title, id, ...children) {
  return h('fieldset', { class: `cblock cblock-${id}` }, h('legend', { text: tr(title) }), children);
}

function scheduleNote(s, c) {
  const sc = c.schedule || {};
  const last = horizon(s) - 1;
  const start = Number(sc.start_month);
  const end = Number(sc.end_month);
  if (!Number.isFinite(start) || !Number.isFinite(end)) return '';
  const text = tr(TEXT.scheduleNote).replace('{first}', monthLabel(s, 0)).replace('{from}', monthLabel(s, start))
    .replace('{to}', monthLabel(s, end)).replace('{last}', monthLabel(s, last));
  const extra = [];
  if (start > last) extra.push(tr(TEXT.scheduleAfter).replace('{last}', monthLabel(s, last)));
  if (sc.trigger === 'member_day') extra.push(tr(TEXT.memberDay));
  return [text, ...extra].join(' ');
}

// ----------------------------------------------------------------- audience

/** The audience as a flat list: { mode, rows, single } or null when it nests deeper. */
function flatten(aud) {
  if (!aud || aud.kind === 'everyone') return { mode: 'all', rows: [], single: false };
  if (row(aud)) return { mode: 'all', rows: [aud], single: true };
  if ((aud.kind === 'all' || aud.kind === 'any') && Array.isArray(aud.of) && aud.of.every(row)) {
    return { mode: aud.kind, rows: aud.of, single: false };
  }
  return null;
}

function setAudience(ed, base, mode, rows) {
  const audience = rows.length === 0 ? { kind: 'everyone' } : rows.length === 1 ? rows[0] : { kind: mode, of: rows };
  setAt(ed.scenario, `${base}.audience`, audience);
  ed.dropLocal(`${base}.audience`);
  ed.render();
  ed.changed('structure');
}

function renderAudience(ed, c, base) {
  const path = `${base}.audience`;
  const aud = c.audience;
  const flat = flatten(aud);
  const box = h('div', { class: 'audience', 'data-path': path });
  const labelRow = h('div', { class: 'label-row' }, h('span', { class: 'audience-title', text: t('campaignEditor.audience') }),
    tipIcon(t('campaignEditor.whoIsEligibleJudged'), t('campaignEditor.audience')));
  box.append(labelRow);
  if (!flat) {
    box.append(h('p', { class: 'audience-nested', text: describe(ed.scenario, aud) }),
      h('p', { class: 'note', text: tr(TEXT.nested) }),
      h('button', { type: 'button', class: 'btn small', on: { click: () => openJson(ed) } }, tr(TEXT.openJson)),
      h('div', { class: 'msg', 'data-for': path, role: 'status' }));
    return box;
  }
  if (flat.rows.length >= 2) {
    const sel = h('select', { 'data-key': `${path}.kind`, 'aria-label': tr(TEXT.matchTip) },
      h('option', { value: 'all', text: tr(TEXT.matchAll) }), h('option', { value: 'any', text: tr(TEXT.matchAny) }));
    sel.value = flat.mode;
    sel.addEventListener('change', () => setAudience(ed, base, sel.value, flat.rows));
    box.append(h('div', { class: 'match' }, h('span', { text: tr(TEXT.matchLead) }), sel, tipIcon(tr(TEXT.matchTip), tr(TEXT.matchLead))));
  }
  if (!flat.rows.length) box.append(h('p', { class: 'audience-everyone', text: tr(TEXT.everyone) }));
  const list = h('div', { class: 'conditions' });
  flat.rows.forEach((cond, j) => {
    const condPath = flat.single ? path : `${path}.of.${j}`;
    list.append(renderCondition(ed, base, flat, cond, j, condPath));
  });
  box.append(list,
    h('button', { type: 'button', class: 'btn small add-condition', 'data-add': `${path}`, on: { click: () => {
      const next = [...flat.rows, CONDITION.get('days_since_last_purchase').def(ed.scenario)];
      setAudience(ed, base, flat.mode, next);
    } } }, icon('add'), tr(TEXT.addCondition)),
    h('div', { class: 'msg', 'data-for': path, role: 'status' }));
  return box;
}

function tipIcon(text, label) {
  return h('span', { class: 'tip', tabindex: '0', role: 'img', 'data-tip': text, 'aria-label': `${label}: ${text}` }, icon('info'));
}

function renderCondition(ed, base, flat, cond, j, condPath) {
  const negated = cond.kind === 'not';
  const inner = negated ? cond.of : cond;
  const innerPath = negated ? `${condPath}.of` : condPath;
  const def = CONDITION.get(inner.kind);
  const kindSel = h('select', { 'data-key': `${innerPath}.kind`, 'aria-label': `${tr(TEXT.conditionKind)} ${j + 1}` },
    CONDITIONS.map((k) => h('option', { value: k.value, text: tr(k.label) })));
  kindSel.value = inner.kind;
  kindSel.addEventListener('change', () => {
    const fresh = CONDITION.get(kindSel.value)?.def(ed.scenario);
    if (!fresh) return;
    const rows = flat.rows.slice();
    rows[j] = negated ? { kind: 'not', of: fresh } : fresh;
    setAudience(ed, base, flat.mode, rows);
  });
  const excludeBox = h('input', { type: 'checkbox', checked: negated, 'data-key': `${condPath}.not` });
  excludeBox.addEventListener('change', () => {
    const rows = flat.rows.slice();
    rows[j] = excludeBox.checked ? { kind: 'not', of: clone(inner) } : clone(inner);
    setAudience(ed, base, flat.mode, rows);
  });
  const remove = h('button', {
    type: 'button', class: 'icon-btn remove', title: tr(TEXT.removeCondition), 'aria-label': `${tr(TEXT.removeCondition)} (${j + 1})`,
    on: { click: () => setAudience(ed, base, flat.mode, flat.rows.filter((_, k) => k !== j)) },
  }, icon('remove'));
  const head = h('div', { class: 'condition-head' },
    kindSel,
    h('label', { class: 'check exclude', title: tr(TEXT.excludeTip) }, excludeBox, tr(TEXT.exclude)),
    remove);
  const bodyEl = h('div', { class: 'condition-body' });
  if (def?.list) bodyEl.append(renderChoices(ed, inner, innerPath, def));
  const fields = def ? rangeFields(def) : [];
  if (fields.length) {
    const grid = h('div', { class: 'field-grid range' });
    for (const f of fields) {
      const fieldPath = `${innerPath}.${f.path}`;
      const el = ed.renderField(f, fieldPath, { compact: true });
      if (f.limit) noLimitInput(ed, el, f, fieldPath);
      grid.append(el);
    }
    bodyEl.append(grid);
  }
  return h('div', { class: `condition${negated ? ' negated' : ''}`, 'data-path': condPath },
    head, bodyEl,
    h('div', { class: 'msg', 'data-for': innerPath, role: 'status' }),
    negated ? h('div', { class: 'msg', 'data-for': condPath, role: 'status' }) : null);
}

/** An upper end that reads empty for "no limit" and writes the type's largest value. */
function noLimitInput(ed, el, f, path) {
  const input = $(`[data-key="${path}"]`, el);
  if (!input) return;
  const value = getAt(ed.scenario, path);
  input.placeholder = tr(TEXT.noLimit);
  if (!ed.local.has(path) && typeof value === 'number' && value >= f.limit) input.value = '';
  el.addEventListener('input', (e) => {
    if (e.target !== input || input.value.trim() !== '') return;
    e.stopPropagation(); // the editor would call an empty box a problem
    setAt(ed.scenario, path, f.limit);
    ed.local.delete(path);
    ed.raw.delete(path);
    ed.afterEdit(path, input);
    ed.changed('value');
  }, true);
}

function renderChoices(ed, cond, path, def) {
  const key = def.list;
  const listPath = `${path}.${key}`;
  const chosen = Array.isArray(cond[key]) ? cond[key] : [];
  let options;
  if (key === 'stages') options = STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) }));
  else if (key === 'tiers') options = tierNames(ed.scenario).map((n, i) => ({ value: i, label: bilingualName(n) || String(i) }));
  else options = segmentNames(ed.scenario).map((n) => ({ value: n, label: bilingualName(n) || n }));
  // Values the scenario no longer has stay visible so they can be unticked.
  for (const v of chosen) if (!options.some((o) => o.value === v)) options.push({ value: v, label: `${String(v)} ${tr(TEXT.missing)}`, missing: true });
  const order = new Map(options.map((o, k) => [o.value, k]));
  const wrap = h('div', { class: 'choices', role: 'group', 'aria-label': tr(def.label), 'data-path': listPath });
  for (const o of options) {
    const box = h('input', { type: 'checkbox', checked: chosen.includes(o.value), 'data-key': `${listPath}.${String(o.value)}` });
    box.addEventListener('change', () => {
      const current = getAt(ed.scenario, listPath);
      const set = new Set(Array.isArray(current) ? current : []);
      if (box.checked) set.add(o.value); else set.delete(o.value);
      const next = [...set].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
      setAt(ed.scenario, listPath, next);
      empty.classList.toggle('hidden', next.length > 0);
      ed.afterEdit(listPath, box);
      ed.changed('value');
    });
    wrap.append(h('label', { class: `chip${o.missing ? ' missing' : ''}` }, box, h('span', { text: o.label })));
  }
  const empty = h('p', { class: `note warn${chosen.length ? ' hidden' : ''}`, text: tr(TEXT.noneTicked) });
  return h('div', {}, wrap, empty, h('div', { class: 'msg', 'data-for': listPath, role: 'status' }));
}

function openJson(ed) {
  const details = $$('details.section', ed.root).find((d) => d.dataset.section === 'json');
  if (!details) return;
  details.open = true;
  details.scrollIntoView({ block: 'start' });
  $('#json-text', ed.root)?.focus();
}
