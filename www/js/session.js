// The open scenario's life on the page, shared by the full page (full-page.js) and the
// embedded view (embedded.js): its check in the helper worker, its runs, its results, the
// run bar (Run, Cancel, progress, status). One direction of flow: an edit changes the
// scenario object → (debounced) the helper worker validates it → problems go to the shell,
// or the scenario is saved by the shell and, if the shell runs it as it is edited, run.
//
// Not for: what differs between the two views (the editor, tabs and studies of the full
// page; the sliders of the embedded view): each hands `attach` its shell.

import { memberMonths } from './run-size.js';
import { $ } from './dom.js';
import { t, lang, bilingualName, setLanguage, isZh } from './i18n.js';
import { Engine } from './engine.js';
import { notice } from './notices.js';
import { count, num, joinMonthLabel } from './format.js';

/** Scenarios under this many member-months re-run as the planner edits (about half a second of WASM, counterfactual included). */
const DEBOUNCE_MS = 300;

export const app = {
  scenario: null,
  remoteProblems: [],
  validatedJson: null,
  lastRun: null,
  running: null,
  /** A run asked for while another runs: 'asked' (Run, Ctrl+Enter) always runs next; 'auto' (an edit) only if the shell runs it as edited. */
  queued: null,
  timer: 0,
  seq: 0,
  engineOk: true,
  /** The scenario the page opens with (a link's, a saved tab's) is loaded: until then Run has nothing of the planner's to run. */
  loaded: false,
};

export const engine = new Engine((error) => {
  if (app.engineOk) {
    app.engineOk = false;
    notice(t('run.engineFailed', { message: error.message }), { kind: 'error' });
  }
});

/**
 * What the view around the scenario does (full-page.js, embedded.js): problemCount(),
 * unreadProblems(), showProblems(list), pointAtProblem(), runsAsEdited(scenario),
 * save(valid), opened(scenario), titled(), draw(run), shown(run), retranslate().
 */
let shell = null;
export function attach(view) { shell = view; }

export const scenarioJson = () => JSON.stringify(app.scenario);

/** The run's status line; given as a function, it is said again after a language switch. */
export function setStatus(text, kind = '') {
  const say = () => { $('#run-status').textContent = typeof text === 'function' ? text() : text; };
  app.sayStatus = typeof text === 'function' ? say : null;
  say();
  $('#run-status').className = `run-status ${kind}`;
}

function setProgress(fraction, active) {
  const bar = $('#progress');
  const pct = Math.max(0, Math.min(100, Math.round(fraction * 100)));
  $('#progress-fill').style.width = `${pct}%`;
  bar.setAttribute('aria-valuenow', String(pct));
  bar.classList.toggle('active', Boolean(active));
}

export const problemCount = () => shell.problemCount();

export function updateRunButton() {
  const run = $('#run');
  const n = problemCount();
  run.disabled = n > 0 || !app.engineOk || !app.loaded;
  run.title = n > 0 ? t('run.blocked', { n }) : 'Ctrl+Enter';
  run.classList.toggle('blocked', n > 0);
  $('#cancel').disabled = !app.running;
  if (n > 0 && !app.running) setStatus(shell.blockedStatus?.(n) ?? t('run.blocked', { n }), 'error');
}

export function updateStale() {
  const stale = Boolean(app.lastRun) && app.lastRun.json !== scenarioJson();
  $('#stale').classList.toggle('hidden', !stale);
  $('#results').classList.toggle('stale', stale);
}

export function updateTitle() {
  shell.titled();
  const name = bilingualName(app.scenario?.name ?? '');
  $('#scenario-name').textContent = name;
  document.title = name ? `${name} — Tierlab` : 'Tierlab';
}

// ---------------------------------------------------------------- validation

/** Checks answered (body[data-checks]), so that a test can tell an edit has been looked at. */
let checksAnswered = 0;

/** Validates the current scenario (in the helper worker); returns the problem count. */
export async function validateNow() {
  const json = scenarioJson();
  const seq = ++app.seq;
  let problems = [];
  try {
    problems = await engine.validate(json);
  } catch (e) {
    if (e?.cancelled) return problemCount();
    problems = [{ path: '', message: e.message }];
  }
  if (seq !== app.seq) return null; // a newer edit is being checked
  app.remoteProblems = Array.isArray(problems) ? problems : [];
  app.validatedJson = json;
  document.body.dataset.checks = String(++checksAnswered);
  shell.showProblems(app.remoteProblems);
  updateRunButton();
  return problemCount();
}

export function scheduleCheck() {
  clearTimeout(app.timer);
  app.timer = setTimeout(checkAndMaybeRun, DEBOUNCE_MS);
}

/** `fresh`: a scenario just loaded, so the view holds no unread text for it yet. */
export async function checkAndMaybeRun({ fresh = false } = {}) {
  // A scenario run as it is edited starts running while it is checked (in the other
  // worker): the run checks it again and answers with the problems instead of results if
  // there are any. Text the editor could not read as a value keeps it from running.
  const unread = fresh ? 0 : shell.unreadProblems();
  const atOnce = shell.runsAsEdited(app.scenario) && unread === 0;
  if (atOnce) runNow({ checking: true });
  const n = await validateNow();
  if (n === null) return;
  await shell.save(n === 0);
  if (n === 0 && !atOnce && !app.running) setStatus(() => t('run.manual', { size: count(memberMonths(app.scenario)) }));
}

