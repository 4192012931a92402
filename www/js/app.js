// Tierlab's page: wires the editor, the workers, the results and the sharing together.
// One direction of flow: an edit changes the scenario object → (debounced) the helper
// worker validates it → problems go beside their fields, or the scenario is saved (URL +
// localStorage) and, if small, run in the runner worker → KPIs, charts, explain.
// The scenario is the open one of the scenario tabs; the Compare and Sweep & goal-seek
// views (study-views.js) read every tab and write back through one undoable edit.

import { memberMonths, quick } from './run-size.js';
import { $, h } from './dom.js';
import { t, initLanguage, setLanguage, lang, translateStatic, bilingualName, isZh } from './i18n.js';
import { readParams, setAsideLongLink, encodeScenario, writeHashParams, tabsHash, store, KEYS, parseScenarioText } from './state.js';
import { initialTabs, refuseLongLink, vet as vetScenario } from './startup.js';
import { ScenarioTabs } from './scenario-tabs.js';
import { KeptTabs } from './saved-tabs.js';
import { openInPlaceOf } from './link-tabs.js';
import { StudyViews } from './study-views.js';
import { Engine } from './engine.js';
import { Editor } from './editor.js';
import { withDefaults } from './fields.js';
import { DEFAULT_SCENARIO } from './example-programme.js';
import { clone, setAt, normalizePath } from './paths.js';
import { renderKpis } from './kpis.js';
import { renderCharts } from './charts.js';
import { renderCampaigns } from './campaigns.js';
import { setCampaignPresets } from './campaign-editor.js';
import { Explainer } from './explain.js';
import { FitPanel } from './fit-panel.js';
import { downloadCsv, downloadJson, readScenarioFile } from './exporting.js';
import { EmbedDialog, embedSliders, renderSliders } from './embed.js';
import { installTooltips } from './tooltip.js';
import { notice } from './notices.js';
import { count, num, joinMonthLabel } from './format.js';

/** Scenarios under this many member-months re-run as the planner edits (about half a second of WASM, counterfactual included). */
const DEBOUNCE_MS = 300;

const params = readParams();
const embed = params.embed;
initLanguage(params.lang);
// Before the workers and the WASM load: a link too long to be one is refused on its length.
const refusal = setAsideLongLink(params);

const app = {
  scenario: clone(DEFAULT_SCENARIO),
  remoteProblems: [],
  validatedJson: null,
  lastRun: null,
  running: null,
  /** A run asked for while another runs: 'asked' (Run, Ctrl+Enter) always runs next; 'auto' (an edit) only if quick. */
  queued: null,
  timer: 0,
  seq: 0,
  engineOk: true,
  /** The scenario the page opens with (a link's, a saved tab's) is loaded: until then Run has nothing of the planner's to run. */
  loaded: false,
  /** The planner is choosing which tabs a link replaces: nothing is kept until they do. */
  asking: false,
};

// ---------------------------------------------------------------- the engine

const engine = new Engine((error) => {
  if (app.engineOk) {
    app.engineOk = false;
    notice(t('run.engineFailed', { message: error.message }), { kind: 'error' });
  }
});

// ------------------------------------------------------------------- helpers

const scenarioJson = () => JSON.stringify(app.scenario);

