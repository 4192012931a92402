// One source of truth (issue 16): what the page once worked out for itself it now takes from
// the WASM, and shows. Switching a segment's behaviour to the planner's terms and back leaves
// the scenario byte-identical; a scenario written sparsely opens with the core's defaults;
// the monthly CSV comes in the page's language even when the language changed after the
// run; the threshold designer's Apply keeps keep thresholds by the core's rule; "Explain a
// member" says in the page's language which numbers name no one, and marks the month the
// core finds closest to a tier. Figures to compare with come from the WASM called apart
// from the page (helpers.mjs wasm()).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch, open, waitForRun, runs, wasm, savedScenario, formatted } from './helpers.mjs';
import { smallScenario, tabsLink } from './study-fixtures.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const json = (page) => page.inputValue('#json-text');
const behaviourOf = async (page, i) => JSON.parse(await json(page)).population.segments[i].behaviour;

/** Clicks segment i's "behaviour given as" radio and waits until the scenario has that form. */
async function switchForm(page, i, form) {
  await page.$eval(`[data-key="population.segments.${i}.behaviour.form.${form}"]`, (radio) => radio.click());
  await page.waitForFunction(([k, f]) => JSON.parse(document.querySelector('#json-text').value).population.segments[k].behaviour.form === f, [i, form]);
}

test('switching a segment’s behaviour to the planner’s terms and back leaves the scenario byte-identical', async () => {
  const { page, seen } = await open(browser, '?lang=en');
  const digest = await waitForRun(page);
  const before = await json(page);
  assert.equal((await behaviourOf(page, 0)).form, 'model', 'the example’s shoppers are CDNOW’s fit');

  await switchForm(page, 0, 'planner');
  const planner = await behaviourOf(page, 0);
  // The planner's terms carry CDNOW's a + b and q: nothing about the members changed.
  assert.equal(planner.dropout_concentration, 3.219);
  assert.equal(planner.spend_rate_shape, 3.74);
  await page.waitForSelector('.derived[data-derived="0"][data-filled]', { state: 'attached' });
  const shown = await page.$$eval('.derived[data-derived="0"] dd', (dds) => dds.map((d) => d.textContent));
  assert.deepEqual(shown.slice(0, 4), ['0.243', '4.414', '0.793', '2.426'], 'r, α, a and b beside it, as the core maps them');

  await switchForm(page, 0, 'model');
  assert.equal(await json(page), before, 'the same bytes');
  const n = await runs(page);
  await page.click('#run');
  assert.equal(await waitForRun(page, n), digest, 'and the same run');
  assert.deepEqual(seen.errors, []);
  await page.context().close();
});

test('a preset’s planner’s terms switched to the papers’ symbols and back are the preset again', async () => {
  const { page } = await open(browser, '?lang=en');
  await waitForRun(page);
  await page.waitForSelector('#presets option[value="hotel"]', { state: 'attached' });
  await page.selectOption('#presets', 'hotel');
  await page.waitForFunction(() => JSON.parse(document.querySelector('#json-text').value).population.segments[0].behaviour.form === 'planner');
  const before = await json(page);
  const segments = JSON.parse(before).population.segments.length;
  for (let i = 0; i < segments; i++) await switchForm(page, i, 'model');
  const symbols = JSON.parse(await json(page)).population.segments.map((s) => s.behaviour);
  assert.ok(symbols.every((b) => b.purchases.a > 0 && b.spend.q === 4), 'each in symbols, q = 4 as the preset implies');
  for (let i = 0; i < segments; i++) await switchForm(page, i, 'planner');
  assert.equal(await json(page), before);
  await page.context().close();
});

test('a scenario written sparsely opens with the core’s defaults written in', async () => {
  const sparse = {
    version: 1,
    name: 'Sparse',
    horizon: { months: 12 },
    population: {
      starting_members: 500,
      segments: [{ name: 'Regulars', share: 1, behaviour: { form: 'planner', purchases_per_month: 1, purchase_rate_spread: 1, lost_per_year: 0.3, average_order_value: 50, order_value_spread: 0.5 } }],
    },
    tiers: { levels: [{ name: 'Member', threshold: 0, keep_threshold: 0 }, { name: 'VIP', threshold: 500, keep_threshold: 400 }] },
    campaigns: [{ name: 'Welcome', offer: { kind: 'bonus_points', points: 100 }, schedule: { start_month: 0, end_month: 11, trigger: 'on_joining', validity_days: 30 } }],
  };
  const { page, seen } = await open(browser, `?lang=en${tabsLink([sparse])}`);
  await waitForRun(page);
  const read = await wasm(page, 'normalize', JSON.stringify(sparse), 'en');
  assert.deepEqual(read.problems, []);
  const core = JSON.parse(read.scenario);
  assert.deepEqual(JSON.parse(await json(page)), core, 'the editor holds the core’s reading, defaults and all');
  assert.equal(core.population.segments[0].behaviour.dropout_concentration, 3.2);
  assert.equal(await page.inputValue('[data-key="population.segments.0.behaviour.dropout_concentration"]'), '3.2');
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('tierlab.scenario') || '{}').name === 'Sparse');
  assert.deepEqual(JSON.parse(await savedScenario(page)), core, 'and saves it');
  assert.deepEqual(seen.errors, []);
  await page.context().close();
});

