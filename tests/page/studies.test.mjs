// The Sweep & goal-seek view on the open tab: a sweep of the Gold threshold draws its
// charts; the tornado draws a bar per assumption, in the order and at the lengths of the
// swings the WASM finds; the threshold designer's and goal-seek's Apply each change the
// scenario's tier thresholds as one edit that Undo takes back, goal-seek's to exactly the
// thresholds its card shows; the liability-ceiling card shows the earn rate the WASM
// finds, and Apply gives a run whose liability is under the ceiling. Figures to compare
// with come from the WASM called apart from the page (helpers.mjs wasm()).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, waitForRun, runs, wasm, savedScenario, formatted, kpiText } from './helpers.mjs';
import { smallScenario, tabsLink } from './study-fixtures.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const done = (page, id, after = 0) => page.waitForFunction(([i, n]) => Number(document.querySelector(`[data-study="${i}"]`)?.dataset.done || 0) > n, [id, after], { timeout: 60000 });
/**
 * The tornado chart as drawn, top row first: each row's label (one of `names`) and the
 * width in pixels of its two bars together (lowered and raised, both from the line of the
 * KPI as given), read from the SVG's own coordinates.
 */
const tornadoRows = (page, names) => page.$eval('[data-study="tornado"] [data-chart-card="tornado"] svg.tierlab-chart', (svg, labels) => {
  const at = (el, name) => Number(el.getAttribute(name));
  const rects = [...svg.querySelectorAll('rect')];
  return [...svg.querySelectorAll('text')]
    .filter((text) => labels.includes(text.textContent.trim()))
    .sort((a, b) => at(a, 'y') - at(b, 'y'))
    .map((text) => {
      const y = at(text, 'y');
      // The lowered bar ends on the row's middle line from above, the raised one starts on it.
      const bars = rects.filter((r) => Math.abs(at(r, 'y') + at(r, 'height') - y) <= 1 || Math.abs(at(r, 'y') - y) <= 1)
        .filter((r) => at(r, 'height') < 20);
      const left = Math.min(...bars.map((r) => at(r, 'x')));
      const right = Math.max(...bars.map((r) => at(r, 'x') + at(r, 'width')));
      return { name: text.textContent.trim(), bars: bars.length, width: right - left };
    });
}, names);

const thresholds = (page) => page.$$eval('[data-key$=".threshold"]', (inputs) => inputs.filter((i) => /^tiers\.levels\.\d+\.threshold$/.test(i.dataset.key)).map((i) => i.value));

test('a sweep of the Gold threshold draws its charts, and the tornado a bar per assumption as long as its swing', async () => {
  const { page, seen } = await open(browser, tabsLink([smallScenario()], { view: 'studies' }));
  await page.waitForSelector('[data-study="sweep"]');
  assert.equal(await page.inputValue('[data-input="sweep-path"]'), 'tiers.levels.2.threshold', 'the top tier is swept unless told otherwise');
  assert.equal(await page.inputValue('[data-input="sweep-from"]'), '300', 'from its keep threshold, where it may start');
  assert.equal(await page.inputValue('[data-input="sweep-to"]'), '900');
  await page.fill('[data-input="sweep-to"]', '500');
  await page.fill('[data-input="sweep-steps"]', '3');
  await page.click('[data-study="sweep"] [data-action="run"]');
  await done(page, 'sweep');
  assert.deepEqual(await page.$$eval('[data-study="sweep"] [data-chart-card]', (c) => c.map((x) => x.dataset.chartCard)), ['sweep_members', 'sweep_money']);
  assert.match(await page.textContent('[data-study="sweep"] .study-status'), /3 values from 300 to 500/);
  assert.equal(await page.$$eval('[data-study="sweep"] .note.warn', (n) => n.length), 0, 'every value ran');

  await page.selectOption('[data-input="tornado-kpi"]', 'liability_at_end');
  await page.click('[data-study="tornado"] [data-action="run"]');
  await done(page, 'tornado');
  assert.equal(await page.$$eval('[data-study="tornado"] [data-chart-card="tornado"] .chart-body svg', (s) => s.length), 1);
  // The WASM's tornado of the same scenario: its assumptions by name (its CSV), widest first.
  const apart = (await wasm(page, 'tornado_chart', await savedScenario(page), 'liability_at_end', 0.2, 'en')).value;
  const names = apart.csv.trim().split(/\r?\n/).slice(1).map((line) => line.split(',')[0]);
  const swings = apart.tornado.bars.map((b) => b.swing);
  assert.ok(names.length >= 8 && swings[0] > 0, `assumptions ${names} with swings ${swings}`);
  const rows = await tornadoRows(page, names);
  assert.deepEqual(rows.map((r) => r.name), names, 'a row per assumption, the widest swing on top');
  for (const row of rows) assert.equal(row.bars, 2, `${row.name}: a lowered and a raised bar`);
  // One scale for every bar: each row's width is its swing at the top row's pixels per ¥,
  // to within the pixel each end of a bar is rounded to.
  const perUnit = rows[0].width / swings[0];
  rows.forEach((row, i) => {
    assert.ok(Math.abs(row.width - swings[i] * perUnit) <= 2, `${row.name}: ${row.width}px for a swing of ${swings[i]} (${swings[i] * perUnit}px)`);
  });
  assert.deepEqual(seen.errors, []);
  await page.context().close();
});

