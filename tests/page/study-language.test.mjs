// The language switch and the studies' charts, which the WASM draws with their words in
// it: after the switch, the Compare view compares small tabs again, the replications
// combine their kept runs again, and the sweep and the tornado run again, so every chart
// in sight reads Chinese; a study too big to redo unasked shows a note and a button
// instead of English charts, and so do the results of a scenario too big to re-run. On the
// zh-CN page a study's problems read in Chinese, and a sweep names its number as the
// planner calls it.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, waitForRun, runs } from './helpers.mjs';
import { smallScenario, tabsLink } from './study-fixtures.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const HAN = /[\u4e00-\u9fff]/;
const chartText = (page, root) => page.$$eval(`${root} svg.tierlab-chart text`, (els) => els.map((e) => e.textContent).join(' '));
const counter = (page, selector, key, after = 0) => page.waitForFunction(([s, k, n]) => Number(document.querySelector(s)?.dataset[k] || 0) > n, [selector, key, after], { timeout: 60000 });
const done = (page, id, after = 0) => counter(page, `[data-study="${id}"]`, 'done', after);

test('after the switch, the comparison and the replications are drawn again in Chinese', async () => {
  const b = smallScenario('Gold at 150');
  b.tiers.levels[2].threshold = 150;
  b.tiers.levels[2].keep_threshold = 150;
  const { page, seen } = await open(browser, tabsLink([smallScenario('As is'), b], { view: 'compare' }));
  await counter(page, '#compare-view', 'compared');
  await page.fill('[data-input="replications"]', '3');
  await page.click('#replicate-run');
  await counter(page, '#uncertainty', 'replicated');
  assert.doesNotMatch(await chartText(page, '#compare-charts'), HAN);
  assert.doesNotMatch(await chartText(page, '#band-charts'), HAN);

  await page.click('#lang');
  await counter(page, '#compare-view', 'compared', 1);
  await page.waitForFunction(() => document.querySelector('#uncertainty').dataset.drawnIn === 'zh-CN', null, { timeout: 30000 });
  assert.match(await chartText(page, '#compare-charts'), HAN, 'the overlay charts speak Chinese');
  assert.match(await chartText(page, '#band-charts'), HAN, 'the bands speak Chinese');
  assert.equal(await page.getAttribute('#uncertainty', 'data-replicated'), '1', 'the seeds were not run again');
  assert.equal(await page.$$eval('[data-language-note]', (n) => n.length), 0, 'no chart is left in English');
  assert.ok(await page.$eval('#compare-view > .banner', (b) => b.classList.contains('hidden')), 'a language switch is no change to the tabs');
  assert.deepEqual(seen.errors, []);
  await page.context().close();
});

test('after the switch, a small sweep and tornado run again in Chinese', async () => {
  const { page, seen } = await open(browser, tabsLink([smallScenario()], { view: 'studies' }));
  await page.waitForSelector('[data-study="sweep"]');
  await page.fill('[data-input="sweep-steps"]', '3');
  await page.click('[data-study="sweep"] [data-action="run"]');
  await done(page, 'sweep');
  await page.click('[data-study="tornado"] [data-action="run"]');
  await done(page, 'tornado');
  assert.doesNotMatch(await chartText(page, '[data-study="sweep"]'), HAN);

  await page.click('#lang');
  await done(page, 'sweep', 1);
  await done(page, 'tornado', 1);
  for (const id of ['sweep', 'tornado']) {
    assert.match(await chartText(page, `[data-study="${id}"]`), HAN, `the ${id} speaks Chinese`);
    assert.match(await page.textContent(`[data-study="${id}"] .study-status`), HAN, `the ${id}'s status speaks Chinese`);
  }

  assert.deepEqual(seen.errors, []);
  await page.context().close();
});

test('after the switch, a sweep too big to redo by itself asks to run again instead of showing English', async () => {
  // 40,000 members over a year, nine steps: more than the page redoes unasked.
  const big = smallScenario('Forty thousand');
  big.population.starting_members = 40000;
  const { page, seen } = await open(browser, tabsLink([big], { view: 'studies' }));
  await page.waitForSelector('[data-study="sweep"]');
  await page.fill('[data-input="sweep-steps"]', '9');
  await page.click('[data-study="sweep"] [data-action="run"]');
  await done(page, 'sweep');
  await page.click('#lang');
  await page.waitForSelector('[data-study="sweep"] [data-language-note]');
  assert.equal(await chartText(page, '[data-study="sweep"]'), '', 'no English chart is left in sight');
  assert.match(await page.textContent('[data-study="sweep"] [data-language-note]'), /英文.*中文/);
  await page.waitForTimeout(1000);
  assert.equal(await page.getAttribute('[data-study="sweep"]', 'data-done'), '1', 'it did not run by itself');
  await page.click('[data-study="sweep"] [data-language-note] button');
  await done(page, 'sweep', 1);
  assert.match(await chartText(page, '[data-study="sweep"]'), HAN);
  assert.deepEqual(seen.errors, []);
  await page.context().close();
});

