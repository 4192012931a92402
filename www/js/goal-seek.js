// Goal-seek cards of the Sweep & goal-seek view. Tier thresholds: the thresholds that put a
// target share of members in each tier at a chosen month (50 / 30 / 15 / 5% for four
// tiers). Liability ceiling: the highest earn rate, or cost per point, that keeps the
// points liability at the end under a ceiling. Each shows what it found beside what the
// scenario has, and Apply writes it into the open scenario as one undoable edit.
// Not for: the search itself (the WASM's seek_tier_thresholds and seek_liability).

import { h, clear } from './dom.js';
import { t, lang, bilingualName } from './i18n.js';
import { int, money, num, pct, plain } from './format.js';
import { clone } from './paths.js';
import { studyCard, numberInput, selectInput, readAll, setStatus, runButtons, downloadButton, downloadCsvText, sayStatus, sayAgain } from './study-card.js';

/** Target shares (%) a planner starts from, by number of tiers: a pyramid, the top tier smallest. */
const DEFAULT_SHARES = { 1: [100], 2: [80, 20], 3: [60, 30, 10], 4: [50, 30, 15, 5], 5: [40, 30, 15, 10, 5] };

/** Shares that add up to 100, halving up the ladder, for any number of tiers. */
function defaultShares(n) {
  if (DEFAULT_SHARES[n]) return DEFAULT_SHARES[n];
  const raw = Array.from({ length: n }, (_, k) => 2 ** (n - k));
  const total = raw.reduce((a, b) => a + b, 0);
  const shares = raw.map((x) => Math.round((x / total) * 100));
  shares[0] += 100 - shares.reduce((a, b) => a + b, 0);
  return shares;
}

const levelsOf = (scenario) => (Array.isArray(scenario?.tiers?.levels) ? scenario.tiers.levels : []);

/** What both cards share: the result drawn under the card (nothing before the first run). */
class SeekCard {
  show(body) {
    clear(body);
    const seek = this.state.result?.seek;
    if (seek) this.draw(body, seek);
  }
}

export class ThresholdSeek extends SeekCard {
  /** @param context { current(), apply(scenario, message), call(card, type, args), cancel() } */
  constructor(context) {
    super();
    this.context = context;
    this.state = { month: '', shares: [], result: null, tiers: 0 };
  }

  element() {
    const scenario = this.context.current();
    const levels = levelsOf(scenario);
    const state = this.state;
    if (state.tiers !== levels.length) {
      state.tiers = levels.length;
      state.shares = defaultShares(levels.length).map(String);
      state.result = null;
      state.status = null;
    }
    const months = Math.max(1, Number(scenario?.horizon?.months) || 1);
    if (!state.month || Number(state.month) > months) state.month = String(months);
    const c = studyCard('seek-thresholds', t('seek.title'), t('seek.note'));
    const month = numberInput({ name: 'seek-month', label: t('seek.month'), tip: t('seek.monthTip'), value: state.month, min: 1, max: months, whole: true });
    month.input.addEventListener('input', () => { state.month = month.input.value; });
    const shares = levels.map((level, k) => {
      const input = numberInput({ name: `seek-share-${k}`, label: bilingualName(level?.name) || t('study.tierN', { n: k }), value: state.shares[k], unit: '%', min: 0, max: 100 });
      input.input.addEventListener('input', () => { state.shares[k] = input.input.value; });
      return input;
    });
    const sum = h('p', { class: 'note share-sum' });
    const showSum = () => {
      const total = state.shares.reduce((a, b) => a + (Number(b) || 0), 0);
      sum.textContent = t('seek.sum', { total: plain(total) });
      sum.classList.toggle('bad', Math.abs(total - 100) > 0.5);
    };
    shares.forEach((s) => s.input.addEventListener('input', showSum));
    showSum();
    const apply = h('button', { type: 'button', class: 'btn small', 'data-action': 'apply', disabled: !state.result, title: t('seek.applyTitle'), on: { click: () => this.apply() } }, h('span', { text: t('study.apply') }));
    const csv = downloadButton(t('study.csv'), t('study.csvTitle'), () => downloadCsvText(state.result?.csv, 'tierlab-thresholds'), 'seek-csv');
    csv.disabled = !state.result;
    const buttons = runButtons(t('seek.run'), async () => {
      const m = month.read();
      const v = readAll(Object.fromEntries(shares.map((s, k) => [k, s])));
      if (m.error || !v) return;
      const list = shares.map((_, k) => v[k] / 100);
      if (Math.abs(list.reduce((a, b) => a + b, 0) - 1) > 0.005) { setStatus(c.status, t('seek.sumBad'), 'error'); return; }
      setStatus(c.status, t('seek.running'));
      const outcome = await this.context.call(c, 'seek_tier_thresholds', [JSON.stringify(this.context.current()), m.value - 1, JSON.stringify(list), lang()]);
      if (!outcome) return;
      state.result = outcome.value;
      const seek = outcome.value?.seek;
      sayStatus(c, state, () => (seek?.on_target ? t('seek.onTarget', { runs: seek.runs }) : t('seek.missed', { runs: seek?.runs ?? 0 })), seek?.on_target ? 'ok' : 'warn');
      apply.disabled = false;
      csv.disabled = false;
      this.show(c.body);
    }, () => this.context.cancel());
    c.controls.append(month.el, h('div', { class: 'share-inputs' }, shares.map((s) => s.el)), sum);
    c.actions.append(buttons.run, buttons.cancel, apply, csv);
    sayAgain(c, state);
    this.show(c.body);
    return c.el;
  }