test('the threshold designer and goal-seek each put their thresholds into the scenario, undoably, goal-seek exactly those it shows', async () => {
  const { page } = await open(browser, tabsLink([smallScenario()], { view: 'studies' }));
  await waitForRun(page);
  assert.deepEqual(await thresholds(page), ['0', '100', '300']);

  await page.fill('[data-input="designer-years"]', '1');
  await page.fill('[data-input="designer-cap"]', '3');
  await page.click('[data-study="designer"] [data-action="run"]');
  await done(page, 'designer');
  const proposed = await page.$$eval('[data-study="designer"] td.proposed', (tds) => tds.map((td) => td.dataset.proposed));
  assert.equal(proposed.length, 3);
  assert.equal(proposed[0], '0');
  assert.ok(Number(proposed[1]) < Number(proposed[2]), `rising thresholds ${proposed}`);
  await page.click('[data-study="designer"] [data-action="apply"]');
  await page.waitForFunction((p) => document.querySelector('[data-key="tiers.levels.2.threshold"]').value === p, proposed[2]);
  assert.deepEqual(await thresholds(page), proposed, 'Apply writes the proposed ladder');
  await page.click('.notice .btn.tiny');
  await page.waitForFunction(() => document.querySelector('[data-key="tiers.levels.2.threshold"]').value === '300');
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('tierlab.scenario')).tiers.levels[2].threshold === 300);

  await page.fill('[data-input="seek-share-0"]', '70');
  await page.fill('[data-input="seek-share-1"]', '20');
  await page.fill('[data-input="seek-share-2"]', '10');
  await page.click('[data-study="seek-thresholds"] [data-action="run"]');
  await done(page, 'seek-thresholds');
  // The WASM's answer for the same scenario, the last of its 12 months and these shares.
  const seek = (await wasm(page, 'seek_tier_thresholds', await savedScenario(page), 11, JSON.stringify([0.7, 0.2, 0.1]), 'en')).value.seek;
  assert.notDeepEqual(seek.thresholds, [0, 100, 300], `goal-seek moves the thresholds (${seek.thresholds})`);
  const shown = await page.$$eval('[data-study="seek-thresholds"] tbody tr', (rows) => rows.map((r) => [r.querySelector('td.proposed').textContent, r.cells[2].textContent]));
  const expected = [];
  for (const [k, threshold] of seek.thresholds.entries()) expected.push([await formatted(page, 'int', threshold), await formatted(page, 'pct', seek.achieved_shares[k], 1)]);
  assert.deepEqual(shown, expected, 'the card shows the thresholds found and the shares they give');
  await page.click('[data-study="seek-thresholds"] [data-action="apply"]');
  await page.waitForFunction((p) => document.querySelector('[data-key="tiers.levels.1.threshold"]').value === String(p), seek.thresholds[1]);
  assert.deepEqual(await thresholds(page), seek.thresholds.map(String));
  await page.waitForFunction((p) => JSON.parse(localStorage.getItem('tierlab.scenario')).tiers.levels[1].threshold === p, seek.thresholds[1]);
  const levels = JSON.parse(await savedScenario(page)).tiers.levels;
  assert.deepEqual(levels.map((l) => l.threshold), seek.thresholds, 'Apply writes exactly the thresholds found');
  assert.deepEqual(levels.map((l) => l.keep_threshold), seek.keep_thresholds, 'and their keep thresholds');
  await page.context().close();
});

test('the liability-ceiling card shows the earn rate the WASM finds, and its run keeps under the ceiling', async () => {
  const { page, seen } = await open(browser, tabsLink([smallScenario()], { view: 'studies' }));
  await waitForRun(page);
  const json = await savedScenario(page);
  const liability = (await wasm(page, 'run', json, 'en')).value.results.totals.liability_at_end;
  const ceiling = Math.round(liability / 2);
  assert.ok(ceiling > 0, `the small programme holds a liability to halve (¥${liability})`);
  assert.equal(await page.inputValue('[data-input="ceiling-lever"]'), 'earn_rate');
  await page.fill('[data-input="ceiling-value"]', String(ceiling));
  await page.click('[data-study="seek-liability"] [data-action="run"]');
  await done(page, 'seek-liability');
  const seek = (await wasm(page, 'seek_liability', json, 'earn_rate', ceiling, 'en')).value.seek;
  assert.ok(seek.value > 0 && seek.value < seek.scenario_value, `a lower earn rate than the scenario’s (${seek.value})`);
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const says = async (value, money) => new RegExp(`${escape(await formatted(page, 'num', value, 3))}: liability ${escape(await formatted(page, 'money', money))} at the end`);
  const facts = await page.$$eval('[data-study="seek-liability"] .seek-facts dd', (dd) => dd.map((d) => d.textContent));
  assert.equal(facts.length, 2);
  assert.match(facts[0], await says(seek.scenario_value, seek.scenario_liability_at_end), 'now');
  assert.match(facts[1], await says(seek.value, seek.liability_at_end), 'the rate found and its liability');

  const n = await runs(page);
  await page.click('[data-study="seek-liability"] [data-action="apply"]');
  await page.waitForFunction((v) => JSON.parse(localStorage.getItem('tierlab.scenario')).points.per_currency_unit !== v, seek.scenario_value);
  await waitForRun(page, n);
  const applied = await savedScenario(page);
  assert.equal(JSON.parse(applied).points.per_currency_unit, seek.value, 'Apply writes exactly the rate found');
  const run = (await wasm(page, 'run', applied, 'en')).value;
  assert.equal(await page.getAttribute('#results', 'data-digest'), run.digest, 'the page ran the scenario with the rate applied');
  assert.ok(run.results.totals.liability_at_end <= ceiling, `its liability ¥${run.results.totals.liability_at_end} is under ¥${ceiling}`);
  assert.equal(run.results.totals.liability_at_end, seek.liability_at_end, 'as the search said');
  assert.equal(await kpiText(page, 'liability'), await formatted(page, 'money', seek.liability_at_end), 'the liability card shows it');
  assert.deepEqual(seen.errors, []);
  await page.context().close();
});
