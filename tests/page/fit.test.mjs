// "Fit a segment from your transactions": the CDNOW sample imported through the file input
// with the cut-off 1997-09-30 gives the published BG/NBD and Gamma-Gamma figures, its
// counts and the charts the core draws, also in Chinese; "Add as a segment" adds a segment that runs. A
// malformed export (dropped on the panel) lists its bad rows by line number, as text, and an
// unusable one says why — neither crashes. A shop whose customers all behave alike is
// fitted to the limiting model, said in words (issue 13, item 9), with no figure written
// with an exponent; a single customer and an unquoted thousands separator are refused, and
// a fit that is not confirmed says so and cannot be added. A large export is fitted in a
// worker of its own: the page never freezes while it works, shows the search's progress,
// and Cancel ends that worker.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { launch, open, waitForRun, runs } from './helpers.mjs';

const CDNOW = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../data/cdnow_sample.txt');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const fits = (page) => page.evaluate(() => Number(document.querySelector('#fit-panel')?.dataset.fits || 0));

/** Opens the panel, sets the cut-off, hands it a file and waits for the fit to finish. */
async function importFile(page, file, { cutoff = '' } = {}) {
  if (!(await page.$eval('#fit-panel', (d) => d.open))) await page.click('#fit-panel > summary');
  if (cutoff) await page.fill('#fit-cutoff', cutoff);
  const before = await fits(page);
  await page.setInputFiles('#fit-file', file);
  await page.waitForFunction((n) => Number(document.querySelector('#fit-panel').dataset.fits || 0) > n, before, { timeout: 60000 });
}

/** A displayed number ("−9,582.4", "0.2426") as a number. */
const number = (text) => Number(String(text).replace(/[,\s]/g, '').replace('−', '-'));
const sig3 = (x) => Number(x.toPrecision(3));

/** How the core's fit charts colour the actual counts, the model's and the hold-out. */
const ACTUAL = '#2F6BD8';
const MODEL = '#E46C2E';
const HOLD_OUT = '#EEF1F5';

/**
 * What the fit chart `id` shows: its texts; `bars(colour)`, the rectangles in that colour
 * below the legend's swatch, in the order drawn; `lines[colour]`, the x of each point of
 * the longest line in that colour.
 */
async function chartShown(page, id) {
  const shown = await page.$eval(`[data-fit-chart="${id}"] svg[data-chart="${id}"]`, (svg) => ({
    texts: [...svg.querySelectorAll('text')].map((t) => t.textContent.trim()),
    rects: [...svg.querySelectorAll('rect')].map((r) => ['fill', 'x', 'width', 'height'].map((a) => r.getAttribute(a))),
    lines: [...svg.querySelectorAll('polyline')].map((p) => [p.getAttribute('stroke'), p.getAttribute('points').trim().split(/\s+/).map((xy) => Number(xy.split(',')[0]))]),
  }));
  const lines = {};
  for (const [colour, xs] of shown.lines) if (xs.length > (lines[colour]?.length ?? 0)) lines[colour] = xs;
  const bars = (colour) => shown.rects.filter(([fill]) => fill === colour).slice(1)
    .map(([, x, width, height]) => ({ x: Number(x), width: Number(width), height: Number(height) }));
  return { texts: shown.texts, lines, bars };
}

