// The embedded view (`?embed=1`, in a wiki's iframe): read-only, the KPI cards and charts a
// link asks for, and the scenario's sliders, which re-run it as they move (at most once
// every SLIDER_MS; the value a slider stops at always runs), around the shared session
// (session.js).
//
// Not for: checking and running the scenario (session.js), or editing it (full-page.js).

import { $ } from './dom.js';
import { t, translateStatic } from './i18n.js';
import { setAt } from './paths.js';
import { renderKpis } from './kpis.js';
import { renderCharts } from './charts.js';
import { embedSliders, renderSliders } from './embed.js';
import { app, attach, checkAndMaybeRun, open, runNow, wireRunBar } from './session.js';

const SLIDER_MS = 100;
/** The KPI cards an embedded view shows when its link names none. */
const KPIS = ['active', 'retention', 'revenue', 'liability'];

/** The embedded view for the link's `params`: its controls wired, its shell attached to the session. */
export function embeddedView(params) {
  let sliderTimer = null;
  let sliderMoved = false;
  function throttleCheck() {
    if (sliderTimer) { sliderMoved = true; return; }
    checkAndMaybeRun();
    sliderTimer = setTimeout(() => {
      sliderTimer = null;
      if (sliderMoved) { sliderMoved = false; throttleCheck(); }
    }, SLIDER_MS);
  }

  function buildSliders() {
    // A link's own `sliders=` list replaces the scenario's, whose ranges then do not apply.
    if (params.sliders.length) delete app.scenario.embed;
    const sliders = embedSliders(app.scenario, params.sliders);
    renderSliders($('#embed-sliders'), sliders, app.scenario, (path, value) => {
      setAt(app.scenario, path, value);
      throttleCheck();
    });
  }

  wireRunBar();
  attach({
    problemCount: () => app.remoteProblems.length,
    unreadProblems: () => 0,
    showProblems: () => {},
    pointAtProblem: () => {},
    // No editor to point at: the status line says what is wrong.
    blockedStatus: (n) => (app.remoteProblems[0] ? `${t('run.blocked', { n })} ${app.remoteProblems[0].message}` : t('run.blocked', { n })),
    runsAsEdited: () => true,
    save: async () => {},
    opened: () => {},
    titled: () => {},
    draw: (run) => {
      renderKpis($('#kpis'), run.results, params.kpis.length ? params.kpis : KPIS);
      const ids = Array.isArray(run.charts) ? run.charts.map((c) => c[0]) : [];
      const only = params.charts.length ? params.charts : ids.slice(0, 2);
      renderCharts($('#charts'), run.charts, { only, baseName: '', downloads: false, drawnIn: run.lang, again: runNow });
    },
    shown: () => {},
    retranslate: () => { translateStatic(); buildSliders(); },
  });

  /** Once the engine is ready and the link's scenario chosen. */
  async function start() {
    buildSliders();
    const full = new URL(window.location.href);
    full.search = '';
    $('#open-full').href = full.toString();
    await open(app.scenario);
  }
  return { start, withoutEngine: () => {} };
}
