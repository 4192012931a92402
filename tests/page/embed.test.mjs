// Embed mode: `index.html?embed=1&charts=…&sliders=…#s=…` in an 800 × 600 iframe shows
// the KPIs, only the chosen charts and the sliders, read-only, without overflowing; a
// slider re-runs, and the cards show the figures of a run of the same scenario made
// apart from the page; an invalid value runs nothing. The full page's Embed dialog writes
// such an <iframe>.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, waitForRun, runs, runsStarted, checks, checkedAndIdle, url } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/**
 * The page's default programme with Silver's threshold at `silver`, run in the frame's main
 * thread straight through the WASM: its digest, and its figures as the page formats them.
 */
const runApart = (frame, silver) => frame.evaluate(async (threshold) => {
  const at = (path) => import(new URL(path, document.baseURI).href);
  const [{ DEFAULT_SCENARIO }, wasm, format] = await Promise.all([at('js/example-programme.js'), at('pkg/tierlab.js'), at('js/format.js')]);
  await wasm.default();
  const scenario = JSON.parse(wasm.normalize(JSON.stringify(DEFAULT_SCENARIO), 'en').scenario);
  scenario.tiers.levels[1].threshold = threshold;
  const run = wasm.run(JSON.stringify(scenario), 'en');
  const totals = run.value.results.totals;
  return {
    digest: run.value.digest,
    active: format.count(totals.active_at_end),
    liability: format.money(totals.liability_at_end),
    tiers: totals.members_per_tier_at_end.map((n) => format.count(n)),
  };
}, silver);

/** What the embed's KPI cards show: active members, liability and the members of each tier. */
const cardsShown = async (frame) => ({
  active: await frame.textContent('[data-kpi="active"] .kpi-value'),
  liability: await frame.textContent('[data-kpi="liability"] .kpi-value'),
  tiers: await frame.$$eval('[data-kpi="tiers"] .tier-count', (cells) => cells.map((c) => c.textContent)),
});

test('the embed view renders in an 800 × 600 iframe with its charts and sliders', async () => {
  const { page, seen } = await open(browser, null, { viewport: { width: 1000, height: 800 } });
  const src = url('index.html?embed=1&charts=tiers,members&kpis=active,tiers,liability&sliders=tiers.levels.1.threshold:0:1000:10,points.per_currency_unit&lang=en');
  await page.setContent(`<!doctype html><body style="margin:0"><iframe id="f" src="${src}" width="800" height="600" style="border:0"></iframe></body>`);
  const frame = await (await page.waitForSelector('#f')).contentFrame();
  await waitForRun(frame);
  const charts = await frame.$$eval('svg.tierlab-chart', (els) => els.map((e) => e.dataset.chart));
  assert.deepEqual(charts, ['tiers', 'members'], 'only the chosen charts, in the chosen order');
  assert.deepEqual(await frame.$$eval('[data-kpi]', (k) => k.map((e) => e.dataset.kpi)), ['active', 'tiers', 'liability'], 'the chosen KPI cards');
  assert.equal(await frame.$eval('.editor-pane', (e) => getComputedStyle(e).display), 'none', 'no editor');
  assert.equal(await frame.$eval('#run', (e) => getComputedStyle(e).display), 'none', 'read-only: no Run button');
  const sliders = await frame.$$eval('input[type=range]', (els) => els.map((e) => [e.dataset.slider, e.min, e.max, e.value]));
  assert.deepEqual(sliders.map((s) => s[0]), ['tiers.levels.1.threshold', 'points.per_currency_unit']);
  assert.deepEqual(sliders[0].slice(1), ['0', '1000', '100']);
  const label = await frame.textContent('.slider-label');
  assert.match(label, /Silver/);
  const overflow = await frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling in the iframe (${overflow}px over)`);
  const chartBox = await frame.$eval('.chart-card', (c) => c.getBoundingClientRect());
  assert.ok(chartBox.top < 600, 'the first chart starts within the iframe’s height');

  // The cards show the figures of the programme's own run, made again apart from the page.
  const digest = await frame.getAttribute('#results', 'data-digest');
  const apart = await runApart(frame, 100);
  assert.equal(apart.digest, digest, 'the run made apart is the one the page made');
  const { digest: _, ...figures } = apart;
  assert.deepEqual(await cardsShown(frame), figures);
  const n = await runs(frame);
  const slider = await frame.$('input[data-slider="tiers.levels.1.threshold"]');
  const move = (v) => slider.evaluate((el, value) => { el.value = value; el.dispatchEvent(new Event('input', { bubbles: true })); }, String(v));
  await move(250);
  const digest2 = await waitForRun(frame, n);
  assert.notEqual(digest2, digest, 'moving a slider re-runs the scenario');
  assert.match(await frame.textContent('.slider-value'), /250/);
  const at250 = await runApart(frame, 250);
  assert.equal(at250.digest, digest2, 'the slider’s run is the programme with Silver at 250');
  const { digest: __, ...figures250 } = at250;
  assert.notDeepEqual(figures250.tiers, figures.tiers, 'Silver at 250 puts members in other tiers');
  assert.deepEqual(await cardsShown(frame), figures250, 'the cards show the run at 250');
  // Past Gold's threshold the scenario is invalid: the view says why, no run begins and the
  // cards keep the last results.
  const [begun, checked] = [await runsStarted(frame), await checks(frame)];
  await move(900);
  await frame.waitForFunction(() => /300|Gold/.test(document.querySelector('#run-status').textContent));
  await checkedAndIdle(frame, checked);
  assert.equal(await runsStarted(frame), begun, 'no run of the invalid scenario began');
  assert.equal(await runs(frame), n + 1);
  assert.deepEqual(await cardsShown(frame), figures250);
  assert.deepEqual(seen.errors, []);
  assert.deepEqual(seen.external, []);
});

test('the Embed dialog produces an iframe snippet with an absolute URL of this page', async () => {
  const { page, context } = await open(browser, 'index.html?lang=en');
  await waitForRun(page);
  await page.click('#embed');
  await page.waitForSelector('#embed-code');
  const code = await page.inputValue('#embed-code');
  const src = /<iframe src="([^"]+)"/.exec(code)?.[1]?.replace(/&amp;/g, '&');
  assert.ok(src, code);
  const target = new URL(src);
  assert.equal(target.origin + target.pathname, new URL(url('index.html')).origin + new URL(url('index.html')).pathname);
  assert.equal(target.searchParams.get('embed'), '1');
  assert.match(target.hash, /^#s=z/);
  assert.match(code, /width="800" height="600"/);
  // The snippet's URL works: it opens the embed view of the same scenario.
  const digest = await page.getAttribute('#results', 'data-digest');
  const embedded = await context.newPage();
  await embedded.goto(src);
  assert.equal(await waitForRun(embedded), digest);
  assert.ok(await embedded.$eval('body', (b) => b.classList.contains('embed')));
  await context.close();
});