test('the CDNOW sample fits to the published figures and becomes a segment', async () => {
  const { page, seen } = await open(browser, 'index.html?lang=en');
  await waitForRun(page);
  await importFile(page, CDNOW, { cutoff: '1997-09-30' });

  const shown = Object.fromEntries(await page.$$eval('[data-fit-param]', (els) => els.map((e) => [e.dataset.fitParam, e.querySelector('dd').textContent])));
  const published = { r: 0.243, alpha: 4.41, a: 0.793, b: 2.43, p: 6.25, q: 3.74, gamma: 15.4 };
  for (const [key, value] of Object.entries(published)) {
    assert.ok(key in shown, `the panel shows ${key}`);
    assert.equal(sig3(number(shown[key])), value, `${key} is ${value} to three significant figures (shown ${shown[key]})`);
  }
  const ll = number(await page.textContent('#fit-ll strong'));
  assert.ok(Math.abs(ll - -9582.4) < 0.06, `log-likelihood −9582.4 (shown ${ll})`);

  const counts = await page.$eval('#fit-counts', (e) => ({ ...e.dataset, text: e.textContent }));
  assert.deepEqual([counts.customers, counts.repeatBuyers, counts.rows, counts.skipped], ['2357', '946', '6919', '0']);
  assert.match(counts.text, /2,357 customers \(946 with a repeat purchase\) from 6,919 rows; 0 rows skipped/);
  assert.equal(await page.$('#fit-skipped'), null, 'no skipped-rows list when every row was read');
  assert.match(await page.textContent('#fit-result'), /calibration up to 1997-09-30/);
  assert.equal(await page.textContent('.fit-file-name'), 'cdnow_sample.txt · 223 KB', 'the file’s size as the core writes it');
  assert.match(await page.textContent('[data-planner="purchases_per_month"] dd'), /^0\.239 \/ month$/, 'the planner’s reading beside: r/α a week = 0.239 a month');

  // The core's charts (src/chart/fit.rs), as the WASM drew them. Repeat-purchase counts
  // 0 … 7+, actual (the paper's figure 2) beside the model, bars as tall as the counts.
  const histogram = await chartShown(page, 'fit_repeat_purchases');
  for (const count of ['0', '1', '2', '3', '4', '5', '6', '7+']) assert.ok(histogram.texts.includes(count), `${count} on the axis`);
  assert.ok(histogram.texts.includes('Actual') && histogram.texts.includes('Model'));
  const actual = histogram.bars(ACTUAL);
  assert.equal(actual.length, 8, 'an actual bar for each count');
  assert.equal(histogram.bars(MODEL).length, 8, 'a model bar beside each');
  const customers = [1411, 439, 214, 100, 62, 38, 29, 64];
  customers.forEach((n, i) => assert.ok(Math.abs(actual[i].height - (n * actual[0].height) / customers[0]) <= 1, `bar ${i} is as tall as ${n} customers`));
  // Cumulative repeat purchases over 78 weeks, the hold-out shaded from week 39
  // (1997-09-30) to the end and named on either side of the cut-off.
  const weekly = await chartShown(page, 'fit_weekly_repeats');
  const line = weekly.lines[ACTUAL];
  assert.equal(line.length, 79, 'week 0 and each of the 78 weeks');
  assert.ok(weekly.lines[MODEL], 'the model’s line');
  const [band] = weekly.bars(HOLD_OUT);
  assert.ok(band && Math.abs(band.x - (line[0] + line[78]) / 2) <= 2 && Math.abs(band.x + band.width - line[78]) <= 2, 'the hold-out is shaded from week 39 to week 78');
  assert.ok(weekly.texts.includes('← Calibration') && weekly.texts.includes('Hold-out →'));

  // One click: a segment with the fitted model; the others shrink to make room.
  assert.equal(await page.$$eval('.segment.card', (c) => c.length), 1);
  await page.fill('#fit-seg-share', '25');
  assert.match(await page.textContent('#fit-share-note'), /25%.*75%/);
  const n = await runs(page);
  await page.click('#fit-add');
  await page.waitForFunction(() => document.querySelectorAll('.segment.card').length === 2);
  const added = await page.$eval('.segment.card[data-path="population.segments.1"]', (card) => ({
    name: card.querySelector('[data-key="population.segments.1.name"]').value,
    share: card.querySelector('[data-key="population.segments.1.share"]').value,
    r: card.querySelector('[data-key="population.segments.1.behaviour.purchases.r"]').value,
    gamma: card.querySelector('[data-key="population.segments.1.behaviour.spend.gamma"]').value,
  }));
  assert.deepEqual(added, { name: 'cdnow_sample (fitted)', share: '25', r: '0.242595', gamma: '15.4435' });
  assert.equal(await page.inputValue('[data-key="population.segments.0.share"]'), '75');
  await waitForRun(page, n);
  assert.equal(await page.textContent('.share-sum'), 'Shares add up to 100%.');

  // The panel follows the page's language, its results included.
  await page.click('#lang');
  await page.waitForFunction(() => /从交易数据拟合/.test(document.querySelector('#fit-panel > summary').textContent));
  assert.match(await page.textContent('#fit-counts'), /2,357 位顾客（其中 946 位有重复购买）/);
  assert.equal(await page.textContent('[data-fit-param="alpha"] dd'), '4.414');
  const chinese = await chartShown(page, 'fit_weekly_repeats');
  assert.ok(chinese.texts.includes('← 校准期') && chinese.texts.includes('验证期 →') && chinese.texts.includes('实际'), 'the charts in Chinese');
  assert.ok(!/Actual|Model|Hold-out|Calibration|Weeks/.test(chinese.texts.join(' ')), 'no English left on the Chinese charts');

  assert.deepEqual(seen.errors, []);
  assert.deepEqual(seen.external, [], 'the file never leaves the page');
  assert.deepEqual(await page.evaluate(() => window.__cspViolations || []), []);
});