/** The run's status line; given as a function, it is said again after a language switch. */
function setStatus(text, kind = '') {
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

function problemCount() {
  return embed ? app.remoteProblems.length : editor.problemCount();
}

function updateRunButton() {
  const run = $('#run');
  const n = problemCount();
  run.disabled = n > 0 || !app.engineOk || !app.loaded;
  run.title = n > 0 ? t('run.blocked', { n }) : 'Ctrl+Enter';
  run.classList.toggle('blocked', n > 0);
  $('#cancel').disabled = !app.running;
  if (n > 0 && !app.running) {
    // The embedded view has no editor to point at: say what is wrong in the status line.
    const first = embed ? app.remoteProblems[0] : null;
    setStatus(first ? `${t('run.blocked', { n })} ${first.message}` : t('run.blocked', { n }), 'error');
  }
}

function updateStale() {
  const stale = Boolean(app.lastRun) && app.lastRun.json !== scenarioJson();
  $('#stale').classList.toggle('hidden', !stale);
  $('#results').classList.toggle('stale', stale);
}

function updateTitle() {
  tabs?.render();
  const name = bilingualName(app.scenario?.name ?? '');
  $('#scenario-name').textContent = name;
  document.title = name ? `${name} — Tierlab` : 'Tierlab';
}

// ------------------------------------------------------------------- saving

async function save(valid) {
  if (embed || app.asking) return;
  const json = scenarioJson();
  // The tabs first: a list kept before tabs had ids reads its open tab from KEYS.current.
  kept.write(tabs.entries(), tabs.activeId);
  store.set(KEYS.current, json);
  if (valid) {
    store.set(KEYS.lastGood, json);
    await writeState();
  }
  views.scenariosChanged();
}

/** The tabs and the view into the address, for a link that opens this very page. */
async function writeState() {
  writeHashParams(await tabsHash(tabs.all(), tabs.active, views.current));
  kept.rememberAddress();
}

/** The tabs kept in this browser, as this page changes them. */
const kept = new KeptTabs();

/** Cancel in the question which tabs a link replaces: every tab stays, the link leaves the address. */
async function linkCancelled() {
  writeHashParams({ s: null, tabs: null, tab: null });
  kept.rememberAddress();
  notice(t('link.kept'));
  await save(problemCount() === 0);
}

// ---------------------------------------------------------------- validation

/** Checks answered (body[data-checks]), so that a test can tell an edit has been looked at. */
let checksAnswered = 0;

/** Validates the current scenario (in the helper worker); returns the problem count. */
async function validateNow() {
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
  if (!embed) editor.showProblems(app.remoteProblems);
  updateRunButton();
  return problemCount();
}

function scheduleCheck() {
  clearTimeout(app.timer);
  app.timer = setTimeout(checkAndMaybeRun, DEBOUNCE_MS);
}

/** An embedded view's slider re-runs as it moves, at most once every SLIDER_MS; the value it stops at always runs (a run asked for during another is queued, and runs the latest scenario). */
const SLIDER_MS = 100;
function throttleCheck() {
  if (app.sliderTimer) { app.sliderMoved = true; return; }
  checkAndMaybeRun();
  app.sliderTimer = setTimeout(() => {
    app.sliderTimer = null;
    if (app.sliderMoved) { app.sliderMoved = false; throttleCheck(); }
  }, SLIDER_MS);
}

/** `fresh`: a scenario just loaded, so the editor holds no unread text for it yet. */
async function checkAndMaybeRun({ fresh = false } = {}) {
  // A quick scenario starts running while it is checked (in the other worker): the run
  // checks it again and answers with the problems instead of results if there are any.
  // Text the editor could not read as a value keeps it from running, as before.
  const unread = embed || fresh ? 0 : editor.localProblems.length;
  const atOnce = (quick(app.scenario) || embed) && unread === 0;
  if (atOnce) runNow({ checking: true });
  const n = await validateNow();
  if (n === null) return;
  await save(n === 0);
  if (n === 0 && !atOnce && !app.running) setStatus(() => t('run.manual', { size: count(memberMonths(app.scenario)) }));
}

// ---------------------------------------------------------------------- runs

/** Runs whose members began to run (body[data-runs-started]); body[data-runs] counts those shown. */
let runsStarted = 0;

/** Runs the open scenario; `checking`: its check is under way, so do not wait for it. */
async function runNow({ checking = false, asked = !checking } = {}) {
  if (!app.engineOk || !app.loaded) return;
  const json = scenarioJson();
  if (!checking && app.validatedJson !== json) { await validateNow(); }
  if (!checking && problemCount() > 0) { if (!embed) { showPane('editor'); editor.focusFirstProblem(); } return; }
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
      if (!embed) editor.showProblems(app.remoteProblems);
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
      const asked = app.queued === 'asked';
      app.queued = null;
      const outdated = scenarioJson() !== app.lastRun?.json || app.lastRun?.lang !== lang();
      if (outdated && (asked || embed || quick(app.scenario))) runNow({ asked });
    }
  }
}

function cancelRun() {
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
  drawResults(run);
  $('#export-csv').disabled = false;
  if (explainer) explainer.setContext({ json: run.json, scenario: run.scenario, results: run.results });
  updateStale();
}

/** The KPI cards, charts and campaign review of a run, in the page's language. */
function drawResults(run) {
  renderKpis($('#kpis'), run.results, embed && params.kpis.length ? params.kpis : (embed ? ['active', 'retention', 'revenue', 'liability'] : null));
  const ids = Array.isArray(run.charts) ? run.charts.map((c) => c[0]) : [];
  const only = embed ? (params.charts.length ? params.charts : ids.slice(0, 2)) : null;
  renderCharts($('#charts'), run.charts, { only, baseName: bilingualName(run.scenario?.name), downloads: !embed, drawnIn: run.lang, again: runNow });
  if (!embed) renderCampaigns($('#campaigns'), run.results, run.lang === lang() ? run.campaign_notes : null);
}

// ------------------------------------------------------------ loading scenarios

