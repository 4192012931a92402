// The full page: the scenario editor, the scenario tabs and what is kept of them in this
// browser, the header (presets, import, export, share, embed), the Compare and Sweep &
// goal-seek views, explain and the fit panel, around the shared session (session.js).
//
// Not for: checking and running the scenario (session.js), or the embedded view
// (embedded.js).

import { quick } from './run-size.js';
import { $, h } from './dom.js';
import { t, lang, translateStatic, bilingualName } from './i18n.js';
import { encodeScenario, writeHashParams, tabsHash, store, KEYS, parseScenarioText } from './state.js';
import { exampleProgramme, vet as vetScenario } from './startup.js';
import { ScenarioTabs } from './scenario-tabs.js';
import { KeptTabs } from './saved-tabs.js';
import { openInPlaceOf } from './link-tabs.js';
import { StudyViews } from './study-views.js';
import { Editor } from './editor.js';
import { clone, normalizePath } from './paths.js';
import { renderKpis } from './kpis.js';
import { renderCharts } from './charts.js';
import { renderCampaigns } from './campaigns.js';
import { setCampaignPresets } from './campaign-editor.js';
import { Explainer } from './explain.js';
import { FitPanel } from './fit-panel.js';
import { downloadCsv, downloadJson, readScenarioFile } from './exporting.js';
import { EmbedDialog } from './embed.js';
import { notice } from './notices.js';
import {
  app, engine, attach, load, open, runNow, scheduleCheck, checkAndMaybeRun, updateRunButton,
  updateStale, updateTitle, problemCount, scenarioJson, wireRunBar,
} from './session.js';

/** The planner is choosing which tabs a link replaces: nothing is kept until they do. */
let asking = false;
/** The link the Embed dialog shows is made of the scenario as it is when the dialog opens. */
let encoded = '';
/** The tabs kept in this browser, as this page changes them. */
const kept = new KeptTabs();
let editor, fitPanel, tabs, views, explainer, embedDialog;

/** The full page's parts, made once the page knows it is not embedded. */
function build() {
  editor = new Editor($('#editor'), {
    onChange: () => {
      updateTitle();
      updateStale();
      updateRunButton();
      editor.refreshJson();
      scheduleCheck();
    },
    onApplyJson: applyJson,
    onReset: async () => load(await exampleProgramme(engine)),
    forms: (behaviour) => engine.behaviourForms(behaviour),
    switchForm: (behaviour) => engine.switchForm(behaviour),
    population: () => fitPanel.element(),
  });
  // "Fit a segment from your transactions", shown in the editor's population section.
  fitPanel = new FitPanel({
    fit: (text, options, onProgress) => engine.fit(text, options, onProgress),
    cancel: () => engine.cancelFit(),
    scenario: () => app.scenario,
    added: (message, previous) => {
      editor.structural('population.segments');
      notice(message, { action: { label: t('notice.undo'), fn: () => load(previous) } });
    },
  });
  tabs = new ScenarioTabs($('#scenario-tabs'), {
    current: () => app.scenario,
    load: (scenario) => load(scenario),
    renamed: () => { editor.render(); editor.hooks.onChange(); },
    changed: () => save(problemCount() === 0),
    notice: (text, action) => notice(text, { action }),
  });
  views = new StudyViews({
    scenarios: () => tabs.all(),
    current: () => app.scenario,
    apply: applyEdit,
    copyLink: () => copyLink(),
    viewChanged: (view) => { writeHashParams({ view: view === 'results' ? null : view }); kept.rememberAddress(); },
  });
  explainer = new Explainer($('#explain'), {
    explain: (json, member, tier) => engine.explain(json, member, tier),
    numbers: (json) => engine.memberNumbers(json),
    almost: (json, tier) => engine.almost(json, tier),
  });
  embedDialog = new EmbedDialog($('#embed-dialog'), () => ({
    scenario: app.scenario,
    encoded,
    chartIds: Array.isArray(app.lastRun?.charts) ? app.lastRun.charts.map((c) => c[0]) : [],
  }), saveEmbedSliders);
}

// ------------------------------------------------------------------- saving

