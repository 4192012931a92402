// Shared set-up for the page tests: Debian's Chromium through playwright-core, the served
// page's URL (TIERLAB_URL, set by tests/tasks.sh), and waits on the page's own signals:
// body[data-runs] counts completed runs, body[data-runs-started] runs whose members began
// to run, body[data-checks] checks of the scenario answered, #results[data-digest] is the
// last results digest. wasm() asks the WASM directly, apart from the page's workers, for a
// figure to compare what the page shows with.

import { chromium } from 'playwright-core';

export const BASE = new URL(process.env.TIERLAB_URL || 'http://127.0.0.1:8080/');
export const url = (path = '') => new URL(path, BASE).toString();

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

let announced = false;

/** Debian's headless Chromium; the first launch says which browser the tests drive. */
export async function launch() {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ARGS });
  if (!announced) {
    announced = true;
    console.log(`page tests drive ${browser.browserType().name()} ${browser.version()} (${process.env.CHROMIUM || '/usr/bin/chromium'})`);
  }
  return browser;
}

/**
 * A new page (in its own context unless one is given) that records page errors, CSP
 * violations, dialogs and every request that leaves the page's origin.
 */
export async function open(browser, path = '', { context = null, viewport = { width: 1400, height: 1000 }, locale = 'en-US' } = {}) {
  const ctx = context || await browser.newContext({ viewport, locale, acceptDownloads: true });
  const page = await ctx.newPage();
  const seen = { errors: [], violations: [], dialogs: [], external: [] };
  page.on('pageerror', (e) => seen.errors.push(e.message));
  page.on('dialog', (d) => { seen.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(BASE.origin) && !u.startsWith('blob:') && !u.startsWith('data:')) seen.external.push(u);
  });
  page.on('console', (m) => { if (/Content Security Policy/.test(m.text())) seen.violations.push(m.text()); });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window.__cspViolations ||= []).push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  if (path !== null) await page.goto(url(path));
  return { page, context: ctx, seen };
}

/** Completed runs so far. */
export const runs = (page) => page.evaluate(() => Number(document.body.dataset.runs || 0));

/** Waits until more than `after` runs have completed; returns the results digest. */
export async function waitForRun(page, after = 0, timeout = 30000) {
  await page.waitForFunction((n) => Number(document.body.dataset.runs || 0) > n && !document.body.classList.contains('is-running'), after, { timeout });
  return page.getAttribute('#results', 'data-digest');
}

/** Runs whose members began to run: a scenario the WASM refuses for its problems never begins. */
export const runsStarted = (page) => page.evaluate(() => Number(document.body.dataset.runsStarted || 0));

/** Checks of the open scenario answered so far. */
export const checks = (page) => page.evaluate(() => Number(document.body.dataset.checks || 0));

/**
 * Waits until the page has checked an edit (more than `after` checks answered) and has an
 * answer to whatever run that check asked for; then no run of the edit is still to begin.
 */
export async function checkedAndIdle(page, after, timeout = 30000) {
  await page.waitForFunction((n) => Number(document.body.dataset.checks || 0) > n, after, { timeout });
  await page.waitForFunction(() => !document.body.classList.contains('is-running'), null, { timeout });
}

/**
 * Asks for a run (Ctrl+Enter, the focus away from the fields) while the field at `path`
 * has a problem; resolves once Run has taken the planner to that field instead.
 */
export async function runRefused(page, path) {
  await page.evaluate(() => document.activeElement?.blur());
  await page.keyboard.press('Control+Enter');
  await page.waitForFunction((p) => document.activeElement?.dataset?.key === p, path);
}

/**
 * Calls the WASM's exported function `name` in the page's main thread, apart from the
 * page's workers: an independent answer for what the page shows.
 */
export const wasm = (page, name, ...args) => page.evaluate(async ([fn, list]) => {
  const module = await import(new URL('pkg/tierlab.js', document.baseURI).href);
  await module.default();
  return module[fn](...list);
}, [name, args]);

/** The open scenario as the page saved it (the JSON it checks and runs). */
export const savedScenario = (page) => page.evaluate(() => localStorage.getItem('tierlab.scenario'));

/** Formats `value` with the page's own format.js function `kind` (count, money, int, num, pct), in the page's language. */
export const formatted = (page, kind, value, ...more) => page.evaluate(async ([k, v, rest]) => {
  const format = await import(new URL('js/format.js', document.baseURI).href);
  return format[k](v, ...rest);
}, [kind, value, more]);

/** The preset `id` with its starting and monthly members divided by `divisor`, encoded for a `#s=` link. */
export async function scaledPresetLink(browser, id, divisor) {
  const { page, context } = await open(browser, 'index.html?lang=en');
  const encoded = await page.evaluate(async ([name, by]) => {
    const module = await import('./pkg/tierlab.js');
    await module.default();
    const scenario = JSON.parse(module.preset_json(name));
    scenario.population.starting_members = Math.round(scenario.population.starting_members / by);
    scenario.population.new_members_per_month = Math.round(scenario.population.new_members_per_month / by);
    const { encodeScenario } = await import('./js/state.js');
    return encodeScenario(scenario);
  }, [id, divisor]);
  await context.close();
  return encoded;
}

/** Replaces a text input's value as typing would (fires input events). */
export async function setField(page, path, value) {
  const input = page.locator(`[data-key="${path}"]`);
  await input.fill(String(value));
}

/** The text of the message slot for a JSON path ('' when there is none). */
export const messageFor = (page, path) => page.evaluate((p) => {
  const el = [...document.querySelectorAll('.msg[data-for]')].find((x) => x.dataset.for === p);
  return el && el.classList.contains('shown') ? el.textContent : '';
}, path);

/** The number shown in a KPI card, as a number (12,345 → 12345; 14% → 14). */
export async function kpiText(page, id) {
  return page.textContent(`[data-kpi="${id}"] .kpi-value`);
}

/** Waits until the page is quiet: no run going, results current, no new run for 500 ms. */
export async function settle(page, timeout = 30000) {
  const end = Date.now() + timeout;
  for (;;) {
    const a = await runs(page);
    await page.waitForTimeout(500);
    const quiet = await page.evaluate(() => !document.body.classList.contains('is-running') && document.querySelector('#stale').classList.contains('hidden'));
    if (quiet && (await runs(page)) === a && a > 0) return page.getAttribute('#results', 'data-digest');
    if (Date.now() > end) throw new Error('the page did not settle');
  }
}

/** The scenario tabs as "A name", A first. */
export const tabNames = (page) => page.$$eval('.scenario-tab', (tabs) => tabs.map((t) => `${t.querySelector('.tab-letter').textContent} ${t.querySelector('.tab-name')?.textContent}`));

/** The place of the open scenario tab ('0' for A). */
export const openTab = (page) => page.$eval('.scenario-tab.open', (t) => t.dataset.tab);