/** Replaces the scenario (already known to be a structurally sound object). */
function load(scenario) {
  app.scenario = withDefaults(scenario);
  app.remoteProblems = [];
  app.validatedJson = null;
  clearTimeout(app.timer);
  // The run (and the check) start first: the worker runs while the editor is drawn.
  const checked = checkAndMaybeRun({ fresh: true });
  if (!embed) editor.setScenario(app.scenario);
  updateTitle();
  const cached = runCache.get(scenarioJson() + lang());
  if (cached && cached !== app.lastRun) showResults(cached, { cached: true });
  updateStale();
  return checked;
}

const vet = (candidate) => vetScenario(engine, candidate);

// --------------------------------------------------------------- the header

async function fillPresets() {
  const select = $('#presets');
  let list = [];
  try { list = await engine.presets(); } catch { return; }
  while (select.options.length > 1) select.remove(1);
  for (const p of Array.isArray(list) ? list : []) select.append(h('option', { value: p.id, text: bilingualName(p.name) }));
}

async function loadPreset(id) {
  if (!id) return;
  let text;
  try { text = await engine.presetJson(id); } catch { return; }
  const parsed = text ? parseScenarioText(text) : { ok: false };
  if (!parsed.ok) return;
  await applyEdit(parsed.scenario, t('notice.presetLoaded', { name: bilingualName(parsed.scenario.name) }));
}

/** Replaces the open scenario as one edit, with Undo in the notice that says what changed. */
async function applyEdit(scenario, message) {
  const previous = clone(app.scenario);
  await load(scenario);
  notice(message, { action: { label: t('notice.undo'), fn: () => load(previous) } });
}

async function importFile(file) {
  const checked = await vet(await readScenarioFile(file));
  if (!checked.ok) { notice(t('notice.refusedImport', { reason: checked.reason }), { kind: 'error' }); return; }
  await applyEdit(checked.scenario, t('notice.imported', { name: bilingualName(checked.scenario.name) }));
}

async function applyJson(text) {
  const checked = await vet(parseScenarioText(String(text)));
  if (!checked.ok) { editor.showJsonProblem(checked.reason); return; }
  editor.showJsonProblem('');
  await load(checked.scenario);
  notice(t('notice.jsonApplied'));
}

async function copyLink() {
  await writeState();
  try {
    await navigator.clipboard.writeText(window.location.href);
    notice(t('notice.copied'));
  } catch {
    notice(window.location.href);
  }
}

function switchLanguage() {
  setLanguage(isZh() ? 'en' : 'zh-CN');
  retranslate();
  if (app.remoteProblems.length) validateNow(); // the core words its problems in the page's language
  // Chart text is drawn by the WASM in the run's language: redraw if it is quick.
  if (app.lastRun && app.lastRun.lang !== lang() && problemCount() === 0 && (embed || quick(app.scenario))) {
    runNow({ asked: false });
  }
}

function retranslate() {
  translateStatic();
  updateTitle();
  if (!embed) {
    editor.render();
    explainer.build();
    fillPresets();
    views.retranslate();
  } else {
    buildSliders();
  }
  if (app.lastRun) drawResults(app.lastRun);
  app.sayStatus?.();
  updateRunButton();
}

// ------------------------------------------------------------------ embed mode

let sliders = [];
function buildSliders() {
  // A link's own `sliders=` list replaces the scenario's, whose ranges then do not apply.
  if (params.sliders.length) delete app.scenario.embed;
  sliders = embedSliders(app.scenario, params.sliders);
  renderSliders($('#embed-sliders'), sliders, app.scenario, (path, value) => {
    setAt(app.scenario, path, value);
    throttleCheck();
  });
}

// -------------------------------------------------------------------- start

const editor = embed ? null : new Editor($('#editor'), {
  onChange: () => {
    updateTitle();
    updateStale();
    updateRunButton();
    editor.refreshJson();
    scheduleCheck();
  },
  onApplyJson: applyJson,
  onReset: () => load(clone(DEFAULT_SCENARIO)),
  population: () => fitPanel.element(),
});

// "Fit a segment from your transactions", shown in the editor's population section.
const fitPanel = embed ? null : new FitPanel({
  fit: (text, options, onProgress) => engine.fit(text, options, onProgress),
  cancel: () => engine.cancelFit(),
  scenario: () => app.scenario,
  added: (message, previous) => {
    editor.structural('population.segments');
    notice(message, { action: { label: t('notice.undo'), fn: () => load(previous) } });
  },
});

const tabs = embed ? null : new ScenarioTabs($('#scenario-tabs'), {
  current: () => app.scenario,
  load: (scenario) => load(scenario),
  renamed: () => { editor.render(); editor.hooks.onChange(); },
  changed: () => save(problemCount() === 0),
  notice: (text, action) => notice(text, { action }),
});

