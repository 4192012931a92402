// The threshold designer card (seed 004's method): how long the most engaged member should
// take to reach the top tier, the most growth a member can earn in a day, the number of
// tiers and how the climbs grow (exponential, power or Fibonacci) → proposed thresholds,
// with the days each tier takes at the daily cap. Apply asks the core to write them into the
// open scenario (src/study/ladder.rs: tiers added or removed at the top, each keep
// threshold at the same share, rounded down, as goal-seek's) and makes that one undoable edit.
// Not for: checking how many members the ladder puts in each tier (goal-seek.js does).

import { h, clear } from './dom.js';
import { t, lang, bilingualName } from './i18n.js';
import { int, num } from './format.js';
import { listLimits } from './limits.js';
import { studyCard, numberInput, selectInput, readAll, runButtons, downloadButton, downloadCsvText, sayStatus, sayAgain } from './study-card.js';

/** The design a planner starts from: three years to the top, 20 growth a day. */
const START = { years: '3', cap: '20', kind: 'exponential', ratio: '2', exponent: '2' };

export class Designer {
  /** @param context { current(), apply(scenario, message), call(card, type, args), cancel() } */
  constructor(context) {
    this.context = context;
    this.state = { ...START, tiers: '', result: null };
  }

  element() {
    const state = this.state;
    const levels = this.context.current()?.tiers?.levels || [];
    if (!state.tiers) state.tiers = String(Math.max(2, levels.length));
    const c = studyCard('designer', t('designer.title'), t('designer.note'));
    const inputs = {
      years: numberInput({ name: 'designer-years', label: t('designer.years'), tip: t('designer.yearsTip'), value: state.years, unit: t('designer.yearsUnit'), min: 0.1, max: 50 }),
      cap: numberInput({ name: 'designer-cap', label: t('designer.cap'), tip: t('designer.capTip'), value: state.cap, unit: t('designer.capUnit'), min: 0.01 }),
      tiers: numberInput({ name: 'designer-tiers', label: t('designer.tiers'), tip: t('designer.tiersTip'), value: state.tiers, min: 2, max: listLimits('tiers.levels').max, whole: true }),
    };
    const kind = selectInput({ name: 'designer-kind', label: t('designer.kind'), tip: t('designer.kindTip'), value: state.kind,
      options: ['exponential', 'power', 'fibonacci'].map((k) => ({ value: k, label: t(`designer.${k}`) })) });
    const ratio = numberInput({ name: 'designer-ratio', label: t('designer.ratio'), tip: t('designer.ratioTip'), value: state.ratio, unit: '×', min: 1.01, max: 10 });
    const exponent = numberInput({ name: 'designer-exponent', label: t('designer.exponent'), tip: t('designer.exponentTip'), value: state.exponent, min: 0.1, max: 5 });
    const showKind = () => {
      ratio.el.classList.toggle('hidden', kind.select.value !== 'exponential');
      exponent.el.classList.toggle('hidden', kind.select.value !== 'power');
    };
    kind.select.addEventListener('change', () => { state.kind = kind.select.value; showKind(); });
    for (const [key, input] of Object.entries({ ...inputs, ratio, exponent })) input.input.addEventListener('input', () => { state[key] = input.input.value; });
    showKind();
    const apply = h('button', { type: 'button', class: 'btn small', 'data-action': 'apply', disabled: !state.result, title: t('designer.applyTitle'), on: { click: () => this.apply(c) } }, h('span', { text: t('study.apply') }));
    const buttons = runButtons(t('designer.run'), async () => {
      const v = readAll(inputs);
      const shape = kind.select.value === 'exponential' ? ratio.read() : kind.select.value === 'power' ? exponent.read() : { value: null };
      if (!v || shape.error) return;
      const progression = kind.select.value === 'exponential' ? { kind: 'exponential', ratio: shape.value }
        : kind.select.value === 'power' ? { kind: 'power', exponent: shape.value } : { kind: 'fibonacci' };
      const design = { years_to_top: v.years, daily_growth_cap: v.cap, tiers: v.tiers, progression };
      const outcome = await this.context.call(c, 'design_ladder', [JSON.stringify(design), lang()]);
      if (!outcome) return;
      state.result = outcome.value;
      sayStatus(c, state, () => t('designer.done', { n: v.tiers }), 'ok');
      apply.disabled = false;
      csv.disabled = false;
      this.show(c.body);
    }, () => this.context.cancel());
    const csv = downloadButton(t('study.csv'), t('study.csvTitle'), () => downloadCsvText(state.result?.csv, 'tierlab-ladder'), 'designer-csv');
    csv.disabled = !state.result;
    c.controls.append(inputs.years.el, inputs.cap.el, inputs.tiers.el, kind.el, ratio.el, exponent.el);
    c.actions.append(buttons.run, apply, csv);
    sayAgain(c, state);
    this.show(c.body);
    return c.el;
  }

  show(body) {
    clear(body);
    const ladder = this.state.result;
    if (!Array.isArray(ladder?.thresholds)) return;
    const levels = this.context.current()?.tiers?.levels || [];
    body.append(h('table', { class: 'data seek-table designer-table' },
      h('thead', {}, h('tr', {}, [t('seek.tier'), t('designer.days'), t('seek.now'), t('seek.proposed')].map((x, i) => h('th', { class: i ? '' : 'text', text: x })))),
      h('tbody', {}, ladder.thresholds.map((threshold, k) => h('tr', {},
        h('td', { class: 'text', text: levels[k] ? bilingualName(levels[k].name) : ladder.new_tier_names?.[k] ?? '' }),
        h('td', { text: t('designer.daysValue', { days: int(ladder.days_to_reach?.[k]), years: num((ladder.days_to_reach?.[k] ?? 0) / 365, 1) }) }),
        h('td', { text: levels[k] ? int(levels[k].threshold) : '—' }),
        h('td', { class: 'proposed', 'data-proposed': String(threshold), text: int(threshold) }))))));
  }

  async apply(card) {
    const thresholds = this.state.result?.thresholds;
    if (!Array.isArray(thresholds) || !thresholds.length) return;
    const outcome = await this.context.call(card, 'apply_ladder', [JSON.stringify(this.context.current()), JSON.stringify(thresholds), lang()]);
    if (outcome) this.context.apply(JSON.parse(outcome.value), t('designer.applied', { thresholds: thresholds.map((x) => int(x)).join(' / ') }));
  }
}
