// How big a run is comes from the core (the WASM's `run_size`, the count its studies are
// held to): the size a large scenario states beside Run is the core's, each member counted
// from the month they join. Under an existing programme no one joins during warm-up but
// the starting members, which the page's own count once missed.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, waitForRun, runs, setField, wasm, formatted, savedScenario } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('a large existing programme waits for Run and states the core’s member-months', async () => {
  const { page, seen } = await open(browser, 'index.html?lang=en');
  await waitForRun(page);
  const n = await runs(page);
  await page.selectOption('[data-key="population.history.kind"]', 'existing_programme');
  await setField(page, 'population.starting_members', '100000');
  await page.waitForFunction(() => /press Run/.test(document.querySelector('#run-status').textContent));
  assert.equal(await runs(page), n, 'a large scenario does not re-run by itself');
  const scenario = await savedScenario(page);
  assert.equal(JSON.parse(scenario).population.history.kind, 'existing_programme');
  const size = await wasm(page, 'run_size', scenario);
  const shown = await formatted(page, 'count', size.member_months);
  assert.match(await page.textContent('#run-status'), new RegExp(`about ${shown.replace(/[.]/g, '\\.')} member-months`));
  assert.deepEqual(seen.errors, []);
});