test('a malformed export lists its bad rows by line number, as text, and does not crash', async () => {
  const { page, seen } = await open(browser, 'index.html?lang=en');
  await waitForRun(page);
  const csv = [
    'customer,date,amount',
    'A1,2024-01-05,10.50',
    'A1,2024-02-10,12.00',
    'A1,not-a-date,5',
    'B2,2024-01-07,-3.00',
    'B2,2024-01-20,<img src=x onerror=alert(1)>',
    'C3,2024-03-01',
    ',2024-03-02,5',
    'C3,2024-01-11,7.25',
    'C3,2024-04-11,7.25',
    'D4,2024-02-02,20',
    'D4,2024-05-02,22',
    'B2,2024-06-01,9',
    // Eight more customers with a repeat purchase: the fit needs ten of them.
    ...['E5', 'F6', 'G7', 'H8', 'I9', 'J10', 'K11', 'L12'].flatMap((c, i) => [`${c},2024-01-${String(10 + i).padStart(2, '0')},${15 + i}`, `${c},2024-04-${String(10 + i).padStart(2, '0')},${18 + i}`]),
  ].join('\n');
  // Dropped on the panel rather than chosen.
  await page.click('#fit-panel > summary');
  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'export.csv', { type: 'text/csv' }));
    return dt;
  }, csv);
  await page.dispatchEvent('#fit-drop', 'dragover', { dataTransfer });
  await page.dispatchEvent('#fit-drop', 'drop', { dataTransfer });
  await page.waitForFunction(() => Number(document.querySelector('#fit-panel').dataset.fits || 0) > 0);
  assert.equal(await page.getAttribute('#fit-counts', 'data-skipped'), '5');
  assert.match(await page.textContent('#fit-skipped summary'), /Skipped rows \(5\)/);
  const lines = await page.$$eval('#fit-skipped li', (els) => els.map((e) => [e.dataset.line, e.textContent]));
  assert.deepEqual(lines.map((l) => l[0]), ['4', '5', '6', '7', '8']);
  assert.match(lines[0][1], /^line 4: .*date/);
  assert.match(lines[1][1], /^line 5: .*negative/);
  assert.match(lines[3][1], /^line 7: /);
  assert.ok(lines[2][1].includes('<img src=x onerror=alert(1)>'), 'the bad value is shown as text');
  assert.equal(await page.$$eval('#fit-panel img', (els) => els.length), 0, 'and never as HTML');

  // Nothing usable at all: the reason, with the lines, and no fit to add.
  const unusable = 'id;date;amount\nA;2024-01-01;<b>x</b>\nB;2024-01-02;</script><script>alert(1)</script>\n';
  await importFile(page, { name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(unusable) });
  const problem = await page.textContent('.fit-problem');
  assert.match(problem, /No fit for bad\.csv/);
  assert.match(problem, /line 2: unreadable amount "<b>x<\/b>"/);
  assert.match(problem, /line 3: unreadable amount "<\/script><script>alert\(1\)<\/script>"/);
  assert.equal(await page.$('#fit-add'), null, 'nothing to add');
  assert.equal(await page.$$eval('#fit-panel b, #fit-panel script', (els) => els.length), 0);

  // Neither touched the scenario, and the page still runs it.
  assert.equal(await page.$$eval('.segment.card', (c) => c.length), 1);
  const n = await runs(page);
  await page.click('#run');
  await waitForRun(page, n);
  assert.deepEqual(seen.dialogs, [], 'no script from the file ran');
  assert.deepEqual(seen.errors, []);
});

/**
 * A shop of `customers` who all buy at one rate (0.05 a week), drop out with one chance
 * (0.19 after each repeat purchase) and spend alike (Gamma(4) × 10), joining over a year
 * and seen for two (mulberry32, seeded).
 */
function uniformShop(seed, customers = 300) {
  let a = seed >>> 0;
  const rand = () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) + 0.5) / 4294967296;
  };
  const start = Date.UTC(2023, 0, 1);
  const out = ['customer,date,amount'];
  for (let c = 0; c < customers; c++) {
    let week = rand() * 52;
    for (let first = true; week < 104; first = false) {
      const spend = -10 * Math.log(rand() * rand() * rand() * rand());
      out.push(`C${String(c).padStart(4, '0')},${new Date(start + Math.floor(week * 7) * 86400000).toISOString().slice(0, 10)},${spend.toFixed(2)}`);
      if (!first && rand() < 0.19) break;
      week += -Math.log(rand()) / 0.05;
    }
  }
  return `${out.join('\n')}\n`;
}

