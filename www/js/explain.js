// "Explain a member": pick a member by id, or one who almost reached a tier, and read
// their months — purchases, spend, growth, tier, points — with the reasons for each tier
// move (or the lack of one) phrased in the page's language from the WASM's figures. The
// core reads the member number as typed, says which members exist, and finds the month
// the member came closest to the tier asked about (src/explain/asking.rs).

import { h, clear, $ } from './dom.js';
import { t, bilingualName } from './i18n.js';
import { int, money, num, pct } from './format.js';

const n = (x) => (typeof x === 'number' && Number.isFinite(x) ? x : 0);

export class Explainer {
  /**
   * @param root the panel to fill
   * @param api { explain(json, member text, tier | null) → Promise<outcome>,
   *   numbers(json) → Promise<outcome> (how members are numbered, in words),
   *   almost(json, tier) → Promise<outcome> }
   */
  constructor(root, api) {
    this.root = root;
    this.api = api;
    this.context = null; // { json, scenario, results }
    this.story = null;
    this.target = null;
    this.build();
  }

  build() {
    clear(this.root);
    this.idInput = h('input', { id: 'explain-id', type: 'text', inputmode: 'numeric', maxlength: '16', autocomplete: 'off', class: 'num', value: this.idInput?.value ?? '0' });
    this.tierSelect = h('select', { id: 'explain-tier', 'aria-label': t('explain.almost') });
    this.status = h('div', { class: 'msg explain-status', role: 'status' });
    this.out = h('div', { class: 'explain-out' });
    const go = h('button', { type: 'button', class: 'btn', id: 'explain-go', on: { click: () => this.byId() } }, t('explain.show'));
    const find = h('button', { type: 'button', class: 'btn', id: 'explain-almost', on: { click: () => this.almost() } }, t('explain.find'));
    this.idInput.addEventListener('keydown', (e) => { if (e.key === 'Enter') this.byId(); });
    this.root.append(
      h('h3', { class: 'panel-title', text: t('explain.title') }),
      h('div', { class: 'explain-controls' },
        h('div', { class: 'inline-field' }, h('label', { for: 'explain-id', text: t('explain.byId') }), this.idInput, go),
        h('div', { class: 'inline-field' }, h('label', { for: 'explain-tier', text: t('explain.almost') }), this.tierSelect, find)),
      this.status, this.out);
    this.fillTiers();
    this.sayNumbering();
    if (this.story) this.show(this.story, this.target);
  }

  /** The run the explanations refer to (the scenario JSON and its results). */
  setContext(context) {
    this.context = context;
    this.fillTiers();
    this.sayNumbering();
    if (this.story) {
      // The old story may no longer match the scenario: explain the same member again.
      this.explainId(this.story.id, this.target, true);
    }
  }

  /** The core's words for which member numbers exist, as the id box's hint. */
  async sayNumbering() {
    const json = this.context?.json;
    if (!json) return;
    let outcome = null;
    try { outcome = await this.api.numbers(json); } catch { return; }
    if (outcome?.ok && this.context?.json === json) this.idInput.setAttribute('title', outcome.value);
  }

  fillTiers() {
    const names = this.tierNames();
    const keep = this.tierSelect.value;
    clear(this.tierSelect);
    names.forEach((name, i) => { if (i > 0) this.tierSelect.append(h('option', { value: String(i), text: bilingualName(name) })); });
    if (keep && Number(keep) < names.length) this.tierSelect.value = keep;
    else if (names.length > 2) this.tierSelect.value = String(names.length - 1);
  }

  tierNames() {
    const fromResults = this.context?.results?.tier_names;
    if (Array.isArray(fromResults)) return fromResults;
    const levels = this.context?.scenario?.tiers?.levels;
    return Array.isArray(levels) ? levels.map((l) => l?.name ?? '') : [];
  }

  say(text, error = false) {
    this.status.textContent = text || '';
    this.status.classList.toggle('shown', Boolean(text));
    this.status.classList.toggle('error', error);
  }

  /** The member number as typed: the core reads it and says if it names no one. */
  async byId() {
    await this.explainId(this.idInput.value, null);
  }