const views = embed ? null : new StudyViews({
  scenarios: () => tabs.all(),
  current: () => app.scenario,
  apply: applyEdit,
  copyLink: () => copyLink(),
  viewChanged: (view) => { writeHashParams({ view: view === 'results' ? null : view }); kept.rememberAddress(); },
});

const explainer = embed ? null : new Explainer($('#explain'), {
  explain: (json, id) => engine.explain(json, id),
  almost: (json, tier) => engine.almost(json, tier),
});

const embedDialog = embed ? null : new EmbedDialog($('#embed-dialog'), () => ({
  scenario: app.scenario,
  encoded: app.encoded,
  chartIds: Array.isArray(app.lastRun?.charts) ? app.lastRun.charts.map((c) => c[0]) : [],
}), saveEmbedSliders);

/** Writes the Embed dialog's sliders into the scenario, then checks and saves it (link + storage). */
async function saveEmbedSliders(list) {
  if (list.length) app.scenario.embed = { sliders: list };
  else delete app.scenario.embed;
  editor.refreshJson();
  clearTimeout(app.timer);
  await checkAndMaybeRun();
  app.encoded = await encodeScenario(app.scenario);
  return { problems: app.remoteProblems.filter((p) => normalizePath(p.path).startsWith('embed')) };
}

/** On narrow screens one pane shows at a time: the editor or the results. */
function showPane(name) {
  document.body.classList.toggle('pane-editor', name === 'editor');
  document.body.classList.toggle('pane-results', name !== 'editor');
  for (const tab of document.querySelectorAll('.pane-tabs [data-pane]')) tab.setAttribute('aria-selected', String(tab.dataset.pane === name));
}

function wire() {
  $('#run').addEventListener('click', () => runNow());
  $('#cancel').addEventListener('click', cancelRun);
  $('#lang').addEventListener('click', switchLanguage);
  if (embed) return;
  for (const tab of document.querySelectorAll('.pane-tabs [data-pane]')) {
    tab.addEventListener('click', () => showPane(tab.dataset.pane));
  }
  $('#presets').addEventListener('change', (e) => { const id = e.target.value; e.target.value = ''; loadPreset(id); });
  $('#import').addEventListener('click', () => $('#import-file').click());
  $('#import-file').addEventListener('change', (e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) importFile(f); });
  $('#export-json').addEventListener('click', () => downloadJson(app.scenario));
  $('#export-csv').addEventListener('click', () => { if (app.lastRun) downloadCsv(app.lastRun.csv, bilingualName(app.lastRun.scenario?.name)); });
  $('#share').addEventListener('click', copyLink);
  $('#embed').addEventListener('click', async () => { app.encoded = await encodeScenario(app.scenario); embedDialog.open(); });
  document.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') { e.preventDefault(); runNow(); }
  });
}

async function start() {
  document.body.classList.toggle('embed', embed);
  document.body.classList.toggle('full', !embed);
  installTooltips();
  translateStatic();
  wire();
  if (refusal) refuseLongLink(refusal, notice);
  try {
    await engine.ready;
  } catch (e) {
    app.engineOk = false;
    // Without the engine nothing can be checked: keep the last scenario the page saved.
    const text = store.get(KEYS.current);
    const parsed = text ? parseScenarioText(text) : { ok: false };
    app.scenario = withDefaults(parsed.ok ? parsed.scenario : DEFAULT_SCENARIO);
    if (!embed) editor.setScenario(app.scenario);
    updateTitle();
    updateRunButton();
    setStatus(t('run.engineFailed', { message: e.message }), 'error');
    document.body.classList.remove('booting');
    return;
  }
  const first = await initialTabs(engine, params, notice, { refused: Boolean(refusal), embed });
  if (first.refused) document.body.dataset.refused = 'url';
  app.scenario = withDefaults(first.tabs.entries[first.tabs.active].scenario);
  if (!embed) {
    fillPresets();
    engine.campaignPresets().then(setCampaignPresets, () => {});
    kept.adopt(first.kept);
    tabs.set(first.tabs.entries, first.tabs.active);
    views.show(first.view, { write: false });
    app.asking = Boolean(first.ask);
  }
  if (embed) {
    buildSliders();
    const full = new URL(window.location.href);
    full.search = '';
    $('#open-full').href = full.toString();
  }
  document.body.classList.remove('booting');
  app.loaded = true;
  updateRunButton();
  await load(app.scenario);
  // A scenario too big to run as it opens: the run's pool starts while the planner reads
  // (after a run it starts by itself).
  if (!app.running) engine.warm();
  if (embed) return;
  if (first.refused) await writeState();
  if (first.opened) notice(first.opened);
  if (first.ask && !(await openInPlaceOf(tabs, first.ask, () => { app.asking = false; }))) await linkCancelled();
}

start();
