// Sliders marked in the scenario itself (`embed.sliders`): a scenario that exposes fields,
// opened with `?embed=1` in an 800 × 600 iframe, shows those sliders with their ranges and
// labels; moving one re-runs and changes a KPI; the embedded view never saves. The full
// page's Embed dialog writes the sliders into the scenario, so its link carries them.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, waitForRun, runs, url } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The default scenario exposing the Silver threshold and the points earn rate. */
const EXPOSED = [
  { path: 'tiers.levels[1].threshold', min: 0, max: 280, step: 20, label: 'Silver from' },
  { path: 'points.per_currency_unit', min: 0.5, max: 5, step: 0.5 },
];

test('a scenario with exposed sliders shows them in an 800 × 600 embed, and moving one re-runs', async () => {
  const { page: full, context } = await open(browser, 'index.html?lang=en');
  const encoded = await full.evaluate(async (sliders) => {
    const { encodeScenario } = await import('./js/state.js');
    const { DEFAULT_SCENARIO } = await import('./js/example-programme.js');
    return encodeScenario({ ...DEFAULT_SCENARIO, embed: { sliders } });
  }, EXPOSED);
  await context.close();
  const { page, seen } = await open(browser, null, { viewport: { width: 1000, height: 800 } });
  const src = url(`index.html?embed=1&kpis=active,tiers,liability&lang=en#s=${encoded}`);
  await page.setContent(`<!doctype html><body style="margin:0"><iframe id="f" src="${src}" width="800" height="600" style="border:0"></iframe></body>`);
  const frame = await (await page.waitForSelector('#f')).contentFrame();
  await waitForRun(frame);
  const sliders = await frame.$$eval('input[type=range]', (els) => els.map((e) => [e.dataset.slider, e.min, e.max, e.step, e.value]));
  assert.deepEqual(sliders, [
    ['tiers.levels.1.threshold', '0', '280', '20', '100'],
    ['points.per_currency_unit', '0.5', '5', '0.5', '1'],
  ], 'the scenario’s sliders, with its ranges and its values');
  const labels = await frame.$$eval('.slider-label', (els) => els.map((e) => e.textContent));
  assert.equal(labels[0], 'Silver from', 'the label the scenario gives');
  assert.match(labels[1], /Points/i, 'the field’s own name when the scenario gives none');
  const overflow = await frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling in the iframe (${overflow}px over)`);

  const tiersBefore = await frame.textContent('[data-kpi="tiers"]');
  const digest = await frame.getAttribute('#results', 'data-digest');
  const n = await runs(frame);
  const address = await frame.evaluate(() => location.href);
  await frame.$eval('input[data-slider="tiers.levels.1.threshold"]', (el) => { el.value = '260'; el.dispatchEvent(new Event('input', { bubbles: true })); });
  const moved = await waitForRun(frame, n);
  assert.notEqual(moved, digest, 'moving a slider re-runs the scenario');
  assert.notEqual(await frame.textContent('[data-kpi="tiers"]'), tiersBefore, 'members per tier changed');
  assert.match(await frame.textContent('.slider-value'), /260/);
  assert.equal(await frame.evaluate(() => location.href), address, 'the embedded view writes nothing into its address');
  assert.deepEqual(seen.errors, []);
  assert.deepEqual(seen.external, []);
});

test('the Embed dialog writes the ticked sliders into the scenario, and its code carries them', async () => {
  const { page, context, seen } = await open(browser, 'index.html?lang=en');
  await waitForRun(page);
  await page.click('#embed');
  await page.waitForSelector('#embed-code');
  const row = page.locator('tr[data-embed-row="tiers.levels.1.threshold"]');
  await row.locator('[data-embed-slider]').check();
  await row.locator('[data-embed-range="min"]').fill('50');
  await row.locator('[data-embed-range="max"]').fill('250');
  await row.locator('[data-embed-range="step"]').fill('10');
  const margin = page.locator('tr[data-embed-row="economics.gross_margin"]');
  await margin.locator('[data-embed-slider]').check();
  await margin.locator('[data-embed-range="min"]').fill('20');
  await margin.locator('[data-embed-range="max"]').fill('60');
  await margin.locator('[data-embed-range="step"]').fill('1');
  await page.click('#embed-save-sliders');
  await page.waitForFunction(() => /Saved/.test(document.querySelector('#embed-slider-status').textContent));
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('tierlab.scenario')));
  assert.deepEqual(stored.embed, { sliders: [
    { path: 'tiers.levels[1].threshold', min: 50, max: 250, step: 10 },
    { path: 'economics.gross_margin', min: 0.2, max: 0.6, step: 0.01 },
  ] }, 'percent fields are written as shares');
  const code = await page.inputValue('#embed-code');
  const src = /<iframe src="([^"]+)"/.exec(code)?.[1]?.replace(/&amp;/g, '&');
  assert.ok(src && !new URL(src).searchParams.has('sliders'), 'the sliders travel in the scenario, not the URL');
  const embedded = await context.newPage();
  await embedded.goto(src);
  await waitForRun(embedded);
  assert.deepEqual(await embedded.$$eval('input[type=range]', (els) => els.map((e) => [e.dataset.slider, e.min, e.max])),
    [['tiers.levels.1.threshold', '50', '250'], ['economics.gross_margin', '0.2', '0.6']]);

  // A range that leaves out the scenario's own value (Silver from 100) is saved without a
  // problem, the scenario still runs, and the view widens the slider to reach the value.
  await row.locator('[data-embed-range="min"]').fill('150');
  await page.click('#embed-save-sliders');
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('tierlab.scenario'))?.embed?.sliders?.[0]?.min === 150);
  await page.waitForFunction(() => /^Saved/.test(document.querySelector('#embed-slider-status').textContent));
  assert.match(await page.textContent('#embed-slider-status'), /^Saved: the scenario exposes 2 sliders/, 'no problem to fix');
  assert.equal(await page.$eval('#run', (b) => b.disabled), false, 'the scenario still runs');
  const widened = /<iframe src="([^"]+)"/.exec(await page.inputValue('#embed-code'))?.[1]?.replace(/&amp;/g, '&');
  assert.notEqual(widened, src, 'the embed code carries the new range');
  const again = await context.newPage();
  await again.goto(widened);
  await waitForRun(again);
  assert.deepEqual(await again.$eval('input[type=range]', (e) => [e.dataset.slider, e.min, e.max, e.value]),
    ['tiers.levels.1.threshold', '100', '250', '100']);
  assert.deepEqual(seen.errors, []);
  await context.close();
});
