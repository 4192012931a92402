// One language at a time: a zh-CN page walked through its views (results after a run, the
// editor, the campaign cards, Compare, Sweep & goal-seek, a fit, explain, the embed dialog
// and the embedded view) shows no English word, and the English page no Chinese character,
// in any visible text (charts included), except what is not prose in either language:
// units and symbols, numbers and dates, acronyms and the papers' symbols, product and model
// names, and names the planner typed (a scenario's own names given in one language only).
// Without the engine, the one sentence that says so is still in the page's language.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, open, url, waitForRun } from './helpers.mjs';

const CDNOW = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../data/cdnow_sample.txt');

/** Latin words that are not English prose: acronyms, the papers' symbols, product and model names. */
const NOT_PROSE = new Set(['ROI', 'CSV', 'JSON', 'BG', 'NBD', 'RFM', 'CRM', 'KPI', 'SVG', 'PNG', 'P10', 'P50', 'P90',
  'Gamma', 'Beta', 'Tierlab', 'CDNOW', 'Wiki', 'SMS', 'KB', 'MB', 'pp', 'iframe', 'Ctrl', 'Enter', 'ln',
  // Authors the page cites.
  'Kivetz', 'Urminsky', 'Zheng', 'Fader', 'Hardie', 'Lee']);

/** The transaction file the walk fits: its name is the planner's. */
const FILE_NAME = path.basename(CDNOW);

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/**
 * Every piece of visible text on the page (text nodes of rendered elements, charts' SVG
 * text, the chosen option of each select), with where it is, leaving out what the planner
 * types (inputs, the JSON, the embed code).
 */
const visibleTexts = (page) => page.evaluate(() => {
  const out = [];
  const shown = (el) => el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const where = (el) => {
    const parts = [];
    for (let e = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
      parts.unshift(e.id ? `#${e.id}` : e.dataset?.kpi ? `[data-kpi=${e.dataset.kpi}]` : e.tagName.toLowerCase());
    }
    return parts.join(' > ');
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!node.textContent.trim() || !el || el.closest('textarea, input, code, pre, script, style, option, .visually-hidden')) continue;
    if (shown(el)) out.push({ text: node.textContent.trim(), where: where(el) });
  }
  for (const sel of document.querySelectorAll('select')) {
    if (shown(sel) && sel.selectedOptions[0]) out.push({ text: sel.selectedOptions[0].textContent.trim(), where: where(sel) });
  }
  return out;
});

/**
 * The names of the open scenario: { typed, bilingual }. A name given in one language only
 * is allowed as typed; a bilingual one ("金卡 Gold") must show in the page's language,
 * except in the charts, whose legends the core still draws with the whole name (left open
 * in issue 16: the split belongs in the core, and changes every preset's digest).
 */
const scenarioNames = (page) => page.evaluate(() => {
  const s = JSON.parse(document.querySelector('#json-text')?.value || '{}');
  const names = [s.name, ...(s.tiers?.levels || []).map((x) => x.name), ...(s.population?.segments || []).map((x) => x.name),
    ...(s.points?.rewards || []).map((x) => x.name), ...(s.growth?.behaviours || []).map((x) => x.name), ...(s.campaigns || []).map((x) => x.name)];
  const han = /\p{Script=Han}/u;
  const latin = /[A-Za-z]/;
  const given = names.filter((n) => typeof n === 'string');
  return { typed: given.filter((n) => !(han.test(n) && latin.test(n))), bilingual: given.filter((n) => han.test(n) && latin.test(n)) };
});

/** `text` without the names it may hold where it is. */
function withoutNames(text, where, names) {
  let rest = text;
  const allowed = [FILE_NAME, ...names.typed, ...(where.includes('svg') ? names.bilingual : [])];
  // The longest first: "普通 Regular" goes whole before another scenario's "Regular" could split it.
  allowed.sort((a, b) => b.length - a.length);
  for (const name of allowed) rest = rest.split(name).join(' ');
  return rest;
}

/** The English words left on a zh-CN page, and where. */
function englishLeft(texts, names) {
  const left = [];
  for (const { text, where } of texts) {
    // The language switch names the other language in that language.
    if (where.includes('#lang')) continue;
    const rest = withoutNames(text, where, names);
    const words = rest.match(/[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]/g) || [];
    // One letter is a scenario's letter (方案 A) or a symbol of the papers (r, α, a, b, p, q).
    const english = words.filter((w) => w.length > 1 && !NOT_PROSE.has(w) && !w.split('-').every((x) => NOT_PROSE.has(x)));
    if (english.length) left.push(`${where}: “${text}” (${english.join(', ')})`);
  }
  return [...new Set(left)];
}

