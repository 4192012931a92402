// The line under the tier ladder that says what each tier is assumed to do to its members
// (its dropout reduction and purchase-rate uplift, kept under each row's "More settings"),
// so the assumptions behind the incremental sales are in sight, tagged as assumptions; and
// why a programme whose tiers change nothing adds no sales. Not for: editing them (editor.js).

import { h } from './dom.js';
import { t, bilingualName } from './i18n.js';
import { pct } from './format.js';

/** The line for these tiers (entry tier first). */
export function tierEffects(levels) {
  const parts = (Array.isArray(levels) ? levels : []).flatMap((level) => {
    const dropout = Number(level?.dropout_reduction) || 0;
    const uplift = Number(level?.purchase_rate_uplift) || 0;
    const what = [
      dropout ? t('tiers.effectDropout', { pct: pct(dropout, 1) }) : null,
      uplift ? t('tiers.effectUplift', { pct: pct(uplift, 1) }) : null,
    ].filter(Boolean);
    return what.length ? [`${bilingualName(level?.name)} ${what.join(t('tiers.effectAnd'))}`] : [];
  });
  return h('p', { class: 'note tier-effects', id: 'tier-effects' },
    h('span', { class: 'tag assumption', text: t('editor.assumption') }),
    h('span', { text: parts.length ? t('tiers.effects', { list: parts.join(t('tiers.effectSeparator')) }) : t('tiers.noEffects') }));
}
