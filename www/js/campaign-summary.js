// The one-line summaries of campaigns shown on the campaign cards (campaign-editor.js):
// the offer in words (满X减Y, 8折, double points…), the trigger in short, the audience in
// words (nested conditions included) and the hold-out share, in the page's language.

import { t, tr, word, bilingualName } from './i18n.js';
import { plain } from './format.js';
import { NO_LIMIT, tierNames } from './campaign-fields.js';

const num = (x) => (typeof x === 'number' && Number.isFinite(x) ? plain(x) : '?');

function describeOffer(o) {
  if (!o || typeof o !== 'object') return '';
  switch (o.kind) {
    case 'amount_off': return t('campaignSummary.offer.amount_off', { amount: num(o.amount), min: num(o.min_spend) });
    case 'percent_off': {
      const zhe = typeof o.percent === 'number' ? plain(Number(((1 - o.percent) * 10).toPrecision(3))) : '?';
      const percent = typeof o.percent === 'number' ? plain(o.percent * 100) : '?';
      return t('campaignSummary.offer.percent_off', { percent, zhe, cap: num(o.cap) });
    }
    case 'points_multiplier': return t('campaignSummary.offer.points_multiplier', { multiplier: num(o.multiplier) });
    case 'bonus_points': return t('campaignSummary.offer.bonus_points', { points: num(o.points) });
    case 'gift': return t('campaignSummary.offer.gift', { cost: num(o.cost) });
    case 'reward_discount': return t('campaignSummary.offer.reward_discount', { share: num(o.share * 100) });
    default: return String(o.kind ?? '');
  }
}

const SHORT_TRIGGER = {
  once: word('campaignSummary.short_trigger.once'), every_month: word('campaignSummary.short_trigger.every_month'), on_joining: word('campaignSummary.short_trigger.on_joining'),
  birthday_month: word('campaignSummary.short_trigger.birthday_month'), member_day: word('campaignSummary.short_trigger.member_day'), entering_audience: word('campaignSummary.short_trigger.entering_audience'),
};

/** One line: offer · trigger · audience · hold-out. */
export function summarize(s, c) {
  const parts = [describeOffer(c.offer)];
  const trig = SHORT_TRIGGER[c.schedule?.trigger];
  if (trig) parts.push(tr(trig));
  parts.push(describe(s, c.audience));
  if (typeof c.holdout_share === 'number' && c.holdout_share > 0) {
    parts.push(t('campaignSummary.holdout', { share: plain(c.holdout_share * 100) }));
  }
  return parts.filter(Boolean).join(' · ');
}

function rangeText(min, max, limit, fmt) {
  const hi = typeof max === 'number' && max >= limit;
  if (hi) return `≥ ${fmt(min)}`;
  if (min === 0 || min === undefined) return `≤ ${fmt(max)}`;
  return `${fmt(min)}–${fmt(max)}`;
}

/** An audience in words, e.g. "3+ purchases and last purchase 30–60 days ago". */
export function describe(s, a, depth = 0) {
  if (!a || typeof a !== 'object') return t('campaignSummary.everyone');
  const list = (xs) => (Array.isArray(xs) ? xs : []).join(t('campaignSummary.listSeparator'));
  const wrap = (text) => (depth > 0 ? `(${text})` : text);
  const range = (limit, fmt = num) => rangeText(a.min, a.max, limit, fmt);
  const yuan = (x) => t('campaignSummary.yuan', { amount: num(x) });
  switch (a.kind) {
    case 'everyone': return t('campaignSummary.everyone');
    case 'stage': return t('campaignSummary.audience.stage', { list: list((a.stages || []).map((x) => t(`stage.${x}`))) });
    case 'tier': return t('campaignSummary.audience.tier', { list: list((a.tiers || []).map((i) => bilingualName(tierNames(s)[i] ?? String(i)))) });
    case 'segment': return t('campaignSummary.audience.segment', { list: list((a.segments || []).map((x) => bilingualName(x))) });
    case 'days_since_last_purchase': return t('campaignSummary.audience.days_since_last_purchase', { range: range(NO_LIMIT.u32) });
    case 'purchases': return t('campaignSummary.audience.purchases', { range: range(NO_LIMIT.u32) });
    case 'trailing_spend': return t('campaignSummary.audience.trailing_spend', { range: range(NO_LIMIT.money, yuan), months: num(a.months) });
    case 'total_spend': return t('campaignSummary.audience.total_spend', { range: range(NO_LIMIT.money, yuan) });
    case 'points_balance': return t('campaignSummary.audience.points_balance', { range: range(NO_LIMIT.points) });
    case 'tenure_months': return t('campaignSummary.audience.tenure_months', { range: range(NO_LIMIT.u32) });
    case 'birthday_this_month': return t('campaignSummary.audience.birthday_this_month');
    case 'joined_between': return t('campaignSummary.audience.joined_between', { from: num(a.from_month), to: num(a.to_month) });
    case 'all': case 'any': {
      const of = Array.isArray(a.of) ? a.of : [];
      if (!of.length) return a.kind === 'all' ? t('campaignSummary.everyone') : t('campaignSummary.nobody');
      const text = of.map((x) => describe(s, x, depth + 1)).join(t(`campaignSummary.join.${a.kind}`));
      return of.length > 1 ? wrap(text) : text;
    }
    case 'not': return t('campaignSummary.audience.not', { audience: describe(s, a.of) });
    default: return String(a.kind ?? '?');
  }
}