// ---------------------------------------------------------------------- runs

/** Runs whose members began to run (body[data-runs-started]); body[data-runs] counts those shown. */
let runsStarted = 0;

/** Runs the open scenario; `checking`: its check is under way, so do not wait for it. */
export async function runNow({ checking = false, asked = !checking } = {}) {
  if (!app.engineOk || !app.loaded) return;
  const json = scenarioJson();
  if (!checking && app.validatedJson !== json) { await validateNow(); }
  if (!checking && problemCount() > 0) { shell.pointAtProblem(); return; }
  if (app.running) {
    if (app.running.json === json && app.running.lang === lang()) return;
    if (app.queued !== 'asked') app.queued = asked ? 'asked' : 'auto'; // run again when this one finishes
    return;
  }
  const started = performance.now();
  const runLang = lang();
  app.running = { json, lang: runLang };
  updateRunButton();
  setStatus(t('run.starting'));
  setProgress(0, true);
  document.body.classList.add('is-running');
  let begun = false;
  try {
    const outcome = await engine.run(json, runLang, (done, total, month, referred) => {
      // The first progress report: members are running (a scenario the WASM refuses sends none).
      if (!begun) { begun = true; document.body.dataset.runsStarted = String(++runsStarted); }
      setProgress(total ? done / total : 0, true);
      setStatus(t(referred ? 'run.runningReferred' : 'run.running', { done: count(done), total: count(total), month: joinMonthLabel(app.scenario.horizon, month) }));
    });
    if (!outcome || !outcome.ok) {
      app.remoteProblems = outcome?.problems || [];
      shell.showProblems(app.remoteProblems);
      setStatus(t('run.blocked', { n: app.remoteProblems.length }), 'error');
      setProgress(0, false);
    } else {
      const seconds = (performance.now() - started) / 1000;
      showResults({ json, scenario: JSON.parse(json), lang: runLang, workers: outcome.workers, ...outcome.value });
      const months = outcome.value.results?.months?.length ?? 0;
      const members = outcome.value.results?.totals?.enrolled;
      setStatus(() => t('run.done', { members: count(members), months, seconds: num(seconds, 2) }), 'ok');
      setProgress(1, false);
    }
  } catch (e) {
    setProgress(0, false);
    if (e?.cancelled) setStatus(t('run.cancelled'));
    else setStatus(t('run.failed', { message: e.message }), 'error');
  } finally {
    app.running = null;
    document.body.classList.remove('is-running');
    updateRunButton();
    updateStale();
    if (app.queued) {
      const again = app.queued === 'asked';
      app.queued = null;
      const outdated = scenarioJson() !== app.lastRun?.json || app.lastRun?.lang !== lang();
      if (outdated && (again || shell.runsAsEdited(app.scenario))) runNow({ asked: again });
    }
  }
}

export function cancelRun() {
  app.queued = null;
  engine.cancel();
}

/** The latest runs by scenario JSON and language: a tab opened again shows its results at once. */
const runCache = new Map();

let runsShown = 0;
function showResults(run, { cached = false } = {}) {
  app.lastRun = run;
  if (!cached) {
    document.body.dataset.runs = String(++runsShown);
    runCache.delete(run.json + run.lang);
    runCache.set(run.json + run.lang, run);
    if (runCache.size > 10) runCache.delete(runCache.keys().next().value);
  }
  $('#results-empty').classList.add('hidden');
  Object.assign($('#results').dataset, { digest: run.digest || '', lang: run.lang, workers: String(run.workers || 1) });
  $('#digest').textContent = run.digest || '';
  shell.draw(run);
  $('#export-csv').disabled = false;
  shell.shown(run);
  updateStale();
}

// ------------------------------------------------------------ loading scenarios

/** Replaces the scenario (one the core has read: its defaults are written in). */
export function load(scenario) {
  app.scenario = scenario;
  app.remoteProblems = [];
  app.validatedJson = null;
  clearTimeout(app.timer);
  // The run (and the check) start first: the worker runs while the editor is drawn.
  const checked = checkAndMaybeRun({ fresh: true });
  shell.opened(app.scenario);
  updateTitle();
  const cached = runCache.get(scenarioJson() + lang());
  if (cached && cached !== app.lastRun) showResults(cached, { cached: true });
  updateStale();
  return checked;
}

export function switchLanguage() {
  setLanguage(isZh() ? 'en' : 'zh-CN');
  shell.retranslate();
  updateTitle();
  if (app.lastRun) shell.draw(app.lastRun);
  app.sayStatus?.();
  updateRunButton();
  if (app.remoteProblems.length) validateNow(); // the core words its problems in the page's language
  // Chart text is drawn by the WASM in the run's language: redraw if it runs as edited.
  if (app.lastRun && app.lastRun.lang !== lang() && problemCount() === 0 && shell.runsAsEdited(app.scenario)) {
    runNow({ asked: false });
  }
}

/** The run bar's controls, the same in both views. */
export function wireRunBar() {
  $('#run').addEventListener('click', () => runNow());
  $('#cancel').addEventListener('click', cancelRun);
  $('#lang').addEventListener('click', switchLanguage);
}

/** The scenario is open: Run may run it; then load it (check, and run if it runs as edited). */
export async function open(scenario) {
  document.body.classList.remove('booting');
  app.loaded = true;
  updateRunButton();
  await load(scenario);
}