test('the results of a scenario too big to re-run by itself ask to run again after the switch', async () => {
  const { page, seen } = await open(browser, 'index.html?lang=en');
  await waitForRun(page);
  const n = await runs(page);
  await page.fill('[data-key="population.starting_members"]', '40000');
  await page.waitForFunction(() => !document.querySelector('#run').disabled && !document.querySelector('#stale').classList.contains('hidden'));
  await page.click('#run');
  await waitForRun(page, n, 60000);
  await page.click('#lang');
  await page.waitForSelector('#charts [data-language-note]');
  assert.equal(await page.$$eval('#charts svg.tierlab-chart', (s) => s.length), 0, 'no English chart is left in sight');
  assert.match(await page.textContent('#run-status'), /万/, 'the last run is told in Chinese figures');
  await page.click('#charts [data-language-note] button');
  await waitForRun(page, n + 1, 60000);
  assert.match(await chartText(page, '#charts'), HAN);
  assert.deepEqual(seen.errors, []);
  await page.context().close();
});

/** Two English words in a row outside quotes: what is left of an English sentence. */
const englishLeft = (text) => /(^|[^A-Za-z"“])[A-Za-z]{2,} [A-Za-z]{2,}(?=[^A-Za-z]|$)/.exec(text.replace(/["“][^"”]*["”]/g, ''));

test('on the zh-CN page a study’s own problem and a sweep step’s problems read in Chinese', async () => {
  const { page, seen } = await open(browser, `index.html?lang=zh-CN${tabsLink([smallScenario()], { view: 'studies' })}`);
  await page.waitForSelector('[data-study="designer"]');
  // Fifty years at a billion growth a day: the top threshold would pass what a threshold holds.
  await page.fill('[data-input="designer-years"]', '50');
  await page.fill('[data-input="designer-cap"]', '1000000000');
  await page.click('[data-study="designer"] [data-action="run"]');
  await page.waitForSelector('[data-study="designer"] .study-status.error');
  const refused = await page.textContent('[data-study="designer"] .study-status');
  assert.match(refused, /最高等级的门槛将超过/);
  assert.equal(englishLeft(refused), null, refused);

  // Gold swept under Silver's 100: every step gives the scenario's problems, in Chinese.
  await page.fill('[data-input="sweep-from"]', '10');
  await page.fill('[data-input="sweep-to"]', '20');
  await page.fill('[data-input="sweep-steps"]', '2');
  await page.click('[data-study="sweep"] [data-action="run"]');
  await done(page, 'sweep');
  const why = await page.textContent('[data-study="sweep"] .note.warn');
  assert.match(why, /Gold · 升级门槛.*须高于上一等级的 100/);
  assert.equal(englishLeft(why), null, why);
  assert.deepEqual(seen.errors, []);
  await page.context().close();
});

test('a sweep’s charts name the swept number as the planner calls it, in both languages', async () => {
  const { page, seen } = await open(browser, `index.html?lang=en${tabsLink([smallScenario()], { view: 'studies' })}`);
  await page.waitForSelector('[data-study="sweep"]');
  await page.fill('[data-input="sweep-steps"]', '3');
  await page.click('[data-study="sweep"] [data-action="run"]');
  await done(page, 'sweep');
  const english = await chartText(page, '[data-study="sweep"]');
  assert.match(english, /Gold · Threshold \(growth\) →/);
  assert.doesNotMatch(english, /tiers\.levels/);
  await page.click('#lang');
  await done(page, 'sweep', 1);
  const chinese = await chartText(page, '[data-study="sweep"]');
  assert.match(chinese, /Gold · 升级门槛（成长值） →/);
  assert.doesNotMatch(chinese, /tiers\.levels/);
  assert.deepEqual(seen.errors, []);
  await page.context().close();
});