async function save(valid) {
  if (asking) return;
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

/** Cancel in the question which tabs a link replaces: every tab stays, the link leaves the address. */
async function linkCancelled() {
  writeHashParams({ s: null, tabs: null, tab: null });
  kept.rememberAddress();
  notice(t('link.kept'));
  await save(problemCount() === 0);
}

/** Writes the Embed dialog's sliders into the scenario, then checks and saves it (link + storage). */
async function saveEmbedSliders(list) {
  if (list.length) app.scenario.embed = { sliders: list };
  else delete app.scenario.embed;
  editor.refreshJson();
  clearTimeout(app.timer);
  await checkAndMaybeRun();
  encoded = await encodeScenario(app.scenario);
  return { problems: app.remoteProblems.filter((p) => normalizePath(p.path).startsWith('embed')) };
}

// --------------------------------------------------------------- the header

const vet = (candidate) => vetScenario(engine, candidate);

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

/** On narrow screens one pane shows at a time: the editor or the results. */
function showPane(name) {
  document.body.classList.toggle('pane-editor', name === 'editor');
  document.body.classList.toggle('pane-results', name !== 'editor');
  for (const tab of document.querySelectorAll('.pane-tabs [data-pane]')) tab.setAttribute('aria-selected', String(tab.dataset.pane === name));
}

function wire() {
  wireRunBar();
  for (const tab of document.querySelectorAll('.pane-tabs [data-pane]')) {
    tab.addEventListener('click', () => showPane(tab.dataset.pane));
  }
  $('#presets').addEventListener('change', (e) => { const id = e.target.value; e.target.value = ''; loadPreset(id); });
  $('#import').addEventListener('click', () => $('#import-file').click());
  $('#import-file').addEventListener('change', (e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) importFile(f); });
  $('#export-json').addEventListener('click', () => downloadJson(app.scenario));
  $('#export-csv').addEventListener('click', () => { if (app.lastRun) downloadCsv(app.lastRun.csv, bilingualName(app.lastRun.scenario?.name)); });
  $('#share').addEventListener('click', copyLink);
  $('#embed').addEventListener('click', async () => { encoded = await encodeScenario(app.scenario); embedDialog.open(); });
  document.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') { e.preventDefault(); runNow(); }
  });
}

/** The full page: its parts made, its controls wired, its shell attached to the session. */
export function fullPage() {
  build();
  wire();
  attach({
    problemCount: () => editor.problemCount(),
    unreadProblems: () => editor.localProblems.length,
    showProblems: (list) => editor.showProblems(list),
    pointAtProblem: () => { showPane('editor'); editor.focusFirstProblem(); },
    runsAsEdited: quick,
    save,
    opened: (scenario) => editor.setScenario(scenario),
    titled: () => tabs.render(),
    draw: (run) => {
      renderKpis($('#kpis'), run.results, null);
      renderCharts($('#charts'), run.charts, { only: null, baseName: bilingualName(run.scenario?.name), downloads: true, drawnIn: run.lang, again: runNow });
      renderCampaigns($('#campaigns'), run.results, run.lang === lang() ? run.campaign_notes : null);
    },
    shown: (run) => explainer.setContext({ json: run.json, scenario: run.scenario, results: run.results }),
    retranslate: () => {
      translateStatic();
      editor.render();
      explainer.build();
      fillPresets();
      views.retranslate();
    },
  });
  return { start, withoutEngine: () => editor.setScenario(app.scenario) };
}

/** Once the engine is ready and the scenario chosen: `first` is what startup.js made of the link and the kept tabs. */
async function start(first) {
  fillPresets();
  engine.campaignPresets().then(setCampaignPresets, () => {});
  kept.adopt(first.kept);
  tabs.set(first.tabs.entries, first.tabs.active);
  views.show(first.view, { write: false });
  asking = Boolean(first.ask);
  await open(app.scenario);
  if (first.refused) await writeState();
  if (first.opened) notice(first.opened);
  if (first.ask && !(await openInPlaceOf(tabs, first.ask, () => { asking = false; }))) await linkCancelled();
}
