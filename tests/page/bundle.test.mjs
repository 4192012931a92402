// The single-file page (target/tierlab.html, written by `bash tests/tasks.sh bundle` and by
// the test command before the page tests): opened from file://, as a wiki attachment would
// be, it runs the default scenario and shows KPIs and charts, fits a transaction export,
// and its embedded view works — with nothing fetched, nothing blocked by its CSP, and a
// CSP that allows only its own inline script (by hash), no eval beyond 'wasm-unsafe-eval'.
// This test builds nothing: without the file it is skipped, unless tests/tasks.sh runs it.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launch } from './helpers.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const FILE = path.resolve(process.env.TIERLAB_BUNDLE || path.join(HERE, '../../target/tierlab.html'));
const CDNOW = path.join(HERE, '../data/cdnow_sample.txt');
// tests/tasks.sh sets TIERLAB_BUNDLE_REQUIRED after writing the file: then a missing file fails.
const required = process.env.TIERLAB_BUNDLE_REQUIRED === '1';
const skip = existsSync(FILE) || required ? false : `${path.relative(process.cwd(), FILE)} is not built (bash tests/tasks.sh bundle)`;

let browser;
before(async () => { if (!skip) browser = await launch(); });
after(async () => { await browser?.close(); });

/** The file in a fresh page, recording errors, CSP violations, dialogs and any request that is not file:, blob: or data:. */
async function openFile(query = '') {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'en-US' });
  const page = await context.newPage();
  const seen = { errors: [], external: [], dialogs: [] };
  page.on('pageerror', (e) => seen.errors.push(e.message));
  page.on('dialog', (d) => { seen.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  page.on('request', (r) => { if (!/^(file|blob|data):/.test(r.url())) seen.external.push(r.url()); });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window.__cspViolations ||= []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(pathToFileURL(FILE).toString() + query);
  return { page, seen };
}

const waitForRun = (page) => page.waitForFunction(() => Number(document.body.dataset.runs || 0) > 0 && !document.body.classList.contains('is-running'), null, { timeout: 30000 });

test('the single file is self-contained and its CSP allows only its own script', { skip }, () => {
  const html = readFileSync(FILE, 'utf8');
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  assert.ok(csp, 'a CSP meta tag');
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|\*|https?:/, 'no unsafe-inline, no eval, no network source');
  const directive = (name) => csp.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) || '';
  assert.equal(directive('default-src'), "default-src 'none'");
  assert.equal(directive('worker-src'), 'worker-src blob:');
  const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
  const executable = scripts.filter(([, attrs]) => /type="module"/.test(attrs) || !/type=/.test(attrs));
  assert.equal(executable.length, 1, 'one executable script, inline');
  assert.ok(scripts.every(([, attrs]) => !/\bsrc=/.test(attrs)), 'no script from a file');
  const hash = `'sha256-${createHash('sha256').update(executable[0][2], 'utf8').digest('base64')}'`;
  assert.equal(directive('script-src'), `script-src ${hash} 'wasm-unsafe-eval'`, 'the script is allowed by its hash alone');
  assert.doesNotMatch(html, /<link[^>]+rel="(stylesheet|modulepreload)"/, 'style sheets inlined');
  const markup = html.replace(/<(script|style)([^>]*)>[\s\S]*?<\/\1>/g, '<$1$2></$1>');
  const refs = [...markup.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]).filter((u) => !u.startsWith('data:') && u !== './');
  assert.deepEqual(refs, [], 'no reference to another file');
});

test('opened from file://, the single file runs the default scenario and shows KPIs and charts', { skip }, async () => {
  const { page, seen } = await openFile();
  await waitForRun(page);
  assert.match(await page.getAttribute('#results', 'data-digest'), /^[0-9a-f]{16}$/);
  const kpis = await page.$$eval('[data-kpi]', (els) => els.map((e) => [e.dataset.kpi, e.querySelector('.kpi-value').textContent]));
  for (const id of ['active', 'retention', 'tiers', 'points', 'liability', 'revenue', 'cost']) assert.ok(kpis.some(([k]) => k === id), `KPI ${id}`);
  assert.match(kpis.find(([k]) => k === 'active')[1], /^\d[\d,.]*[KkM万]?$/);
  await page.waitForSelector('svg.tierlab-chart[data-chart="members"]', { state: 'attached' });
  assert.ok(await page.$$eval('.chart-body svg', (els) => els.length >= 4 && els.every((e) => e.getBoundingClientRect().width > 100)), 'charts drawn');

  // The fitting worker starts from the file too.
  await page.click('#fit-panel > summary');
  await page.fill('#fit-cutoff', '1997-09-30');
  await page.setInputFiles('#fit-file', CDNOW);
  await page.waitForSelector('[data-fit-param="r"]');
  assert.equal(await page.textContent('[data-fit-param="r"] dd'), '0.2426');

  assert.deepEqual(seen.errors, [], 'no script errors');
  assert.deepEqual(seen.external, [], 'nothing fetched beyond the file itself');
  assert.deepEqual(await page.evaluate(() => window.__cspViolations || []), [], 'nothing blocked by its CSP');
});

test('the single file’s embedded view shows the chosen KPIs and charts', { skip }, async () => {
  const { page, seen } = await openFile('?embed=1&charts=tiers&kpis=active,liability&lang=en');
  await waitForRun(page);
  assert.deepEqual(await page.$$eval('[data-kpi]', (els) => els.map((e) => e.dataset.kpi)), ['active', 'liability']);
  assert.deepEqual(await page.$$eval('svg.tierlab-chart', (els) => els.map((e) => e.dataset.chart)), ['tiers']);
  assert.equal(await page.$eval('.editor-pane', (e) => getComputedStyle(e).display), 'none');
  assert.deepEqual(seen.errors, []);
  assert.deepEqual(await page.evaluate(() => window.__cspViolations || []), []);
});
