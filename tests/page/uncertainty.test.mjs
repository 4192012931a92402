// Replications in the Compare view: every tab under R seeds (A's for all), the runs spread
// over a pool of workers — one per core the browser reports — with one progress bar, then
// P10–P90 bands and the intervals of each difference from A. Cancel stops the pool.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open } from './helpers.mjs';
import { smallScenario, tabsLink } from './study-fixtures.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A browser that reports `cores` logical processors. */
async function openWithCores(cores, hash) {
  const { page, context, seen } = await open(browser, null);
  await page.addInitScript((n) => Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => n }), cores);
  await page.goto(new URL(hash, process.env.TIERLAB_URL || 'http://127.0.0.1:8080/').toString());
  return { page, context, seen };
}

test('replications run on one worker per reported core, with one progress bar, and draw P10–P90 bands', async () => {
  const b = smallScenario('Gold at 150');
  b.tiers.levels[2].threshold = 150;
  b.tiers.levels[2].keep_threshold = 150;
  const { page, context, seen } = await openWithCores(3, tabsLink([smallScenario('As is'), b], { view: 'compare' }));
  await page.waitForSelector('#uncertainty');
  assert.equal(await page.getAttribute('#uncertainty', 'data-pool-size'), '3', 'one worker per reported core');
  assert.equal(await page.inputValue('[data-input="replications"]'), '20', 'twenty seeds unless told otherwise');
  await page.fill('[data-input="replications"]', '4');
  await page.click('#replicate-run');
  await page.waitForFunction(() => Number(document.querySelector('#uncertainty').dataset.replicated || 0) > 0, null, { timeout: 60000 });
  assert.equal(await page.$$eval('#uncertainty [role="progressbar"]', (bars) => bars.length), 1, 'one progress bar over all runs');
  assert.equal(await page.getAttribute('#replicate-progress', 'aria-valuenow'), '100');
  assert.ok(Number(await page.getAttribute('#uncertainty', 'data-workers-used')) > 1, 'more than one worker ran');
  assert.match(await page.textContent('#replicate-status'), /4 seeds × 2 scenarios, on 3 workers/);
  const charts = await page.$$eval('#band-charts [data-chart-card]', (cards) => cards.map((c) => c.dataset.chartCard));
  for (const id of ['bands_active_members', 'bands_revenue', 'bands_programme_cost', 'bands_liability', 'bands_differences']) assert.ok(charts.includes(id), `${id} in ${charts}`);
  const gold = await page.$eval('#interval-table td[data-kpi="share_in_tier_2"][data-letter="B"]', (td) => [td.dataset.mean, td.textContent]);
  assert.ok(Number(gold[0]) > 0, `B's Gold share is above A's on average (${gold[0]})`);
  assert.match(gold[1], /\+.*–.*/, `with its P10–P90 (${gold[1]})`);
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test('Cancel stops the replications and the page stays usable', async () => {
  const long = smallScenario('Long');
  long.population.starting_members = 5000;
  long.horizon.months = 36; // 500 seeds of this take the pool well over ten seconds
  const { page, context } = await openWithCores(2, tabsLink([long], { view: 'compare' }));
  await page.waitForSelector('#uncertainty');
  await page.fill('[data-input="replications"]', '500');
  await page.click('#replicate-run');
  await page.waitForFunction(() => Number(document.querySelector('#replicate-progress').getAttribute('aria-valuenow')) > 0, null, { timeout: 30000 });
  await page.click('#replicate-cancel');
  await page.waitForFunction(() => /cancelled/.test(document.querySelector('#replicate-status').textContent));
  assert.ok(Number(await page.getAttribute('#replicate-progress', 'aria-valuenow')) < 100);
  assert.equal(await page.isDisabled('#replicate-run'), false, 'Run replications is offered again');
  await page.fill('[data-input="replications"]', '3');
  await page.click('#replicate-run');
  await page.waitForFunction(() => Number(document.querySelector('#uncertainty').dataset.replicated || 0) > 0, null, { timeout: 60000 });
  await context.close();
});
