// A Run split across the page's workers (run-pool.js): with 1, 2 or 3 workers (`?workers=N`)
// the page shows the same results, to the byte, as the WASM's run of the whole scenario made
// apart from the page, and says how many workers ran it.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, waitForRun, wasm, savedScenario } from './helpers.mjs';
import { smallScenario, tabsLink } from './study-fixtures.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** 10,000 starting members: three blocks of 4,096, quick enough to run as it opens. */
function splitScenario() {
  const s = smallScenario('Split run');
  s.population.starting_members = 10_000;
  s.population.new_members_per_month = 100;
  return s;
}

test('a Run split across one, two or three workers shows the digest of the run made whole', async () => {
  const shown = [];
  let whole = null;
  for (const workers of [1, 2, 3]) {
    const { page, seen, context } = await open(browser, `index.html?workers=${workers}${tabsLink([splitScenario()])}`);
    const digest = await waitForRun(page, 0, 120000);
    assert.match(digest, /^[0-9a-f]{16}$/);
    const blocks = await wasm(page, 'run_blocks', await savedScenario(page), 'en');
    assert.ok(blocks.ok && blocks.value.blocks === 3, JSON.stringify(blocks));
    assert.equal(await page.getAttribute('#results', 'data-workers'), String(workers), `${workers} worker(s) ran it`);
    if (!whole) {
      const run = await wasm(page, 'run', await savedScenario(page), 'en');
      whole = run.value.digest;
    }
    shown.push(digest);
    assert.deepEqual(seen.errors, []);
    await context.close();
  }
  assert.deepEqual(shown, [whole, whole, whole], 'the same results whatever the number of workers');
});