  async almost() {
    if (!this.context) { this.say(t('explain.needRun'), true); return; }
    const tier = Number(this.tierSelect.value);
    if (!Number.isInteger(tier) || tier < 1) return;
    this.say(t('explain.working'));
    try {
      const outcome = await this.api.almost(this.context.json, tier);
      if (!outcome?.ok) { this.say(outcome?.problems?.[0]?.message || '—', true); return; }
      if (outcome.value === null || outcome.value === undefined) {
        this.say(t('explain.noneAlmost', { tier: bilingualName(this.tierNames()[tier]) }));
        return;
      }
      this.idInput.value = String(outcome.value);
      await this.explainId(outcome.value, tier);
    } catch (e) {
      if (!e?.cancelled) this.say(t('run.failed', { message: e.message }), true);
      else this.say('');
    }
  }

  async explainId(member, target, quiet = false) {
    if (!this.context) { this.say(t('explain.needRun'), true); return; }
    if (!quiet) this.say(t('explain.working'));
    try {
      const outcome = await this.api.explain(this.context.json, String(member), target ?? null);
      if (!outcome?.ok) { this.say(outcome?.problems?.[0]?.message || '—', true); return; }
      this.say('');
      this.show(outcome.value, target);
    } catch (e) {
      if (!e?.cancelled) this.say(t('run.failed', { message: e.message }), true);
    }
  }

  // ------------------------------------------------------------------ output

  show(story, target) {
    this.story = story;
    this.target = target;
    clear(this.out);
    if (!story || !Array.isArray(story.months)) return;
    const names = this.tierNames().map(bilingualName);
    const tierName = (i) => names[i] ?? `#${i}`;
    const levels = this.context?.scenario?.tiers?.levels || [];
    const basis = this.context?.scenario?.tiers?.basis;
    const months = story.months;
    const last = months[months.length - 1];
    // The core's closest approach to the tier asked about (else the one above the best reached).
    const closest = story.closest ?? null;
    const closestMonth = closest ? months.find((m) => m.month === closest.month) : null;
    const joined = n(story.join_month) < 0 ? t('explain.joinedBefore', { label: story.join_label }) : story.join_label;
    const summary = h('div', { class: 'explain-summary' },
      h('p', { text: t('explain.summary', {
        id: int(story.id), segment: bilingualName(story.segment || '—'), joined,
        rate: num(story.purchases_per_month, 2), spend: money(story.mean_spend), dropout: pct(story.dropout_chance, 1),
      }) }),
      last ? h('p', { text: t('explain.ended', {
        tier: tierName(n(last.tier)), points: int(last.points_balance), stage: t(`stage.${last.stage}`),
        alive: last.still_customer ? t('explain.stillCustomer') : t('explain.lost'),
      }) }) : null,
      closest ? h('p', { class: 'closest', text: this.closestText(closest, closestMonth, tierName) }) : null);
    const columns = 11;
    const th = (key, attrs = {}) => h('th', { ...attrs, text: t(key) });
    const thead = h('thead', {},
      h('tr', {}, th('col.month', { rowspan: '2' }), th('col.tier', { rowspan: '2' }), th('col.purchases', { rowspan: '2' }), th('col.spend', { rowspan: '2' }),
        th('col.growthGroup', { colspan: '2', class: 'group' }), th('col.pointsGroup', { colspan: '4', class: 'group' }), th('col.stage', { rowspan: '2', class: 'last' })),
      h('tr', {}, th('col.growth'), th('col.qualifying'), th('col.pointsEarned'), th('col.pointsRedeemed'), th('col.pointsExpired'), th('col.balance')));
    const body = h('tbody');
    months.forEach((m, i) => {
      const reasons = this.reasons(m, { levels, basis, tierName, isLast: i === months.length - 1 });
      const moved = Array.isArray(m.tier_moves) && m.tier_moves.length;
      const cls = `${moved ? 'moved' : ''}${closestMonth === m ? ' closest' : ''}${reasons.length ? ' has-why' : ''}`;
      body.append(h('tr', { class: cls, 'data-month': String(m.month) },
        h('td', { class: 'text' }, h('span', { text: String(m.label ?? '') }), h('span', { class: 'dim', text: ` #${m.month}` })),
        h('td', { class: 'text tier-cell' }, h('span', { class: `swatch tier-${n(m.tier) % 8}` }), tierName(n(m.tier))),
        h('td', { text: int(m.purchases) }),
        h('td', { text: money(m.spend) }),
        h('td', { text: int(m.growth_earned) }),
        h('td', { text: int(m.qualifying_growth) }),
        h('td', { text: int(m.points_earned) }),
        h('td', { text: int(m.points_redeemed) }),
        h('td', { text: int(m.points_expired) }),
        h('td', { text: int(m.points_balance) }),
        h('td', { class: 'text', text: t(`stage.${m.stage}`) })));
      if (reasons.length) {
        body.append(h('tr', { class: `why-row${moved ? ' moved' : ''}`, 'data-why': String(m.month) },
          h('td', { colspan: String(columns), class: 'why' }, reasons.map((r) => h('div', { text: r })))));
      }
    });
    this.out.append(summary, h('div', { class: 'table-scroll explain-table' },
      h('table', { class: 'data' }, thead, body)));
    const row = $('tr.closest', this.out);
    if (row) row.scrollIntoView?.({ block: 'nearest' });
  }

