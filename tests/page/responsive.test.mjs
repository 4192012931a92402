// The simulation runs in a Web Worker: during a long run the page answers clicks and
// typing at once, shows progress, and Cancel stops the run and leaves a working page.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, waitForRun, runs, setField } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the page stays responsive during a long run, and Cancel stops it', async () => {
  const { page, seen } = await open(browser);
  await waitForRun(page);
  const n = await runs(page);
  // About 100 million member-months: far too long to re-run as one types.
  await setField(page, 'population.starting_members', '1000000');
  await setField(page, 'horizon.months', '120');
  await page.waitForFunction(() => /press Run/.test(document.querySelector('#run-status').textContent));
  assert.equal(await runs(page), n, 'a large scenario does not re-run by itself');
  await page.click('#run');
  await page.waitForFunction(() => Number(document.querySelector('#progress').getAttribute('aria-valuenow')) > 0, null, { timeout: 20000 });
  assert.ok(await page.evaluate(() => document.body.classList.contains('is-running')), 'the run is going');
  // Members run cohort by cohort: the status names the join month the run has reached.
  assert.match(await page.textContent('#run-status'), /Simulating the members who joined in 2026-\d\d \([\d,.K]+ of [\d.]+M\)/);

  // While it runs: a section folds at once and typing reaches the field.
  const t0 = Date.now();
  const section = page.locator('details[data-section="lifecycle"]');
  const wasOpen = await section.evaluate((d) => d.open);
  await page.click('details[data-section="lifecycle"] > summary');
  assert.equal(await section.evaluate((d) => d.open), !wasOpen);
  await page.fill('[data-key="name"]', 'Still typing');
  const answered = Date.now() - t0;
  assert.equal(await page.textContent('#scenario-name'), 'Still typing');
  assert.ok(answered < 2000, `the page answered in ${answered} ms`);
  const progress = await page.getAttribute('#progress', 'aria-valuenow');
  assert.ok(await page.evaluate(() => document.body.classList.contains('is-running')), `still running (${progress}%) when the page answered`);
  assert.ok(Number(progress) < 100);
  // Validation runs in its own worker, so a problem typed now is flagged during the run.
  await setField(page, 'tiers.levels.2.threshold', '50');
  await page.waitForFunction(() => [...document.querySelectorAll('.msg.shown')].some((m) => m.dataset.for === 'tiers.levels.2.threshold'));
  await setField(page, 'tiers.levels.2.threshold', '300');
  await page.waitForTimeout(500);
  assert.ok(await page.evaluate(() => document.body.classList.contains('is-running')), 'still running');

  await page.click('#cancel');
  await page.waitForFunction(() => !document.body.classList.contains('is-running'));
  assert.match(await page.textContent('#run-status'), /cancelled/);
  assert.equal(await runs(page), n, 'the cancelled run shows no results');

  // The page still works: back to a small scenario, which runs again by itself.
  await setField(page, 'population.starting_members', '5000');
  await setField(page, 'horizon.months', '24');
  await waitForRun(page, n);
  assert.deepEqual(seen.errors, []);
});
