// The Compare view: every tab run with A's population seed (common random numbers), the
// KPI table with each difference from A and the overlay charts. Two identical tabs differ
// by exactly zero in every KPI, and every chart draws each scenario's line through every
// month; a changed tab shows its difference, the one between the two tabs' own runs; the
// comparison exports as CSV for Excel (BOM) and as JSON, is in the link (tabs + view), and
// speaks the page's language.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch, open, wasm } from './helpers.mjs';
import { smallScenario, tabsLink } from './study-fixtures.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const compared = (page, after = 0) => page.waitForFunction((n) => Number(document.querySelector('#compare-view')?.dataset.compared || 0) > n, after, { timeout: 30000 });
const differences = (page) => page.$$eval('#compare-table td[data-difference]', (cells) => cells.map((c) => [c.dataset.kpi, c.dataset.difference]));

test('two identical tabs compare with differences of exactly zero, in a KPI table and overlay charts', async () => {
  const { page, seen } = await open(browser, tabsLink([smallScenario('Same'), smallScenario('Same again')], { view: 'compare' }));
  await compared(page);
  assert.match(await page.textContent('#compare-fair'), /same members and the same random draws \(common random numbers\).*exactly zero/);
  // Every KPI the core has for three tiers, none left empty: each is a value in both
  // columns and a difference of exactly zero.
  const kpis = (await wasm(page, 'kpi_names', 3)).map((k) => k.name);
  const diffs = await differences(page);
  assert.deepEqual(diffs.map(([kpi]) => kpi), kpis, 'a difference for every KPI');
  for (const [kpi, d] of diffs) assert.equal(d, '0', `${kpi} differs by exactly zero`);
  const values = await page.$$eval('#compare-table td[data-value]', (cells) => cells.map((c) => c.dataset.value));
  assert.equal(values.length, 2 * kpis.length);
  assert.ok(values.every((v) => v !== '' && Number.isFinite(Number(v))), `a value in every cell (${values})`);
  assert.deepEqual(await page.$$eval('#compare-table th.group', (th) => th.map((x) => x.textContent)), ['ASame', 'BSame again']);
  const charts = await page.$$eval('#compare-charts [data-chart-card]', (cards) => cards.map((c) => c.dataset.chartCard));
  assert.deepEqual(charts, ['compare_active_members', 'compare_revenue', 'compare_programme_cost', 'compare_liability', 'compare_tier_shares']);
  // A line through all 12 months per scenario (per scenario and tier for the tier shares).
  const lines = await page.$$eval('#compare-charts [data-chart-card] svg.tierlab-chart', (svgs) => svgs.map((svg) =>
    [...svg.querySelectorAll('polyline')].filter((line) => line.getAttribute('points').trim().split(/\s+/).length === 12).length));
  assert.deepEqual(lines, [2, 2, 2, 2, 2 * 3], 'each chart draws every scenario through every month');
  assert.deepEqual(seen.errors, []);
  await page.context().close();
});

test('a changed tab shows its difference from A, exports as CSV and JSON, and the view is in the link', async () => {
  const b = smallScenario('Gold at 150');
  b.tiers.levels[2].threshold = 150;
  b.tiers.levels[2].keep_threshold = 150;
  const { page } = await open(browser, tabsLink([smallScenario('As is'), b]));
  await page.waitForSelector('.scenario-tab[data-tab="1"]');
  await page.click('.view-tabs [data-view="compare"]');
  await compared(page);
  assert.match(page.url(), /view=compare/, 'the view is in the link');
  const gold = Number(await page.getAttribute('#compare-table td[data-kpi="share_in_tier_2"][data-letter="B"][data-difference]', 'data-difference'));
  // The difference is B's share in Gold less A's, each from the tab's own run.
  const shareInGold = async (scenario) => {
    const tiers = (await wasm(page, 'run', JSON.stringify(scenario), 'en')).value.results.totals.members_per_tier_at_end;
    return tiers[2] / tiers.reduce((x, y) => x + y, 0);
  };
  const expected = (await shareInGold(b)) - (await shareInGold(smallScenario('As is')));
  assert.ok(Math.abs(gold - expected) < 1e-12, `B − A in Gold: ${gold}, from the two runs ${expected}`);
  assert.ok(gold > 0, `a lower Gold threshold puts more members in Gold (+${gold})`);
  assert.match(await page.textContent('#compare-table td[data-kpi="share_in_tier_2"][data-letter="B"][data-difference]'), /^\+\d/);

  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="compare-csv"]')]);
  const bytes = await readFile(await csv.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a BOM');
  const lines = bytes.toString('utf8').slice(1).trim().split(/\r?\n/);
  assert.equal(lines[0], 'KPI,KPI id,Unit,Scenario,Name,Value,Difference from A,% difference from A');
  assert.ok(lines.some((l) => l.startsWith('Share in Gold,share_in_tier_2,') && l.includes(',B,')));
  const [json] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="compare-json"]')]);
  const saved = JSON.parse(await readFile(await json.path(), 'utf8'));
  assert.equal(saved.scenarios.length, 2);
  assert.equal(saved.comparison.scenarios[1].name, 'Gold at 150');

  const fresh = await open(browser, null);
  await fresh.page.goto(page.url());
  await compared(fresh.page);
  assert.equal(await fresh.page.getAttribute('.view-tabs [data-view="compare"]', 'aria-selected'), 'true', 'the link opens on Compare');
  assert.equal(Number(await fresh.page.getAttribute('#compare-table td[data-kpi="share_in_tier_2"][data-letter="B"][data-difference]', 'data-difference')), gold, 'with the same numbers');
  await fresh.page.click('#lang');
  await compared(fresh.page, 1);
  assert.match(await fresh.page.textContent('#compare-fair'), /共同随机数/);
  assert.match(await fresh.page.textContent('#compare-table'), /期末活跃会员/);
  const [zh] = await Promise.all([fresh.page.waitForEvent('download'), fresh.page.click('[data-download="compare-csv"]')]);
  const zhLines = (await readFile(await zh.path(), 'utf8')).slice(1).trim().split(/\r?\n/);
  assert.equal(zhLines[0], '指标,指标代码,单位,方案,名称,数值,与 A 的差异,与 A 的差异（%）', 'in Chinese, the CSV speaks Chinese');
  assert.ok(zhLines.some((l) => l.startsWith('Gold 占比,share_in_tier_2,') && l.includes(',B,')));
  await Promise.all([page.context().close(), fresh.context.close()]);
});

test('a tab with a problem is named, with its field, in the comparison’s message', async () => {
  const { page } = await open(browser, tabsLink([smallScenario('A'), smallScenario('B')], { tab: 1 }));
  await page.waitForSelector('[data-key="tiers.levels.2.threshold"]');
  await page.fill('[data-key="tiers.levels.2.threshold"]', '50');
  await page.waitForSelector('#run.blocked');
  await page.click('.view-tabs [data-view="compare"]');
  await page.waitForFunction(() => document.querySelector('#compare-view .study-status.error'));
  assert.match(await page.textContent('#compare-view .study-status'), /^Scenario B, Gold · Threshold: 50 must be above the previous tier/);
  await page.context().close();
});
