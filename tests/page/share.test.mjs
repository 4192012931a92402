// Keep and share: the scenario lives in the URL (compact) and in localStorage. A link
// opened in a fresh browser gives the same scenario and the same numbers (results
// digest); a reload keeps an edit; JSON export and import round-trip.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch, open, waitForRun, runs, setField, url, settle } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const scenarioOf = (page) => page.evaluate(() => {
  const d = document.querySelector('details[data-section="json"]');
  d.open = true;
  d.dispatchEvent(new Event('toggle'));
  return JSON.parse(document.querySelector('#json-text').value);
});

test('a shared link restores the same scenario and the same numbers in a fresh browser', async () => {
  const { page } = await open(browser);
  await waitForRun(page);
  let n = await runs(page);
  await setField(page, 'tiers.levels.1.threshold', '180');
  await waitForRun(page, n);
  n = await runs(page);
  await page.fill('[data-key="name"]', '会员方案 <b>A</b> & "B"');
  await waitForRun(page, n);
  const digest = await page.getAttribute('#results', 'data-digest');
  const scenario = await scenarioOf(page);
  const link = page.url();
  assert.match(link, /#s=z[A-Za-z0-9_-]+$/, `the scenario is in the hash, deflated (${link.slice(0, 80)}…)`);
  assert.ok(link.length < 3000, `the link is compact (${link.length} characters)`);

  const fresh = await open(browser, null);
  await fresh.page.goto(link);
  const digest2 = await waitForRun(fresh.page);
  assert.equal(digest2, digest, 'same results digest');
  assert.deepEqual(await scenarioOf(fresh.page), scenario, 'same scenario');
  assert.equal(await fresh.page.inputValue('[data-key="tiers.levels.1.threshold"]'), '180');
  assert.equal(await fresh.page.textContent('#scenario-name'), '会员方案 <b>A</b> & "B"', 'the name is shown as text');
  assert.equal(await fresh.page.$$eval('#scenario-name b', (b) => b.length), 0);
  await fresh.context.close();
});

test('a reload keeps the edit, from the URL and from localStorage alone', async () => {
  const { page, context } = await open(browser);
  await waitForRun(page);
  const n = await runs(page);
  await setField(page, 'points.per_currency_unit', '2.5');
  await setField(page, 'population.new_members_per_month', '420');
  await waitForRun(page, n);
  const digest = await settle(page);
  await page.waitForFunction(() => /#s=/.test(location.hash));
  await page.reload();
  assert.equal(await waitForRun(page), digest);
  assert.equal(await page.inputValue('[data-key="points.per_currency_unit"]'), '2.5');
  // Without the hash: the last scenario comes back from localStorage.
  const bare = await context.newPage();
  await bare.goto(url(''));
  assert.equal(await waitForRun(bare), digest);
  assert.equal(await bare.inputValue('[data-key="population.new_members_per_month"]'), '420');
  await context.close();
});

test('JSON export and import round-trip; a bad file is refused and changes nothing', async () => {
  const { page, seen } = await open(browser);
  await waitForRun(page);
  const n = await runs(page);
  await setField(page, 'horizon.seed', '77');
  const digest = await waitForRun(page, n);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  assert.match(download.suggestedFilename(), /\.json$/);
  const text = await readFile(await download.path(), 'utf8');
  assert.equal(JSON.parse(text).horizon.seed, 77);

  const other = await open(browser);
  await waitForRun(other.page);
  const m = await runs(other.page);
  await other.page.setInputFiles('#import-file', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 1, "horizon": {"months": "many"}}') });
  await other.page.waitForSelector('.notice.error');
  assert.match(await other.page.textContent('.notice.error'), /not loaded/);
  assert.equal(await other.page.inputValue('[data-key="horizon.months"]'), '36', 'the scenario is unchanged');
  await other.page.setInputFiles('#import-file', { name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  assert.equal(await waitForRun(other.page, m), digest, 'the imported scenario gives the same results');
  assert.equal(await other.page.inputValue('[data-key="horizon.seed"]'), '77');
  assert.deepEqual(seen.errors, []);
  await other.context.close();
});
