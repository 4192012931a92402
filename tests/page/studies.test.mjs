// The Sweep & goal-seek view on the open tab: a sweep of the Gold threshold draws its
// charts, the tornado draws its bars, and the threshold designer's and goal-seek's Apply
// each change the scenario's tier thresholds as one edit that Undo takes back.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, waitForRun } from './helpers.mjs';
import { smallScenario, tabsLink } from './study-fixtures.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const done = (page, id, after = 0) => page.waitForFunction(([i, n]) => Number(document.querySelector(`[data-study="${i}"]`)?.dataset.done || 0) > n, [id, after], { timeout: 60000 });
const thresholds = (page) => page.$$eval('[data-key$=".threshold"]', (inputs) => inputs.filter((i) => /^tiers\.levels\.\d+\.threshold$/.test(i.dataset.key)).map((i) => i.value));

test('a sweep of the Gold threshold draws its charts, and the tornado its bars', async () => {
  const { page, seen } = await open(browser, tabsLink([smallScenario()], { view: 'studies' }));
  await page.waitForSelector('[data-study="sweep"]');
  assert.equal(await page.inputValue('[data-input="sweep-path"]'), 'tiers.levels.2.threshold', 'the top tier is swept unless told otherwise');
  assert.equal(await page.inputValue('[data-input="sweep-from"]'), '300', 'from its keep threshold, where it may start');
  assert.equal(await page.inputValue('[data-input="sweep-to"]'), '900');
  await page.fill('[data-input="sweep-to"]', '500');
  await page.fill('[data-input="sweep-steps"]', '3');
  await page.click('[data-study="sweep"] [data-action="run"]');
  await done(page, 'sweep');
  assert.deepEqual(await page.$$eval('[data-study="sweep"] [data-chart-card]', (c) => c.map((x) => x.dataset.chartCard)), ['sweep_members', 'sweep_money']);
  assert.match(await page.textContent('[data-study="sweep"] .study-status'), /3 values from 300 to 500/);
  assert.equal(await page.$$eval('[data-study="sweep"] .note.warn', (n) => n.length), 0, 'every value ran');

  await page.selectOption('[data-input="tornado-kpi"]', 'liability_at_end');
  await page.click('[data-study="tornado"] [data-action="run"]');
  await done(page, 'tornado');
  assert.equal(await page.$$eval('[data-study="tornado"] [data-chart-card="tornado"] .chart-body svg', (s) => s.length), 1);
  assert.deepEqual(seen.errors, []);
  await page.context().close();
});

test('the threshold designer and goal-seek each put their thresholds into the scenario, undoably', async () => {
  const { page } = await open(browser, tabsLink([smallScenario()], { view: 'studies' }));
  await waitForRun(page);
  assert.deepEqual(await thresholds(page), ['0', '100', '300']);

  await page.fill('[data-input="designer-years"]', '1');
  await page.fill('[data-input="designer-cap"]', '3');
  await page.click('[data-study="designer"] [data-action="run"]');
  await done(page, 'designer');
  const proposed = await page.$$eval('[data-study="designer"] td.proposed', (tds) => tds.map((td) => td.dataset.proposed));
  assert.equal(proposed.length, 3);
  assert.equal(proposed[0], '0');
  assert.ok(Number(proposed[1]) < Number(proposed[2]), `rising thresholds ${proposed}`);
  await page.click('[data-study="designer"] [data-action="apply"]');
  await page.waitForFunction((p) => document.querySelector('[data-key="tiers.levels.2.threshold"]').value === p, proposed[2]);
  assert.deepEqual(await thresholds(page), proposed, 'Apply writes the proposed ladder');
  await page.click('.notice .btn.tiny');
  await page.waitForFunction(() => document.querySelector('[data-key="tiers.levels.2.threshold"]').value === '300');

  await page.fill('[data-input="seek-share-0"]', '70');
  await page.fill('[data-input="seek-share-1"]', '20');
  await page.fill('[data-input="seek-share-2"]', '10');
  await page.click('[data-study="seek-thresholds"] [data-action="run"]');
  await done(page, 'seek-thresholds');
  const sought = await page.$$eval('[data-study="seek-thresholds"] td.proposed', (tds) => tds.map((td) => td.dataset.proposed));
  assert.notDeepEqual(sought, ['0', '100', '300'], `goal-seek moves the thresholds (${sought})`);
  await page.click('[data-study="seek-thresholds"] [data-action="apply"]');
  await page.waitForFunction((p) => document.querySelector('[data-key="tiers.levels.1.threshold"]').value === p, sought[1]);
  assert.deepEqual(await thresholds(page), sought);
  await page.context().close();
});