const csvFile = (name, text) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
const EXPONENT = /\d[eE][+-]?\d/;

test('a shop whose customers all behave alike is fitted to the limiting model, said in words', async () => {
  const { page, seen } = await open(browser, 'index.html?lang=en');
  await waitForRun(page);
  await importFile(page, csvFile('shop.csv', uniformShop(6)));
  assert.equal(await page.getAttribute('#fit-result', 'data-converged'), 'true');
  const notes = await page.$$eval('#fit-notes .fit-note', (els) => els.map((e) => [e.dataset.kind, e.textContent]));
  assert.equal(notes.length, 3, 'one sentence for each thing the customers share');
  assert.ok(notes.every(([kind]) => kind === 'limit'));
  assert.match(notes[1][1], /^Every customer here drops out with about the same chance: 0\.19 after each purchase/);
  assert.match(notes[0][1], /buys at about the same rate/);
  assert.match(notes[2][1], /spends about the same on average: ¥\d/);
  const params = await page.$$eval('[data-fit-param]', (els) => els.map((e) => [e.dataset.fitParam, e.dataset.limit, e.querySelector('dd').textContent, e.querySelector('.fit-param-meaning')?.textContent ?? null]));
  for (const [key, limit, text, meaning] of params) {
    assert.doesNotMatch(text, EXPONENT, `${key} is written without an exponent (${text})`);
    if (key !== 'p') assert.deepEqual([limit, text, meaning], ['true', '∞', 'no spread'], key);
  }
  assert.doesNotMatch(await page.textContent('#fit-result'), EXPONENT, 'no figure anywhere in the result has an exponent');

  // The segment carries the limit with large finite shapes, and runs.
  const n = await runs(page);
  await page.fill('#fit-seg-share', '100');
  await page.click('#fit-add');
  await page.waitForFunction(() => document.querySelector('[data-key="population.segments.0.name"]')?.value === 'shop (fitted)');
  assert.equal(await page.inputValue('[data-key="population.segments.0.behaviour.purchases.r"]'), '1000000');
  await waitForRun(page, n);

  await page.click('#lang');
  await page.waitForFunction(() => /流失概率几乎相同/.test(document.querySelector('#fit-notes')?.textContent || ''));
  assert.match(await page.textContent('#fit-notes'), /每次购买后 0\.19/);
  assert.equal(await page.textContent('[data-fit-param="b"] .fit-param-meaning'), '无差异');
  assert.deepEqual(seen.errors, []);
});

test('one customer and an unquoted thousands separator are refused; an unconfirmed fit is not a fit', async () => {
  const { page, seen } = await open(browser, 'index.html?lang=en');
  await waitForRun(page);
  await importFile(page, csvFile('one.csv', 'customer,date,amount\nC1,2024-01-05,30\nC1,2024-02-11,42\nC1,2024-03-20,35\n'));
  assert.match(await page.textContent('.fit-problem'), /too few customers to fit: 1 bought by the cut-off/);
  assert.equal(await page.$('#fit-result'), null);

  await importFile(page, csvFile('thousands.csv', 'customer,date,amount\nC1,2024-01-05,830\nC1,2024-02-11,1,250\nC2,2024-01-09,95\n'));
  const problem = await page.textContent('.fit-problem');
  assert.match(problem, /line 3 has 4: C1,2024-02-11,1,250/);
  assert.match(problem, /Quote such numbers \("1,250"\)/);

  // Every order at ¥299, each on a day of its own: every customer's orders are alike, a
  // limit the spend model does not reach, so its search cannot confirm its point.
  const day = (d) => new Date(Date.UTC(2023, 0, 1) + d * 86400000).toISOString().slice(0, 10);
  const fixed = ['customer,date,amount'];
  for (let c = 0; c < 40; c++) for (let k = 0; k <= c % 6; k++) fixed.push(`F${c},${day(c + k * (9 + (c % 7)))},299`);
  await importFile(page, csvFile('fixed.csv', `${fixed.join('\n')}\n`));
  assert.equal(await page.getAttribute('#fit-result', 'data-converged'), 'false');
  const warning = await page.$eval('.fit-note[data-kind="not_converged"]', (e) => ({ role: e.getAttribute('role'), text: e.textContent }));
  assert.equal(warning.role, 'alert');
  assert.match(warning.text, /^Not a fit: the search for spend per purchase \(Gamma-Gamma\) stopped at its limit of/);
  assert.equal(await page.$('#fit-add'), null, 'an unconfirmed fit cannot be added as a segment');
  assert.match(await page.textContent('#fit-not-added'), /not a confirmed fit/);
  assert.doesNotMatch(await page.textContent('#fit-result'), EXPONENT);
  assert.deepEqual(seen.errors, []);
});

