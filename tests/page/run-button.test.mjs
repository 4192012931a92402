// Run runs what the planner has open, and a Run asked for is never dropped: Run waits until
// the page has opened the link's (or the saved tab's) scenario, and Run pressed while another
// run is under way runs the open scenario next, however big it is.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, url, waitForRun, runs, setField, scaledPresetLink } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const tierShares = (page) => page.$$eval('[data-kpi="tiers"] .tier-share', (els) => els.length);

test('Run waits for the linked scenario: pressed as soon as it can be, it runs the link, not the example', async () => {
  const encoded = await scaledPresetLink(browser, 'hotel', 40);
  const { page, seen } = await open(browser, null);
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => { window.__runAtFirst = document.querySelector('#run').disabled; });
  });
  await page.goto(url(`index.html?lang=en#s=${encoded}`));
  assert.equal(await page.evaluate(() => window.__runAtFirst), true, 'Run is disabled until the scenario is open');
  await page.waitForFunction(() => !document.querySelector('#run').disabled);
  const shown = await runs(page);
  await page.click('#run');
  await waitForRun(page, shown, 120000);
  assert.equal(await tierShares(page), 5, 'the hotel’s five tiers, not the example’s three');
  assert.deepEqual(seen.errors, []);
});

test('Run pressed during a run, after an edit, runs the edited scenario when that run ends', async () => {
  const encoded = await scaledPresetLink(browser, 'hotel', 4);
  const { page, seen } = await open(browser, `index.html?lang=en#s=${encoded}`);
  await page.waitForFunction(() => !document.querySelector('#run').disabled);
  const shown = await runs(page);
  await page.click('#run');
  await page.waitForFunction(() => document.body.classList.contains('is-running'));
  // Too big to re-run on every edit: the edit alone starts nothing, Run asks for it.
  await setField(page, 'tiers.levels.1.threshold', '2345');
  await page.waitForFunction(() => !document.querySelector('#run').disabled);
  assert.ok(await page.evaluate(() => document.body.classList.contains('is-running')), 'the first run is still under way');
  await page.click('#run');
  // The second run starts as the first is shown: read the first's digest as it appears.
  await page.waitForFunction((n) => Number(document.body.dataset.runs || 0) > n, shown, { timeout: 120000 });
  const first = await page.getAttribute('#results', 'data-digest');
  const second = await waitForRun(page, shown + 1, 120000);
  assert.notEqual(second, first, 'the edited scenario ran after the first');
  assert.equal(await page.inputValue('[data-key="tiers.levels.1.threshold"]'), '2345');
  assert.deepEqual(seen.errors, []);
});
