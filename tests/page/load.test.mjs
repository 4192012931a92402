// The page loads, runs the default scenario (the example programme) in its worker, and
// shows KPIs and charts — with no request leaving the page, no script error and nothing
// blocked by its CSP; the example's tier effects add sales and are marked as assumptions.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, open, waitForRun, BASE } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the default scenario runs on load and shows KPIs and charts', async () => {
  const { page, seen } = await open(browser);
  const digest = await waitForRun(page);
  assert.match(digest, /^[0-9a-f]{16}$/, 'the results digest is shown');

  const kpis = await page.$$eval('[data-kpi]', (els) => els.map((e) => [e.dataset.kpi, e.querySelector('.kpi-value').textContent, e.textContent]));
  const ids = kpis.map(([id]) => id);
  for (const id of ['active', 'retention', 'tiers', 'moves', 'points', 'liability', 'breakage', 'revenue', 'cost']) {
    assert.ok(ids.includes(id), `KPI card ${id} is shown (got ${ids.join(', ')})`);
  }
  const active = kpis.find(([id]) => id === 'active')[1];
  assert.match(active, /^\d[\d,.]*[KkM万]?$/, `active members is a number (${active})`);
  assert.match(kpis.find(([id]) => id === 'retention')[1], /^\d+(\.\d+)?%$/);
  assert.match(kpis.find(([id]) => id === 'revenue')[1], /^¥\d/);
  const tiers = kpis.find(([id]) => id === 'tiers')[2];
  for (const name of ['Regular', 'Silver', 'Gold']) assert.ok(tiers.includes(name), `members per tier names ${name}`);
  const liability = await page.textContent('[data-kpi="liability"] .kpi-sub');
  assert.match(liability, /^at ¥0\.\d+ a point, what the rewards redeemed cost net of cash$/, `the liability names the cost per point the rewards imply (${liability})`);

  await page.waitForSelector('svg.tierlab-chart[data-chart]', { state: 'attached' });
  const charts = await page.$$eval('svg.tierlab-chart', (els) => els.map((e) => e.dataset.chart));
  assert.ok(charts.length >= 1, 'at least one chart');
  assert.ok(charts.includes('members'), `a members chart (got ${charts.join(', ')})`);
  const svgOk = await page.$$eval('.chart-body svg', (els) => els.every((e) => e.namespaceURI === 'http://www.w3.org/2000/svg' && e.getBoundingClientRect().width > 100));
  assert.ok(svgOk, 'charts are real SVG elements with a width');
  const buttons = await page.$$eval('.chart-card', (cards) => cards.map((c) => c.querySelectorAll('[data-download]').length));
  assert.ok(buttons.every((n) => n === 2), 'every chart has SVG and PNG downloads');

  assert.deepEqual(seen.errors, [], 'no script errors');
  assert.deepEqual(seen.external, [], 'no request leaves the page');
  assert.deepEqual(await page.evaluate(() => window.__cspViolations || []), [], 'nothing blocked by the CSP');
});

test('the first screen shows what the example programme adds, and says its tier effects are assumptions', async () => {
  const { page, seen } = await open(browser);
  await waitForRun(page);
  const money = (text) => Number(/^¥([\d.,]+)([KM]?)$/.exec(text)?.[1].replace(/,/g, '')) * ({ K: 1e3, M: 1e6 }[/[KM]$/.exec(text)?.[0]] ?? 1);
  const incremental = await page.textContent('[data-kpi="incremental"] .kpi-value');
  assert.ok(money(incremental) > 0, `the programme adds sales (${incremental})`);
  assert.match(await page.textContent('[data-kpi="roi"] .kpi-value'), /^\d[\d,]*%$/, 'its return on cost is a positive percentage');
  const effects = await page.textContent('#tier-effects');
  assert.match(effects, /^assumption/, 'the tier effects are tagged as assumptions');
  assert.match(effects, /Silver members drop out 10% less often and buy 5% more often; Gold/);
  assert.ok(await page.$$eval('[data-key="goal_gradient.purchase_rate_uplift"]', (el) => el[0].closest('.field').querySelector('.tag.assumption') !== null));
  assert.deepEqual(seen.errors, []);
});

test('the page carries a strict CSP, no inline script, and relative URLs only', async () => {
  const { page } = await open(browser);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);
  assert.equal(await page.$$eval('script:not([src])', (s) => s.length), 0, 'no inline <script>');
  const handlers = await page.evaluate(() => [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)));
  assert.deepEqual(handlers, [], 'no on* attributes');
  const absolute = await page.evaluate(() => [...document.querySelectorAll('[src],[href]')]
    .map((el) => el.getAttribute('src') || el.getAttribute('href'))
    .filter((u) => /^(https?:)?\/\//.test(u) || u.startsWith('/')));
  assert.deepEqual(absolute, [], `only relative URLs in the markup (base ${BASE})`);
});

test('every module the page imports, and the engine, are fetched at once, the engine only once', async () => {
  // The page's import graph, read from the files: it must match the modulepreload list.
  const js = new URL('../../www/js/', import.meta.url);
  const imported = new Set();
  const queue = ['app.js'];
  while (queue.length) {
    const file = queue.shift();
    if (imported.has(file)) continue;
    imported.add(file);
    for (const m of readFileSync(new URL(file, js), 'utf8').matchAll(/from '\.\/([^']+)'/g)) queue.push(m[1]);
  }
  const { page } = await open(browser);
  await waitForRun(page);
  const preloaded = await page.$$eval('link[rel="modulepreload"]', (links) => links.map((l) => l.getAttribute('href')));
  assert.deepEqual([...preloaded].sort(), [...imported].map((f) => `js/${f}`).sort(), 'index.html preloads exactly the modules app.js imports');
  assert.equal(await page.$$eval('link[rel="preload"][as="fetch"][href="pkg/tierlab_bg.wasm"][crossorigin]', (l) => l.length), 1, 'the engine is preloaded');
  const fetched = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/tierlab_bg.wasm')).length);
  assert.equal(fetched, 1, 'the preloaded engine is the one compiled (not fetched twice)');
});