/** The first line of the monthly CSV the page downloads, split into headers. */
async function csvHeaders(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  const bytes = await readFile(await download.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a BOM');
  return bytes.subarray(3).toString('utf8').split('\n')[0].split(',');
}

test('the monthly CSV comes in the page’s language, even when the switch does not run again', async () => {
  // 40,000 members over three years: too big to re-run unasked on the switch.
  const big = smallScenario('Forty thousand');
  big.horizon.months = 36;
  big.population.starting_members = 40000;
  const { page, seen } = await open(browser, `?lang=en${tabsLink([big])}`);
  await page.waitForFunction(() => !document.querySelector('#run').disabled);
  await page.click('#run');
  await waitForRun(page, 0, 120000);
  const english = await csvHeaders(page);
  assert.equal(english[0], 'Month');
  const n = await runs(page);
  await page.click('#lang');
  await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
  const chinese = await csvHeaders(page);
  assert.equal(await runs(page), n, 'no run since the switch');
  assert.equal(chinese[0], '月序', `Chinese headers: ${chinese.slice(0, 3)}`);
  const core = (await wasm(page, 'run', await savedScenario(page), 'zh-CN')).value.csv['zh-CN'].split('\n')[0].split(',');
  assert.deepEqual(chinese, core, 'the core’s Chinese headers');
  assert.deepEqual(seen.errors, []);
  await page.context().close();
});

test('the threshold designer’s Apply keeps each keep threshold at its share by the core’s rule', async () => {
  const s = smallScenario('A third to keep Silver');
  s.tiers.levels[1].threshold = 1000;
  s.tiers.levels[1].keep_threshold = 333;
  s.tiers.levels[2].threshold = 3000;
  s.tiers.levels[2].keep_threshold = 3000;
  const { page } = await open(browser, `?lang=en${tabsLink([s], { view: 'studies' })}`);
  await waitForRun(page);
  // Three years to the top at 20 growth a day (the card's start), climbs doubling: 7,300 and 21,900.
  await page.click('[data-study="designer"] [data-action="run"]');
  await page.waitForSelector('[data-study="designer"] td.proposed[data-proposed="7300"]');
  const before = await savedScenario(page);
  await page.click('[data-study="designer"] [data-action="apply"]');
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('tierlab.scenario')).tiers.levels[1].threshold === 7300);
  const levels = JSON.parse(await savedScenario(page)).tiers.levels;
  // 7,300 × 333 / 1,000 = 2,430.9: rounded down, as goal-seek keeps it (the page rounded to 2,431).
  assert.equal(levels[1].keep_threshold, 2430);
  const core = await wasm(page, 'apply_ladder', before, JSON.stringify([0, 7300, 21900]), 'en');
  assert.deepEqual(levels, JSON.parse(core.value).tiers.levels);
  await page.context().close();
});

test('a member number that names no one is said so in Chinese on a Chinese page', async () => {
  const { page, seen } = await open(browser, `?lang=zh-CN${tabsLink([smallScenario()])}`, { locale: 'zh-CN' });
  await waitForRun(page);
  let previous = '';
  for (const [typed, id] of [['4503599627370496', '4,503,599,627,370,496'], ['960', '960']]) {
    await page.fill('#explain-id', typed);
    await page.click('#explain-go');
    await page.waitForFunction((p) => {
      const status = document.querySelector('.explain-status.error');
      return status && status.textContent !== p;
    }, previous);
    const said = await page.textContent('.explain-status');
    // 600 starting members and 30 a month over 12 months: 960 planned, numbered 0 to 959.
    assert.equal(said, `此方案中没有编号为 ${id} 的会员：会员编号为 0 到 959`);
    previous = said;
  }
  assert.match(await page.getAttribute('#explain-id', 'title'), /^会员编号为 0 到 959$/);
  assert.deepEqual(seen.errors, []);
  await page.context().close();
});

test('the month marked closest to Gold is the core’s, with its shortfall', async () => {
  const { page } = await open(browser, `?lang=en${tabsLink([smallScenario()])}`);
  await waitForRun(page);
  await page.click('#explain-almost');
  await page.waitForSelector('#explain tr.closest');
  const id = await page.inputValue('#explain-id');
  const story = (await wasm(page, 'explain_member', await savedScenario(page), id, 2, 'en')).value;
  assert.ok(story.closest, 'the core finds the closest month');
  assert.equal(await page.getAttribute('#explain tr.closest', 'data-month'), String(story.closest.month));
  const sentence = await page.textContent('#explain .explain-summary .closest');
  assert.ok(sentence.includes(`needed ${await formatted(page, 'int', story.closest.shortfall)} more`), sentence);
  await page.context().close();
});
