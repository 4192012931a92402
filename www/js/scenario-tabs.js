// The scenario tabs A, B, C… above the editor: each tab is a whole scenario, edited by the
// one editor when its tab is open, with an id of its own for keeping it (saved-tabs.js).
// Add (a copy of the open scenario), rename (the scenario's own name, which the
// comparison's tables and legends show), delete (with undo), switch, and every tab at once
// (a link's scenarios in place of some, with undo). The open tab's scenario is the page's
// current one, so `all()` always returns it as edited; the others are kept here as plain
// objects.
// Not for: saving (saved-tabs.js, through the `changed` hook), placing a link's scenarios
// (link-tabs.js) or comparing (compare-view.js).

import { h, clear, icon } from './dom.js';
import { t, bilingualName } from './i18n.js';
import { clone } from './paths.js';
import { MAX_TABS } from './state.js';
import { newTabId } from './saved-tabs.js';

/** The letter of the i-th tab: A, B, C… */
export const letter = (i) => String.fromCharCode(65 + i);

/** The name of a copy: "(copy)" after each language's part of a bilingual name. */
function copyName(name) {
  const text = String(name ?? '');
  const parts = text.split(' · ');
  if (parts.length === 2) return `${parts[0]}${t('tabs.copySuffixZh')} · ${parts[1]}${t('tabs.copySuffixEn')}`;
  return t('tabs.copyOf', { name: text || 'Tierlab' });
}

export class ScenarioTabs {
  /**
   * @param root element to fill
   * @param hooks { current() → the open scenario, load(scenario) → Promise (opens it in
   *   the editor), renamed() (the open scenario's name changed), changed() (save the tabs),
   *   notice(text, action) }
   */
  constructor(root, hooks) {
    this.root = root;
    this.hooks = hooks;
    this.scenarios = [];
    this.ids = [];
    this.active = 0;
    this.renaming = false;
  }

  /** Sets every tab ([{ id, scenario }], A first) and which one is open, without loading it. */
  set(entries, active = 0) {
    this.scenarios = entries.map((e) => clone(e.scenario));
    this.ids = entries.map((e) => e.id);
    this.active = Math.max(0, Math.min(this.scenarios.length - 1, Number(active) || 0));
    this.render();
  }

  /** Every tab's scenario, A first, the open one as edited. */
  all() {
    return this.scenarios.map((s, i) => (i === this.active ? this.hooks.current() : s));
  }

  /** Every tab as [{ id, scenario }], A first, the open one as edited (copies). */
  entries() {
    return this.all().map((scenario, i) => ({ id: this.ids[i], scenario: clone(scenario) }));
  }

  get activeId() { return this.ids[this.active]; }

  get count() { return this.scenarios.length; }

  async select(i) {
    if (i === this.active || i < 0 || i >= this.count) return;
    this.scenarios[this.active] = clone(this.hooks.current());
    await this.open(i);
  }

  /** Opens tab i in the editor (the page's current scenario becomes its scenario at once). */
  async open(i) {
    this.active = i;
    const loading = this.hooks.load(clone(this.scenarios[i]));
    this.render();
    await loading;
    this.hooks.changed();
  }

  /** A new tab holding a copy of the open scenario, opened at once. */
  async add() {
    if (this.count >= MAX_TABS) return;
    const copy = clone(this.hooks.current());
    copy.name = copyName(copy.name);
    this.scenarios[this.active] = clone(this.hooks.current());
    this.scenarios.push(copy);
    this.ids.push(newTabId());
    await this.select(this.count - 1);
  }

  /** Deletes tab i (never the last one left); Undo puts it back where it was. */
  async remove(i) {
    if (this.count <= 1 || i < 0 || i >= this.count) return;
    const before = { entries: this.entries(), active: this.active };
    const name = bilingualName(before.entries[i].scenario?.name);
    this.scenarios = before.entries.filter((_, k) => k !== i).map((e) => e.scenario);
    this.ids = before.entries.filter((_, k) => k !== i).map((e) => e.id);
    // The tab before takes the place of a deleted open tab (B when C goes, A when B goes).
    const wasActive = before.active;
    const next = wasActive > i ? wasActive - 1 : wasActive === i ? Math.max(0, i - 1) : wasActive;
    if (wasActive === i) await this.open(next);
    else {
      this.active = next;
      this.render();
      this.hooks.changed();
    }
    this.offerUndo(t('tabs.deleted', { letter: letter(i), name }), before);
  }

