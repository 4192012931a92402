// Where a link's scenarios go among the page's tabs. A scenario the page already has opens
// that tab rather than a copy of it; the others open beside the planner's tabs as new tabs,
// named after their scenarios, up to the five a page holds. When there is no room the
// planner chooses which of their tabs the link takes the place of (Cancel keeps every tab
// and leaves the link unopened); Undo, in the notice that says so, puts them back.
// Not for: reading and checking a link (startup.js), keeping the tabs (saved-tabs.js) or
// drawing them (scenario-tabs.js).

import { $, h, clear } from './dom.js';
import { t, bilingualName } from './i18n.js';
import { MAX_TABS } from './state.js';
import { letter } from './scenario-tabs.js';
import { newTabId } from './saved-tabs.js';

/** JSON with every object's fields in name order: one text for one scenario. */
const canonical = (value) => JSON.stringify(value, (key, v) => (v && typeof v === 'object' && !Array.isArray(v)
  ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]]))
  : v));

/**
 * The same scenario, whatever the order of its fields. Both have their defaults written in
 * by the core (startup.js reads every kept tab and every link's scenario through it).
 */
const sameScenario = (a, b) => canonical(a) === canonical(b);

/**
 * A link's scenarios ({ scenarios, active }) placed after the page's tabs ([{ id, scenario }],
 * A first): { entries, at, active, added, over }. A scenario equal to one of the tabs is that
 * tab; each other one is appended as a new tab. `at`: where each of the link's scenarios is;
 * `added`: the new tabs' places; `over`: how many of the page's tabs must make room for them
 * (0 when they fit, and `entries` is then the page's tabs with the link opened).
 */
export function placeLink(tabs, link) {
  const entries = tabs.slice();
  const at = link.scenarios.map((scenario) => {
    const same = entries.findIndex((e) => sameScenario(e.scenario, scenario));
    if (same >= 0) return same;
    entries.push({ id: newTabId(), scenario });
    return entries.length - 1;
  });
  const added = [...new Set(at.filter((i) => i >= tabs.length))];
  return { entries, at, active: at[link.active] ?? at[0], added, over: Math.max(0, entries.length - MAX_TABS) };
}

/**
 * The tabs once the planner has chosen which of theirs make room (`chosen`: plan.over
 * places among `tabs`, none of them a tab the link opens): the link's new tabs take the
 * chosen places in order, and any left over follow. { entries, active }.
 */
function replaceChosen(tabs, plan, chosen) {
  const entries = tabs.slice();
  const place = new Map(tabs.map((_, i) => [i, i]));
  [...chosen].sort((a, b) => a - b).forEach((i, k) => { entries[i] = plan.entries[plan.added[k]]; place.set(plan.added[k], i); });
  for (const from of plan.added.slice(chosen.length)) place.set(from, entries.push(plan.entries[from]) - 1);
  return { entries, active: place.get(plan.active) ?? 0 };
}

const nameOf = (entry) => bilingualName(entry?.scenario?.name) || t('tabs.unnamed');

/** "C “Gold at 400”, D “Spring”" (in Chinese joined by "、"). */
const tabList = (entries, places) => places
  .map((i) => t('link.tab', { letter: letter(i), name: nameOf(entries[i]) }))
  .join(t('link.separator'));

/** What opening the link beside the planner's tabs did, in a sentence. */
export const openedText = (plan) => (plan.added.length
  ? t('link.opened', { which: tabList(plan.entries, plan.added) })
  : t('link.already', { which: tabList(plan.entries, [plan.active]) }));

/** The page's dialog for the question, made the first time it is asked. */
function dialogElement() {
  return $('#link-dialog') || document.body.appendChild(h('dialog', { id: 'link-dialog', class: 'dialog', 'aria-labelledby': 'link-dialog-title' }));
}

/**
 * Asks which of the page's tabs the link's new scenarios take the place of. Resolves the
 * chosen places (plan.over of them), or null for Cancel (or Escape): nothing changes then.
 */
function chooseReplaced(tabs, plan) {
  const dialog = dialogElement();
  const n = plan.over;
  const places = tabs.map((_, i) => i).filter((i) => !plan.at.includes(i));
  const picked = () => boxes.filter((box) => box.checked).map((box) => Number(box.value));
  const boxes = places.map((i) => h('input', {
    type: n === 1 ? 'radio' : 'checkbox', name: 'link-replace', value: String(i), 'data-replace': String(i),
    on: { change: () => { replace.disabled = picked().length !== n; } },
  }));
  const replace = h('button', { type: 'submit', class: 'btn primary', id: 'link-replace', disabled: true }, t('link.replace'));
  const cancel = h('button', { type: 'button', class: 'btn ghost', id: 'link-cancel', on: { click: () => dialog.close() } }, t('link.cancel'));
  let answer = null;
  clear(dialog);
  dialog.append(h('form', {
    method: 'dialog', class: 'dialog-body',
    on: { submit: (e) => { e.preventDefault(); if (picked().length === n) { answer = picked(); dialog.close(); } } },
  },
  h('h2', { id: 'link-dialog-title', text: n === 1 ? t('link.chooseOne') : t('link.chooseSeveral', { n }) }),
  h('p', { text: t('link.full', { max: MAX_TABS, incoming: plan.added.map((i) => `“${nameOf(plan.entries[i])}”`).join(t('link.separator')) }) }),
  h('fieldset', {}, h('legend', { text: t('link.yours') }),
    h('div', { class: 'checks column' }, places.map((i, k) => h('label', { class: 'check' }, boxes[k],
      h('span', { text: t('link.tab', { letter: letter(i), name: nameOf(tabs[i]) }) }))))),
  h('p', { class: 'note', text: t('link.undoNote') }),
  h('div', { class: 'button-row' }, h('span', { class: 'spacer' }), cancel, replace)));
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(answer), { once: true });
    dialog.showModal();
  });
}

/**
 * Opens a link that has no room beside the planner's tabs in place of the tabs they choose
 * (`decided()` is called once they have answered); Undo puts those tabs back. False when
 * they cancel: nothing has changed then.
 */
export async function openInPlaceOf(tabs, plan, decided) {
  const mine = tabs.entries();
  const chosen = await chooseReplaced(mine, plan);
  decided();
  if (!chosen) return false;
  const next = replaceChosen(mine, plan, chosen);
  await tabs.replaceAll(next.entries, next.active, t('link.replaced', { which: tabList(mine, chosen), n: plan.added.length }));
  return true;
}