  closestText(closest, month, tierName) {
    const review = closest.next_review_month;
    const params = { tier: tierName(closest.tier), label: month?.label ?? '', month: closest.month, growth: int(closest.qualifying_growth), shortfall: int(closest.shortfall), review };
    return review === null || review === undefined ? t('explain.closestNoReview', params) : t('explain.closest', params);
  }

  /** The sentences for one month, from the figures the WASM returned. */
  reasons(m, { levels, basis, tierName, isLast }) {
    const out = [];
    const moves = Array.isArray(m.tier_moves) ? m.tier_moves : [];
    for (const mv of moves) {
      const [from, to] = Array.isArray(mv) ? mv : [mv?.from, mv?.to];
      if (to > from) {
        out.push(t('explain.upgrade', { from: tierName(from), to: tierName(to), growth: int(m.qualifying_growth), threshold: int(levels[to]?.threshold) }));
      } else if (to < from) {
        const keep = m.review ? m.review.keep_threshold : levels[from]?.keep_threshold;
        out.push(t('explain.downgrade', { from: tierName(from), to: tierName(to), growth: int(m.review ? m.review.growth : m.qualifying_growth), keep: int(keep) }));
      }
    }
    for (const o of Array.isArray(m.offers) ? m.offers : []) {
      const params = { name: bilingualName(o.name), value: money(o.face_value), points: int(o.bonus_points) };
      if (o.held_out) out.push(t('explain.offerHeldOut', params));
      else if (o.capped) out.push(t('explain.offerCapped', params));
      else if (o.received) out.push(t('explain.offerReceived', params));
      if (n(o.used) > 0) out.push(t(n(o.face_value) > 0 ? 'explain.offerUsed' : 'explain.offerUsedPoints', params));
    }
    if (m.review && !moves.length) {
      const params = { tier: tierName(n(m.tier)), growth: int(m.review.growth), keep: int(m.review.keep_threshold) };
      if (m.review.grace_started) out.push(t('explain.grace', params));
      else if (!m.review.passed && n(m.review.grace_months_left) > 0) out.push(t('explain.failedInGrace', { ...params, left: int(m.review.grace_months_left) }));
      else if (m.review.passed && n(m.tier) > 0 && basis !== 'rolling_12_months') out.push(t('explain.reviewPassed', params));
    }
    const next = m.next_tier;
    const reviewMonth = next && n(m.month) === next.next_review_month;
    if (next && !moves.length && (isLast || (reviewMonth && basis !== 'rolling_12_months'))) {
      const params = { tier: tierName(next.tier), shortfall: int(next.shortfall), review: next.next_review_month };
      if (n(next.shortfall) > 0) out.push(next.next_review_month === null || next.next_review_month === undefined ? t('explain.neededNoReview', params) : t('explain.needed', params));
    }
    return out;
  }
}