/** A synthetic export: `rows` purchases of BG/NBD-like customers over two years (seeded). */
function syntheticExport(rows) {
  let seed = 12345;
  const rand = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return (seed + 0.5) / 2147483648; };
  const start = Date.UTC(2022, 0, 1);
  const out = ['order;customer;date;amount'];
  for (let c = 1; out.length <= rows; c++) {
    const perDay = (0.02 + rand() * 0.1) / 7; // 0.02–0.12 purchases a week
    const dropout = 0.1 + rand() * 0.4;
    for (let day = Math.floor(rand() * 365); day < 730 && out.length <= rows;) {
      const d = new Date(start + day * 86400000);
      out.push(`${out.length};C${c};${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()};${(5 + rand() * 60).toFixed(2)}`);
      if (rand() < dropout) break;
      day += 1 + Math.floor(-Math.log(rand()) / perDay);
    }
  }
  return out.join('\n');
}

test('a large export is fitted in a worker: the page answers while it works, and Cancel stops it', async (t) => {
  const { page, seen } = await open(browser, 'index.html?lang=en');
  await waitForRun(page);
  await page.click('#fit-panel > summary');
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'tierlab-fit-')), 'orders.csv');
  writeFileSync(file, syntheticExport(300_000));
  // A heartbeat on the page's main thread: the longest gap between its ticks is how long
  // the page was frozen while the file was read and fitted.
  await page.evaluate(() => {
    let last = performance.now();
    window.__longestGap = 0;
    setInterval(() => { const now = performance.now(); window.__longestGap = Math.max(window.__longestGap, now - last); last = now; }, 50);
  });
  // The runner, the run's pool beside it and the helper are up before the fit.
  const before = page.workers().length;
  await page.setInputFiles('#fit-file', file);
  await page.waitForFunction(() => /Fitting/.test(document.querySelector('.fit-busy-text')?.textContent || ''), null, { timeout: 30000 });
  // The search reports its progress: likelihood evaluations against the most it may spend.
  await page.waitForFunction(() => /likelihood evaluations: [\d,]+ of at most 7,000/.test(document.querySelector('.fit-busy-text')?.textContent || ''), null, { timeout: 60000 });
  assert.ok(await page.$('.fit-progress.measured'), 'the bar shows the share of the budget spent');
  assert.equal(await page.isDisabled('#fit-cancel'), false);
  for (let i = 0; i < 50 && page.workers().length <= before; i++) await page.waitForTimeout(100);
  const workers = page.workers().length;
  assert.equal(workers, before + 1, 'a worker of its own fits (beside the runner, its pool and the helper)');

  // While the worker fits, the page answers: a section folds and unfolds at once.
  for (let i = 0; i < 3; i++) {
    const started = Date.now();
    const wasOpen = await page.$eval('details[data-section="horizon"]', (d) => d.open);
    await page.click('details[data-section="horizon"] > summary');
    await page.waitForFunction((o) => document.querySelector('details[data-section="horizon"]').open !== o, wasOpen, { timeout: 2000 });
    assert.ok(Date.now() - started < 1500, `the page answered a click in ${Date.now() - started} ms`);
  }
  assert.match(await page.textContent('.fit-busy-text'), /Fitting/, 'still fitting after the clicks');
  const gap = await page.evaluate(() => window.__longestGap);
  t.diagnostic(`longest pause of the page while reading and fitting: ${Math.round(gap)} ms`);
  assert.ok(gap < 1000, `the page never froze for a second while reading and fitting (longest pause ${Math.round(gap)} ms)`);

  await page.click('#fit-cancel');
  await page.waitForSelector('.fit-status');
  assert.equal(await page.textContent('.fit-status'), 'Fit cancelled.');
  assert.equal(await page.$('.fit-busy'), null);
  assert.equal(await fits(page), 0, 'no fit arrived');
  for (let i = 0; i < 50 && page.workers().length >= workers; i++) await page.waitForTimeout(100);
  assert.equal(page.workers().length, workers - 1, 'Cancel ended the fitting worker');
  const n = await runs(page);
  await page.click('#run');
  await waitForRun(page, n);
  assert.deepEqual(seen.errors, []);
  rmSync(path.dirname(file), { recursive: true, force: true });
});
