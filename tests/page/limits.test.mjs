// The editor's limits are the core's (issue 16): the page reads `scenario_limits` from the
// WASM once at start and its inputs carry those figures, written down nowhere in its
// scripts. Each test reads the figures from the WASM apart from the page (helpers.mjs
// wasm()), so it fails on a page that lacks the export or holds other figures; the last
// hands the page other figures than the build's, which a page holding its own cannot follow.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, waitForRun, wasm } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const scenarioText = (page) => page.inputValue('#json-text');

/** The example programme with `campaigns` copies of the seeds' first campaign and `tiers` tiers, as a `#s=` link. */
async function crowdedLink(page, campaigns, tiers) {
  return page.evaluate(async ([c, k]) => {
    const module = await import('./pkg/tierlab.js');
    await module.default();
    const seed = JSON.parse(module.campaign_presets_json())[0];
    const { encodeScenario } = await import('./js/state.js');
    const { DEFAULT_SCENARIO } = await import('./js/example-programme.js');
    const scenario = structuredClone(DEFAULT_SCENARIO);
    scenario.campaigns = Array.from({ length: c }, (_, i) => ({ ...seed, name: `Campaign ${i + 1}` }));
    const entry = scenario.tiers.levels[0];
    scenario.tiers.levels = Array.from({ length: k }, (_, i) => ({ ...entry, name: `Tier ${i + 1}`, threshold: 100 * i, keep_threshold: 100 * i }));
    return encodeScenario(scenario);
  }, [campaigns, tiers]);
}

test('the campaign and tier Add buttons stop at the core’s most campaigns and tiers', async () => {
  const { page: first, context } = await open(browser, 'index.html?lang=en');
  const limits = await wasm(first, 'scenario_limits');
  const campaigns = limits.lists.campaigns.max;
  const tiers = limits.lists['tiers.levels'].max;
  const link = await crowdedLink(first, campaigns - 1, tiers - 1);
  await context.close();

  const { page, seen } = await open(browser, `index.html?lang=en#s=${link}`);
  await page.waitForSelector('[data-add="campaigns"]');
  assert.equal(await page.$$eval('details.campaign', (els) => els.length), campaigns - 1);
  assert.equal(await page.$eval('[data-add="campaigns"]', (b) => b.disabled), false, 'one short of the most, a campaign can be added');
  await page.click('[data-add="campaigns"]');
  assert.equal(await page.$$eval('details.campaign', (els) => els.length), campaigns);
  assert.equal(await page.$eval('[data-add="campaigns"]', (b) => b.disabled), true, `at ${campaigns} campaigns no more can be added`);
  assert.ok(await page.$$eval('details.campaign .icon-btn.duplicate', (bs) => bs.every((b) => b.disabled)), 'nor duplicated');
  assert.match(await page.textContent('.campaigns-block h4.count'), new RegExp(`\\b${campaigns}\\b.*\\b${campaigns}\\b`), 'the count shows the most');

  assert.equal(await page.$eval('[data-add="tiers.levels"]', (b) => b.disabled), false, 'one short of the most, a tier can be added');
  await page.click('[data-add="tiers.levels"]');
  assert.equal(JSON.parse(await scenarioText(page)).tiers.levels.length, tiers);
  assert.equal(await page.$eval('[data-add="tiers.levels"]', (b) => b.disabled), true, `at ${tiers} tiers no more can be added`);
  assert.deepEqual(seen.errors, []);
});

test('the horizon input takes the core’s longest horizon and refuses one month more; names stop at the core’s length', async () => {
  const { page, seen } = await open(browser, 'index.html?lang=en');
  await waitForRun(page);
  const limits = await wasm(page, 'scenario_limits');
  const { min, max } = limits.whole['horizon.months'];

  await page.fill('[data-key="horizon.months"]', String(max));
  await page.waitForFunction((m) => JSON.parse(document.querySelector('#json-text').value).horizon.months === m, max);
  await page.fill('[data-key="horizon.months"]', String(max + 1));
  await page.waitForFunction(() => [...document.querySelectorAll('.msg.shown')].some((m) => m.dataset.for === 'horizon.months'));
  const message = await page.$eval('.msg.shown[data-for="horizon.months"]', (m) => m.textContent);
  assert.match(message, new RegExp(`\\b${min}\\b.*\\b${max}\\b`), 'the input says the core’s range');
  assert.equal(JSON.parse(await scenarioText(page)).horizon.months, max, 'one month past the longest never reaches the scenario');

  assert.equal(await page.getAttribute('[data-key="name"]', 'maxlength'), String(limits.name_chars));
  assert.equal(await page.getAttribute('[data-key="tiers.levels.0.name"]', 'maxlength'), String(limits.name_chars));
  assert.deepEqual(seen.errors, []);
});

