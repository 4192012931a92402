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

/** 40,000 starting members over two years: too big to run as it opens, a second or more on two workers. */
function longScenario() {
  const s = smallScenario('Long run');
  s.population.starting_members = 40_000;
  s.horizon.months = 24;
  return s;
}

test('a Run on two workers redraws its progress a few times a second, not at every report of every worker', async () => {
  const { page, seen, context } = await open(browser, null);
  // Every change the page makes to the run bar while the bar is active (a run going).
  await page.addInitScript(() => {
    window.progressDraws = [];
    new MutationObserver((records) => {
      const bar = document.querySelector('#progress');
      if (bar?.classList.contains('active') && records.some((r) => r.target === bar || bar.parentElement?.contains(r.target))) {
        window.progressDraws.push(performance.now());
      }
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-valuenow'] });
  });
  await page.goto(url(`index.html?workers=2${tabsLink([longScenario()])}`));
  await page.waitForFunction(() => !document.querySelector('#run').disabled && !document.body.classList.contains('booting'));
  await page.click('#run');
  await waitForRun(page, 0, 120000);
  assert.equal(await page.getAttribute('#results', 'data-workers'), '2');
  const draws = await page.evaluate(() => window.progressDraws);
  const seconds = (draws[draws.length - 1] - draws[0]) / 1000;
  assert.ok(seconds > 0.5, `the run showed progress for ${seconds.toFixed(2)} s: long enough to count its redraws`);
  // The workers report every 40 ms each (50 reports a second from two); the page draws at
  // most every 250 ms, and a draw's changes (bar and words) come in one task.
  const distinct = draws.filter((t, i) => i === 0 || t - draws[i - 1] > 5);
  assert.ok(distinct.length <= seconds * 4 + 2, `${distinct.length} progress redraws in ${seconds.toFixed(2)} s`);
  // The bar steps from one report to the next: an animated step would be six more frames each.
  assert.equal(await page.$eval('#progress-fill', (el) => getComputedStyle(el).transitionDuration), '0s');
  assert.deepEqual(seen.errors, []);
  await context.close();
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
