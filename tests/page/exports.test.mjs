// Exports. CSV of the monthly rows: UTF-8 with a byte-order mark (so Excel reads Chinese),
// one line per month, the tier names as columns, headers in the page's language, and the
// figures the same as the page shows. Each chart as SVG and as PNG.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch, open, waitForRun, runs } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function csvOf(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  assert.match(download.suggestedFilename(), /\.csv$/);
  return readFile(await download.path());
}

function parse(bytes) {
  const text = bytes.subarray(3).toString('utf8');
  return text.trimEnd().split('\r\n').map((line) => line.split(','));
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
