// The results pane's views: Results (the open scenario's run), Compare (every tab side by
// side, with replications) and Sweep & goal-seek (studies of the open scenario). The view
// is in the page's address (`view=`), so a shared link opens on it. Each study view is
// built the first time it is shown and told when the scenarios change.
// Not for: the studies themselves (compare-view.js, uncertainty.js, study-panel.js…).

import { $$ } from './dom.js';
import { VIEWS } from './startup.js';
import { CompareView } from './compare-view.js';
import { StudyPanel } from './study-panel.js';

export class StudyViews {
  /**
   * @param hooks { scenarios() → every tab's scenario (A first), current() → the open one,
   *   apply(scenario, message) (one undoable edit), copyLink(), viewChanged(view) }
   */
  constructor(hooks) {
    this.hooks = hooks;
    this.current = 'results';
    this.compare = null;
    this.panel = null;
    for (const tab of $$('.view-tabs [data-view]')) tab.addEventListener('click', () => this.show(tab.dataset.view));
  }

  /** Shows a view (`write: false` leaves the address alone, as when a link opened it). */
  show(view, { write = true } = {}) {
    const name = VIEWS.includes(view) ? view : 'results';
    if (name !== this.current) document.querySelector('.results-pane')?.scrollTo(0, 0);
    this.current = name;
    for (const v of VIEWS) document.body.classList.toggle(`view-${v}`, v === name);
    for (const tab of $$('.view-tabs [data-view]')) tab.setAttribute('aria-selected', String(tab.dataset.view === name));
    if (name === 'compare') {
      this.compare ||= new CompareView(document.getElementById('compare-view'), this.hooks);
      this.compare.shown();
    }
    if (name === 'studies') {
      this.panel ||= new StudyPanel(document.getElementById('study-view'), this.hooks);
      this.panel.shown();
    }
    if (write) this.hooks.viewChanged(name);
  }

  /** A tab was edited, added, deleted or opened. */
  scenariosChanged() {
    if (this.current === 'compare') this.compare?.scenariosChanged();
    if (this.current === 'studies') this.panel?.scenariosChanged();
  }

  /**
   * The page's language changed: new words everywhere; the open view's charts drawn again
   * if quick (replications always: their runs are kept), the others when next shown.
   */
  retranslate() {
    if (this.current === 'compare') this.compare?.shown();
    else this.compare?.render();
    if (this.current === 'studies') this.panel?.shown();
    else this.panel?.render();
  }
}
