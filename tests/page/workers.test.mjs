// A Run split across the page's workers (run-pool.js): with 1, 2 or 3 workers (`?workers=N`)
// the page shows the same results, to the byte, as the WASM's run of the whole scenario made
// apart from the page, and says how many workers ran it.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, url, waitForRun, wasm, savedScenario } from './helpers.mjs';
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

test('the Run\'s workers start with the page, so the example\'s run on load is split from its first block', async () => {
  // Which worker each request went to, and when each worker was made, in the page's order.
  const { page, seen, context } = await open(browser, null);
  await page.addInitScript(() => {
    const events = (window.__workerEvents = []);
    const Base = window.Worker;
    window.Worker = class extends Base {
      constructor(url, options) {
        super(url, options);
        const name = options?.name || '';
        events.push(['made', name]);
        const post = this.postMessage.bind(this);
        this.postMessage = (message, transfer) => {
          if (message?.type && message.type !== 'init') events.push(['asked', name, message.type]);
          post(message, transfer);
        };
      }
    };
  });
  await page.goto(url('index.html?workers=2'));
  await waitForRun(page, 0, 120000);
  const events = await page.evaluate(() => window.__workerEvents);
  const firstRunAsked = events.findIndex(([what, , type]) => what === 'asked' && type === 'run_blocks');
  const secondMade = events.findIndex(([what, name]) => what === 'made' && name === 'tierlab-run-2');
  assert.ok(firstRunAsked >= 0, `the run was asked for how it splits (${JSON.stringify(events)})`);
  assert.ok(secondMade >= 0 && secondMade < firstRunAsked, `the second worker was made before the run began (${JSON.stringify(events)})`);
  const parts = events.filter(([what, , type]) => what === 'asked' && type === 'run_blocks_part').map(([, name]) => name);
  assert.ok(parts.includes('tierlab-run-2') && parts.includes('tierlab-runner'), `both workers ran blocks of the example (${parts.join(', ')})`);
  assert.equal(await page.getAttribute('#results', 'data-workers'), '2');
  assert.deepEqual(seen.errors, []);
  await context.close();
});
