// Editing the scenario changes the results: a tier threshold edit re-runs automatically
// (debounced) and moves members between tiers; the tier table adds, reorders and removes;
// the cost-per-point override, empty, leaves the liability to the rewards.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, waitForRun, runs, setField } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const tierCounts = (page) => page.$$eval('[data-kpi="tiers"] .tier-count', (els) => els.map((e) => e.textContent));

test('raising the Silver threshold re-runs and leaves fewer members in Silver', async () => {
  const { page, seen } = await open(browser);
  const before = await waitForRun(page);
  const countsBefore = await tierCounts(page);
  const n = await runs(page);
  await setField(page, 'tiers.levels.1.threshold', '250');
  const after = await waitForRun(page, n);
  assert.notEqual(after, before, 'the results digest changed');
  const countsAfter = await tierCounts(page);
  assert.notDeepEqual(countsAfter, countsBefore, `members per tier changed (${countsBefore} → ${countsAfter})`);
  const silver = (list) => Number(list[1].replace(/[^\d.]/g, '')) * (/K$/.test(list[1]) ? 1000 : 1);
  assert.ok(silver(countsAfter) < silver(countsBefore), 'a higher threshold means fewer Silver members');
  assert.ok(await page.$eval('#stale', (e) => e.classList.contains('hidden')), 'the results are not marked stale');
  assert.deepEqual(seen.errors, []);
});

test('tiers can be added, moved and removed', async () => {
  const { page } = await open(browser);
  await waitForRun(page);
  const names = () => page.$$eval('tr.row[data-path^="tiers.levels."] td.col-text input', (els) => els.map((e) => e.value));
  assert.deepEqual(await names(), ['Regular', 'Silver', 'Gold']);
  await page.click('[data-add="tiers.levels"]');
  const added = await names();
  assert.equal(added.length, 4);
  assert.equal(await page.inputValue('[data-key="tiers.levels.3.threshold"]'), '600', 'a new tier starts above the last');
  await page.fill('[data-key="tiers.levels.3.name"]', 'Platinum');
  await page.click('tr.row[data-path="tiers.levels.3"] .icon-btn.up');
  assert.deepEqual(await names(), ['Regular', 'Silver', 'Platinum', 'Gold']);
  // Platinum at 600 below Gold at 300 is out of order: the checker says so beside the field.
  await page.waitForFunction(() => [...document.querySelectorAll('.msg.shown')].some((m) => m.dataset.for === 'tiers.levels.3.threshold'));
  assert.ok(await page.$eval('#run', (b) => b.disabled), 'Run is blocked while tiers are out of order');
  await page.click('tr.row[data-path="tiers.levels.2"] .icon-btn.down');
  assert.deepEqual(await names(), ['Regular', 'Silver', 'Gold', 'Platinum']);
  await page.waitForFunction(() => !document.querySelector('#run').disabled);
  const n = await runs(page);
  await waitForRun(page, n - 1);
  await page.click('tr.row[data-path="tiers.levels.3"] .icon-btn.remove');
  assert.deepEqual(await names(), ['Regular', 'Silver', 'Gold']);
});

test('the cost of a point is an override: empty, the liability takes it from the rewards', async () => {
  const { page, seen } = await open(browser, 'index.html?lang=en');
  await waitForRun(page);
  const field = '[data-key="points.cost_per_point"]';
  assert.equal(await page.inputValue(field), '', 'no override in the example programme');
  assert.equal(await page.getAttribute(field, 'placeholder'), 'from the rewards');
  assert.match(await page.textContent('.field[data-path="points.cost_per_point"] label'), /override/);
  const sub = () => page.textContent('[data-kpi="liability"] .kpi-sub');
  assert.match(await sub(), /^at ¥0\.\d+ a point, what the rewards redeemed cost net of cash$/);
  let n = await runs(page);
  await setField(page, 'points.cost_per_point', '0.05');
  await waitForRun(page, n);
  assert.match(await sub(), /^at ¥0\.05 a point \(override; the rewards imply ¥0\.\d+\)$/);
  n = await runs(page);
  await setField(page, 'points.cost_per_point', '');
  await waitForRun(page, n);
  assert.equal(await page.$eval('.field[data-path="points.cost_per_point"] .msg', (m) => m.textContent), '', 'empty is not a problem');
  assert.match(await sub(), /what the rewards redeemed cost net of cash$/);
  assert.deepEqual(seen.errors, []);
});