/** The Chinese characters left on an English page, and where. */
function chineseLeft(texts, names) {
  const left = [];
  for (const { text, where } of texts) {
    if (where.includes('#lang')) continue;
    const rest = withoutNames(text, where, names);
    if (/\p{Script=Han}/u.test(rest)) left.push(`${where}: “${text}”`);
  }
  return [...new Set(left)];
}

/** Opens every <details> of the editor, the panels and the campaign cards, so their text shows. */
const openAll = (page) => page.evaluate(() => { for (const d of document.querySelectorAll('details')) d.open = true; });

/** Walks the full page's views; `check(view)` collects what is left in each. */
async function walk(page, check) {
  await waitForRun(page);
  await check('results');
  await openAll(page);
  await check('editor with every section, card and the fit panel open');
  await page.setInputFiles('#fit-file', CDNOW);
  await page.waitForFunction(() => Number(document.querySelector('#fit-panel')?.dataset.fits || 0) > 0, null, { timeout: 60000 });
  await check('fit');
  await page.fill('#explain-id', '16');
  await page.click('#explain-go');
  await page.waitForSelector('#explain .explain-out tbody tr[data-month]');
  await check('explain');
  await page.click('#tab-add');
  await page.waitForSelector('.scenario-tab[data-tab="1"]');
  await page.click('.view-tabs [data-view="compare"]');
  await page.waitForFunction(() => Number(document.querySelector('#compare-view')?.dataset.compared || 0) > 0, null, { timeout: 60000 });
  await check('compare');
  await page.click('.view-tabs [data-view="studies"]');
  await page.waitForSelector('[data-study="sweep"]');
  await openAll(page);
  await check('sweep & goal-seek');
  await page.click('.view-tabs [data-view="results"]');
  await page.click('#embed');
  await page.waitForSelector('#embed-code');
  await check('embed dialog');
  await page.keyboard.press('Escape');
  const runs = await page.evaluate(() => Number(document.body.dataset.runs || 0));
  await page.selectOption('#presets', 'hotel');
  await page.waitForFunction(() => !document.querySelector('#run').disabled && /Hotel|酒店/.test(document.querySelector('#scenario-name').textContent));
  await page.click('#run');
  await waitForRun(page, runs, 120000);
  await openAll(page);
  await check('the hotel preset: results and editor');
}

for (const [locale, name, left] of [['zh-CN', 'zh-CN page shows no English', englishLeft], ['en-US', 'English page shows no Chinese', chineseLeft]]) {
  test(`the ${name} in any view`, { timeout: 240000 }, async () => {
    const { page, context } = await open(browser, '', { locale });
    const found = [];
    // Names of every scenario the walk opened: explain may still show the last one's member.
    const names = { typed: [], bilingual: [] };
    await walk(page, async (view) => {
      const open = await scenarioNames(page);
      names.typed.push(...open.typed);
      names.bilingual.push(...open.bilingual);
      for (const line of left(await visibleTexts(page), names)) found.push(`[${view}] ${line}`);
    });
    const embedded = await context.newPage();
    await embedded.goto(await page.inputValue('#embed-code').then((code) => /src="([^"]+)"/.exec(code)[1].replace(/&amp;/g, '&')));
    await waitForRun(embedded);
    for (const line of left(await visibleTexts(embedded), names)) found.push(`[embedded view] ${line}`);
    await context.close();
    assert.deepEqual([...new Set(found)], [], `left on the ${locale} page`);
  });
}

test('without the engine the page still says so in its language', async () => {
  const { page, context } = await open(browser, null, { locale: 'zh-CN' });
  await page.route('**/tierlab_bg.wasm', (route) => route.abort());
  await page.goto(url(''));
  await page.waitForFunction(() => /模拟引擎无法启动/.test(document.querySelector('#run-status')?.textContent || ''));
  assert.match(await page.textContent('#run-status'), /^模拟引擎无法启动（.+）。编辑器仍可使用，请刷新页面重试。$/);
  await context.close();
});
