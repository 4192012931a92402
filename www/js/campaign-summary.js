// The one-line summaries of campaigns shown on the campaign cards (campaign-editor.js):
// the offer in words (满X减Y, 8折, double points…), the trigger in short, the audience in
// words (nested conditions included) and the hold-out share, in the page's language.

import { t, tr, bilingualName, isZh } from './i18n.js';
import { plain } from './format.js';
import { L, NO_LIMIT, tierNames } from './campaign-fields.js';

const num = (x) => (typeof x === 'number' && Number.isFinite(x) ? plain(x) : '?');

function describeOffer(o) {
  if (!o || typeof o !== 'object') return '';
  switch (o.kind) {
    case 'amount_off': return isZh() ? `满${num(o.min_spend)}减${num(o.amount)}` : `¥${num(o.amount)} off ¥${num(o.min_spend)}+`;
    case 'percent_off': {
      const zhe = typeof o.percent === 'number' ? plain(Number(((1 - o.percent) * 10).toPrecision(3))) : '?';
      return isZh() ? `${zhe}折（最高减${num(o.cap)}元）` : `${typeof o.percent === 'number' ? plain(o.percent * 100) : '?'}% off, up to ¥${num(o.cap)}`;
    }
    case 'points_multiplier': return isZh() ? `${num(o.multiplier)}倍积分` : `${num(o.multiplier)}× points`;
    case 'bonus_points': return isZh() ? `赠${num(o.points)}积分` : `+${num(o.points)} points`;
    case 'gift': return isZh() ? `赠品（成本${num(o.cost)}元）` : `gift costing ¥${num(o.cost)}`;
    case 'reward_discount': return isZh() ? `兑换少扣 ${num(o.share * 100)}% 积分` : `${num(o.share * 100)}% fewer points for a reward`;
    default: return String(o.kind ?? '');
  }
}

const SHORT_TRIGGER = {
  once: L('once', '单次'), every_month: L('every month', '每月'), on_joining: L('on joining', '入会时'),
  birthday_month: L('birthday month', '生日月'), member_day: L('member day', '会员日'), entering_audience: L('on entering the audience', '进入人群时'),
};

/** One line: offer · trigger · audience · hold-out. */
export function summarize(s, c) {
  const parts = [describeOffer(c.offer)];
  const trig = SHORT_TRIGGER[c.schedule?.trigger];
  if (trig) parts.push(tr(trig));
  parts.push(describe(s, c.audience));
  if (typeof c.holdout_share === 'number' && c.holdout_share > 0) {
    parts.push(isZh() ? `对照组 ${plain(c.holdout_share * 100)}%` : `${plain(c.holdout_share * 100)}% hold-out`);
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
  if (!a || typeof a !== 'object') return tr(L('everyone', '全部会员'));
  const zh = isZh();
  const list = (xs) => (Array.isArray(xs) ? xs : []).join(zh ? '、' : ', ');
  const wrap = (text) => (depth > 0 ? `(${text})` : text);
  switch (a.kind) {
    case 'everyone': return tr(L('everyone', '全部会员'));
    case 'stage': return `${zh ? '阶段：' : 'stage: '}${list((a.stages || []).map((x) => t(`stage.${x}`)))}`;
    case 'tier': return `${zh ? '等级：' : 'tier: '}${list((a.tiers || []).map((i) => bilingualName(tierNames(s)[i] ?? String(i))))}`;
    case 'segment': return `${zh ? '分层：' : 'segment: '}${list((a.segments || []).map((x) => bilingualName(x)))}`;
    case 'days_since_last_purchase': return zh ? `距上次消费 ${rangeText(a.min, a.max, NO_LIMIT.u32, num)} 天` : `last purchase ${rangeText(a.min, a.max, NO_LIMIT.u32, num)} days ago`;
    case 'purchases': return zh ? `消费 ${rangeText(a.min, a.max, NO_LIMIT.u32, num)} 次` : `${rangeText(a.min, a.max, NO_LIMIT.u32, num)} purchases`;
    case 'trailing_spend': return zh ? `近 ${num(a.months)} 个月消费 ${rangeText(a.min, a.max, NO_LIMIT.money, (x) => `${num(x)}元`)}` : `spent ${rangeText(a.min, a.max, NO_LIMIT.money, (x) => `¥${num(x)}`)} in the last ${num(a.months)} months`;
    case 'total_spend': return zh ? `累计消费 ${rangeText(a.min, a.max, NO_LIMIT.money, (x) => `${num(x)}元`)}` : `spent ${rangeText(a.min, a.max, NO_LIMIT.money, (x) => `¥${num(x)}`)}`;
    case 'points_balance': return zh ? `积分余额 ${rangeText(a.min, a.max, NO_LIMIT.points, num)}` : `points balance ${rangeText(a.min, a.max, NO_LIMIT.points, num)}`;
    case 'tenure_months': return zh ? `入会 ${rangeText(a.min, a.max, NO_LIMIT.u32, num)} 个月` : `member for ${rangeText(a.min, a.max, NO_LIMIT.u32, num)} months`;
    case 'birthday_this_month': return zh ? '本月生日' : 'birthday this month';
    case 'joined_between': return zh ? `第 ${num(a.from_month)}–${num(a.to_month)} 月入会` : `joined in months ${num(a.from_month)}–${num(a.to_month)}`;
    case 'all': case 'any': {
      const of = Array.isArray(a.of) ? a.of : [];
      if (!of.length) return a.kind === 'all' ? tr(L('everyone', '全部会员')) : tr(L('nobody', '无人'));
      const joiner = a.kind === 'all' ? (zh ? ' 且 ' : ' and ') : (zh ? ' 或 ' : ' or ');
      const text = of.map((x) => describe(s, x, depth + 1)).join(joiner);
      return of.length > 1 ? wrap(text) : text;
    }
    case 'not': return zh ? `非（${describe(s, a.of)}）` : `not (${describe(s, a.of)})`;
    default: return String(a.kind ?? '?');
  }
}