  /**
   * Sets every tab at once ([{ id, scenario }]) and opens tab `active`; the notice saying
   * `text` offers Undo, which puts every tab back as it was.
   */
  async replaceAll(entries, active, text) {
    const before = { entries: this.entries(), active: this.active };
    this.set(entries, active);
    await this.open(this.active);
    this.offerUndo(text, before);
  }

  /** The notice saying `text`, whose Undo puts the tabs back as they were in `before`. */
  offerUndo(text, before) {
    this.hooks.notice(text, {
      label: t('notice.undo'),
      fn: () => {
        this.set(before.entries, before.active);
        return this.open(before.active);
      },
    });
  }

  /** Renames the open scenario (its `name`, shown in the editor, the header and the comparison). */
  rename(name) {
    const text = String(name ?? '').trim().slice(0, 100);
    if (!text) return;
    this.hooks.current().name = text;
    this.hooks.renamed();
    this.render();
  }

  startRename() {
    const tab = this.root.querySelector(`[data-tab="${this.active}"]`);
    const label = tab?.querySelector('.tab-name');
    if (!label || this.renaming) return;
    this.renaming = true;
    const input = h('input', {
      type: 'text', class: 'tab-rename', value: this.hooks.current().name ?? '', maxlength: '100',
      'aria-label': t('tabs.renameLabel', { letter: letter(this.active) }),
    });
    let done = false;
    const finish = (keep) => {
      if (done) return;
      done = true;
      this.renaming = false;
      if (keep) this.rename(input.value);
      else this.render();
    };
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') { e.preventDefault(); finish(true); }
      if (e.key === 'Escape') { e.preventDefault(); finish(false); }
      e.stopPropagation();
    });
    input.addEventListener('blur', () => finish(true));
    input.addEventListener('click', (e) => e.stopPropagation());
    label.replaceWith(input);
    input.focus();
    input.select();
  }

  render() {
    if (this.renaming) return;
    clear(this.root);
    const list = h('div', { class: 'scenario-tab-list', role: 'tablist', 'aria-label': t('tabs.label') });
    this.all().forEach((scenario, i) => {
      const open = i === this.active;
      const name = bilingualName(scenario?.name) || t('tabs.unnamed');
      const tab = h('div', { class: `scenario-tab${open ? ' open' : ''}`, 'data-tab': String(i) },
        h('button', {
          type: 'button', role: 'tab', class: 'tab-main', 'aria-selected': String(open), title: open ? t('tabs.renameTitle') : t('tabs.openTitle', { letter: letter(i), name }),
          on: { click: () => this.select(i), dblclick: () => { if (open) this.startRename(); } },
        }, h('span', { class: 'tab-letter', text: letter(i) }), h('span', { class: 'tab-name', text: name })),
        open ? h('button', { type: 'button', class: 'icon-btn tab-edit', 'data-action': 'rename', title: t('tabs.rename'), 'aria-label': t('tabs.rename'), on: { click: () => this.startRename() } }, icon('edit')) : null,
        open && this.count > 1 ? h('button', { type: 'button', class: 'icon-btn remove tab-delete', 'data-action': 'delete', title: t('tabs.delete'), 'aria-label': t('tabs.delete'), on: { click: () => this.remove(i) } }, icon('remove')) : null);
      list.append(tab);
    });
    const full = this.count >= MAX_TABS;
    list.append(h('button', {
      type: 'button', class: 'btn small tab-add', id: 'tab-add', disabled: full,
      title: full ? t('tabs.full', { n: MAX_TABS }) : t('tabs.addTitle'), on: { click: () => this.add() },
      'aria-label': t('tabs.addTitle'),
    }, icon('add'), h('span', { class: this.count > 2 ? 'visually-hidden' : '', text: t('tabs.add') })));
    this.root.append(list);
  }
}
