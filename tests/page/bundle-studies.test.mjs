// The single-file page (target/tierlab.html) with the studies: opened from file:// with
// two tabs on the Compare view, it compares them and runs replications on its worker pool
// (workers from blob: URLs), with nothing fetched and nothing blocked by its CSP. Like
// bundle.test.mjs it builds nothing: without the file it is skipped, unless tests/tasks.sh
// runs it.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launch } from './helpers.mjs';
import { smallScenario, tabsLink } from './study-fixtures.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const FILE = path.resolve(process.env.TIERLAB_BUNDLE || path.join(HERE, '../../target/tierlab.html'));
const required = process.env.TIERLAB_BUNDLE_REQUIRED === '1';
const skip = existsSync(FILE) || required ? false : `${path.relative(process.cwd(), FILE)} is not built (bash tests/tasks.sh bundle)`;

let browser;
before(async () => { if (!skip) browser = await launch(); });
after(async () => { await browser?.close(); });

test('opened from file://, the single file compares its tabs and runs replications on a worker pool', { skip }, async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'en-US' });
  const page = await context.newPage();
  const seen = { errors: [], external: [] };
  page.on('pageerror', (e) => seen.errors.push(e.message));
  page.on('request', (r) => { if (!/^(file|blob|data):/.test(r.url())) seen.external.push(r.url()); });
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => 2 });
    document.addEventListener('securitypolicyviolation', (e) => { (window.__cspViolations ||= []).push(`${e.violatedDirective} ${e.blockedURI}`); });
  });
  await page.goto(pathToFileURL(FILE).toString() + tabsLink([smallScenario('A'), smallScenario('B')], { view: 'compare' }));
  await page.waitForFunction(() => Number(document.querySelector('#compare-view')?.dataset.compared || 0) > 0, null, { timeout: 30000 });
  assert.equal(await page.$$eval('#compare-charts [data-chart-card]', (c) => c.length), 5);
  await page.fill('[data-input="replications"]', '3');
  await page.click('#replicate-run');
  await page.waitForFunction(() => Number(document.querySelector('#uncertainty').dataset.replicated || 0) > 0, null, { timeout: 60000 });
  assert.equal(await page.getAttribute('#uncertainty', 'data-pool-size'), '2');
  assert.ok(await page.$$eval('#band-charts [data-chart-card]', (c) => c.length) >= 4, 'band charts drawn');
  assert.deepEqual(seen.errors, []);
  assert.deepEqual(seen.external, [], 'nothing fetched');
  assert.deepEqual(await page.evaluate(() => window.__cspViolations || []), []);
  await context.close();
});
