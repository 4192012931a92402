// Shared set-up for the page tests: Debian's Chromium through playwright-core, the served
// page's URL (TIERLAB_URL, set by tests/tasks.sh), and waits on the page's own signals:
// body[data-runs] counts completed runs, #results[data-digest] is the last results digest.

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