test('an embedded view shows at most the core’s most sliders, however many the link asks for', async () => {
  const { page: first, context } = await open(browser, 'index.html?lang=en');
  const most = (await wasm(first, 'scenario_limits')).lists['embed.sliders'].max;
  await context.close();
  const fields = ['horizon.months', 'population.starting_members', 'population.new_members_per_month', 'growth.per_currency_unit',
    'points.per_currency_unit', 'referral.referrals_per_month', 'economics.gross_margin', 'tiers.levels.1.threshold'];
  assert.ok(fields.length > most, 'the link asks for more sliders than the core allows');
  const { page, seen } = await open(browser, `index.html?embed=1&lang=en&sliders=${fields.join(',')}`);
  await waitForRun(page);
  const shown = await page.$$eval('input[type=range]', (els) => els.map((e) => e.dataset.slider));
  assert.deepEqual(shown, fields.slice(0, most));
  assert.deepEqual(seen.errors, []);
});

test('the referral slider’s range ends at the core’s most referrals a month', async () => {
  const { page, seen } = await open(browser, 'index.html?lang=en');
  const most = (await wasm(page, 'scenario_limits')).referrals_per_month;
  const { page: embedded } = await open(browser, `index.html?embed=1&lang=en&sliders=referral.referrals_per_month`);
  await waitForRun(embedded);
  assert.equal(await embedded.$eval('input[type=range]', (e) => Number(e.max)), most);
  assert.deepEqual(seen.errors, []);
});

/** Limits other than the build's: fewer campaigns, tiers and sliders, shorter names and horizons. */
const OTHER = { campaigns: 2, tiers: 4, sliders: 2, names: 40, months: 60 };

test('the editor follows whatever limits the core hands it', async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'en-US' });
  // The WASM's glue, with `scenario_limits` answering OTHER's figures over the build's.
  await context.route('**/pkg/tierlab.js', async (route) => {
    const response = await route.fetch();
    const glue = (await response.text()).replace('export function scenario_limits()', 'function buildLimits()') + `
export function scenario_limits() {
  const limits = buildLimits();
  limits.lists.campaigns.max = ${OTHER.campaigns};
  limits.lists['tiers.levels'].max = ${OTHER.tiers};
  limits.lists['embed.sliders'].max = ${OTHER.sliders};
  limits.name_chars = ${OTHER.names};
  limits.whole['horizon.months'].max = ${OTHER.months};
  return limits;
}
`;
    await route.fulfill({ response, body: glue });
  });
  const { page, seen } = await open(browser, 'index.html?lang=en', { context });
  await waitForRun(page);
  assert.equal(await page.getAttribute('[data-key="name"]', 'maxlength'), String(OTHER.names));

  for (let i = 0; i < OTHER.campaigns; i++) await page.click('[data-add="campaigns"]');
  assert.equal(await page.$$eval('details.campaign', (els) => els.length), OTHER.campaigns);
  assert.equal(await page.$eval('[data-add="campaigns"]', (b) => b.disabled), true, `no campaign past ${OTHER.campaigns}`);

  const tiers = JSON.parse(await scenarioText(page)).tiers.levels.length;
  for (let i = tiers; i < OTHER.tiers; i++) await page.click('[data-add="tiers.levels"]');
  assert.equal(JSON.parse(await scenarioText(page)).tiers.levels.length, OTHER.tiers);
  assert.equal(await page.$eval('[data-add="tiers.levels"]', (b) => b.disabled), true, `no tier past ${OTHER.tiers}`);

  await page.fill('[data-key="horizon.months"]', String(OTHER.months + 1));
  await page.waitForFunction(() => [...document.querySelectorAll('.msg.shown')].some((m) => m.dataset.for === 'horizon.months'));
  assert.notEqual(JSON.parse(await scenarioText(page)).horizon.months, OTHER.months + 1, 'the input refuses a month past the figure it was given');
  await page.close();

  const { page: embedded } = await open(browser, 'index.html?embed=1&lang=en&sliders=horizon.months,growth.per_currency_unit,points.per_currency_unit', { context });
  await waitForRun(embedded);
  assert.equal(await embedded.$$eval('input[type=range]', (els) => els.length), OTHER.sliders);
  assert.deepEqual(seen.errors, []);
  await context.close();
});