  draw(body, seek) {
    const levels = levelsOf(this.context.current());
    body.append(h('table', { class: 'data seek-table' },
      h('thead', {}, h('tr', {}, [t('seek.tier'), t('seek.target'), t('seek.achieved'), t('seek.now'), t('seek.proposed')].map((x, i) => h('th', { class: i ? '' : 'text', text: x })))),
      h('tbody', {}, (seek.thresholds || []).map((threshold, k) => h('tr', {},
        h('td', { class: 'text', text: bilingualName(levels[k]?.name) }),
        h('td', { text: pct(seek.target_shares?.[k], 1) }),
        h('td', { class: seek.tiers_on_target?.[k] ? 'good' : 'warn', text: pct(seek.achieved_shares?.[k], 1) }),
        h('td', { text: int(levels[k]?.threshold) }),
        h('td', { class: 'proposed', 'data-proposed': String(threshold), text: int(threshold) }))))));
  }

  apply() {
    const seek = this.state.result?.seek;
    const next = clone(this.context.current());
    const levels = levelsOf(next);
    if (!seek || levels.length !== seek.thresholds?.length) return;
    levels.forEach((level, k) => {
      level.threshold = seek.thresholds[k];
      if (Array.isArray(seek.keep_thresholds) && Number.isFinite(seek.keep_thresholds[k])) level.keep_threshold = seek.keep_thresholds[k];
    });
    this.context.apply(next, t('seek.applied', { thresholds: seek.thresholds.map((x) => int(x)).join(' / ') }));
  }
}

const LEVERS = { earn_rate: 'per_currency_unit', cost_per_point: 'cost_per_point' };

export class CeilingSeek extends SeekCard {
  /** @param context { current(), apply(scenario, message), call(card, type, args), cancel() } */
  constructor(context) {
    super();
    this.context = context;
    this.state = { lever: 'earn_rate', ceiling: '', result: null };
  }

  element() {
    const state = this.state;
    const c = studyCard('seek-liability', t('ceiling.title'), t('ceiling.note'));
    const lever = selectInput({ name: 'ceiling-lever', label: t('ceiling.lever'), tip: t('ceiling.leverTip'), value: state.lever,
      options: [{ value: 'earn_rate', label: t('ceiling.earn_rate') }, { value: 'cost_per_point', label: t('ceiling.cost_per_point') }] });
    lever.select.addEventListener('change', () => { state.lever = lever.select.value; });
    const ceiling = numberInput({ name: 'ceiling-value', label: t('ceiling.ceiling'), tip: t('ceiling.ceilingTip'), value: state.ceiling, unit: '¥', min: 0, placeholder: t('ceiling.placeholder') });
    ceiling.input.addEventListener('input', () => { state.ceiling = ceiling.input.value; });
    const apply = h('button', { type: 'button', class: 'btn small', 'data-action': 'apply', disabled: !Number.isFinite(state.result?.seek?.value), on: { click: () => this.apply() } }, h('span', { text: t('study.apply') }));
    const csv = downloadButton(t('study.csv'), t('study.csvTitle'), () => downloadCsvText(state.result?.csv, 'tierlab-liability'), 'ceiling-csv');
    csv.disabled = !state.result;
    const buttons = runButtons(t('ceiling.run'), async () => {
      const v = ceiling.read();
      if (v.error) return;
      setStatus(c.status, t('ceiling.running'));
      const outcome = await this.context.call(c, 'seek_liability', [JSON.stringify(this.context.current()), lever.select.value, v.value, lang()]);
      if (!outcome) return;
      state.result = outcome.value;
      const found = Number.isFinite(outcome.value?.seek?.value);
      sayStatus(c, state, () => (found ? t('ceiling.found', { runs: outcome.value.seek.runs }) : t('ceiling.none')), found ? 'ok' : 'warn');
      apply.disabled = !found;
      csv.disabled = false;
      this.show(c.body);
    }, () => this.context.cancel());
    c.controls.append(lever.el, ceiling.el);
    c.actions.append(buttons.run, buttons.cancel, apply, csv);
    sayAgain(c, state);
    this.show(c.body);
    return c.el;
  }

  draw(body, seek) {
    const name = t(`ceiling.${seek.lever}`);
    const value = (x) => (seek.lever === 'cost_per_point' ? `¥${num(x, 4)}` : num(x, 3));
    body.append(h('dl', { class: 'seek-facts' },
      h('dt', { text: t('ceiling.now') }), h('dd', { text: t('ceiling.nowValue', { name, value: value(seek.scenario_value), liability: money(seek.scenario_liability_at_end) }) }),
      h('dt', { text: t('ceiling.best', { ceiling: money(seek.ceiling) }) }),
      h('dd', { class: 'proposed', 'data-proposed': String(seek.value ?? ''), text: Number.isFinite(seek.value) ? t('ceiling.bestValue', { name, value: value(seek.value), liability: money(seek.liability_at_end) }) : t('ceiling.none') })));
  }

  apply() {
    const seek = this.state.result?.seek;
    const key = LEVERS[seek?.lever];
    if (!key || !Number.isFinite(seek.value)) return;
    const next = clone(this.context.current());
    next.points = { ...(next.points || {}), [key]: seek.value };
    this.context.apply(next, t('ceiling.applied', { name: t(`ceiling.${seek.lever}`), value: plain(seek.value) }));
  }
}
