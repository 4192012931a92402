// Problems appear beside the field they concern and block Run until fixed: text that is
// not a number (caught by the page), a tier below the previous one and a population too
// large for the tab (caught by the WASM validation, mapped back to the field by path).
// "Nothing ran" is that no run began once the edit was checked and every run it asked for
// was answered (body[data-runs-started]), not that none had finished after a pause.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, waitForRun, runs, runsStarted, checks, checkedAndIdle, runRefused, setField, messageFor } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The message slot sits inside the field's own box (or the table row right under it). */
const besideField = (page, path) => page.evaluate((p) => {
  const msg = [...document.querySelectorAll('.msg.shown')].find((m) => m.dataset.for === p);
  const input = document.querySelector(`[data-key="${p}"]`);
  if (!msg || !input) return false;
  const field = input.closest('.field');
  if (field) return field.contains(msg);
  const row = input.closest('tr');
  return row.nextElementSibling?.contains(msg) || row.nextElementSibling?.nextElementSibling?.contains(msg);
}, path);

test('text that is not a number is refused beside its field and blocks Run', async () => {
  const { page, seen } = await open(browser);
  await waitForRun(page);
  const [n, begun, checked] = [await runs(page), await runsStarted(page), await checks(page)];
  await setField(page, 'horizon.months', '3x');
  await page.waitForFunction(() => document.querySelector('#run').disabled);
  assert.match(await messageFor(page, 'horizon.months'), /not a number/);
  assert.ok(await besideField(page, 'horizon.months'), 'the message is in the field’s box');
  assert.ok(await page.$eval('[data-path="horizon.months"]', (f) => f.classList.contains('invalid')), 'the field is marked');
  await checkedAndIdle(page, checked);
  await page.click('#run', { force: true });
  await runRefused(page, 'horizon.months');
  await checkedAndIdle(page, checked);
  assert.equal(await runsStarted(page), begun, 'no run began while the field is wrong');
  assert.equal(await runs(page), n);
  await setField(page, 'horizon.months', '24');
  await waitForRun(page, n);
  assert.equal(await messageFor(page, 'horizon.months'), '');
  assert.equal(await page.$eval('#run', (b) => b.disabled), false);
  assert.equal(await page.$$eval('.msg.shown', (m) => m.length), 0, 'no problem left anywhere');
  assert.deepEqual(seen.errors, []);
});

test('a tier threshold below the previous tier is explained beside it, and fixing it runs', async () => {
  const { page } = await open(browser);
  await waitForRun(page);
  const [n, begun, checked] = [await runs(page), await runsStarted(page), await checks(page)];
  await setField(page, 'tiers.levels.2.threshold', '50');
  await page.waitForFunction(() => [...document.querySelectorAll('.msg.shown')].some((m) => m.dataset.for === 'tiers.levels.2.threshold'));
  assert.match(await messageFor(page, 'tiers.levels.2.threshold'), /50 .*100/, 'the message names both thresholds');
  assert.ok(await besideField(page, 'tiers.levels.2.threshold'));
  assert.ok(await page.$eval('#run', (b) => b.disabled), 'Run is blocked');
  assert.match(await page.textContent('#run-status'), /problem/);
  await checkedAndIdle(page, checked);
  await runRefused(page, 'tiers.levels.2.threshold');
  assert.equal(await runsStarted(page), begun, 'no run of the invalid scenario began');
  assert.equal(await runs(page), n);
  assert.ok(!(await page.$eval('#stale', (e) => e.classList.contains('hidden'))), 'the old results are marked out of date');
  await setField(page, 'tiers.levels.2.threshold', '400');
  await waitForRun(page, n);
  assert.equal(await messageFor(page, 'tiers.levels.2.threshold'), '');
});

test('a population too large for the tab is refused before it runs', async () => {
  const { page, seen } = await open(browser);
  await waitForRun(page);
  const [n, begun] = [await runs(page), await runsStarted(page)];
  await setField(page, 'population.starting_members', '1000000000000');
  await page.waitForFunction(() => document.querySelector('#run').disabled);
  assert.match(await messageFor(page, 'population.starting_members'), /at most/);
  const checked = await checks(page);
  await setField(page, 'population.starting_members', '4000000000');
  await page.waitForFunction(() => [...document.querySelectorAll('.msg.shown, #problem-box:not(.hidden)')].some((m) => /5,000,000/.test(m.textContent)));
  assert.ok(await page.$eval('#run', (b) => b.disabled), 'Run is blocked');
  await checkedAndIdle(page, checked);
  assert.equal(await runsStarted(page), begun, 'no run of four billion members began');
  assert.equal(await runs(page), n);
  assert.deepEqual(seen.errors, []);
});
