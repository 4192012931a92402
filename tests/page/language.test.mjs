// zh-CN and English: the page follows the browser's language, the switch changes the
// labels and redraws the charts in the new language, and the choice survives a reload.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, waitForRun, runs } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const HAN = /[\u4e00-\u9fff]/;
const chartText = (page) => page.$$eval('svg.tierlab-chart text', (els) => els.map((e) => e.textContent).join(' '));

test('the switch changes labels and chart text to Chinese, and the choice persists', async () => {
  const { page, context } = await open(browser);
  await waitForRun(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal((await page.textContent('#run')).trim(), 'Run');
  assert.match(await page.textContent('[data-kpi="active"] .kpi-label'), /Active members/);
  assert.doesNotMatch(await chartText(page), HAN, 'English charts have no Chinese text');
  const n = await runs(page);
  await page.click('#lang');
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  assert.equal((await page.textContent('#run')).trim(), '运行');
  assert.match(await page.textContent('details[data-section="tiers"] summary'), /会员等级/);
  assert.match(await page.textContent('[data-kpi="active"] .kpi-label'), /期末活跃会员/);
  assert.match(await page.textContent('label[for]:not(.visually-hidden)'), HAN, 'field labels are Chinese');
  await waitForRun(page, n);
  assert.equal(await page.getAttribute('#results', 'data-lang'), 'zh-CN');
  assert.match(await chartText(page), HAN, 'the charts were redrawn with Chinese text');

  await page.reload();
  await waitForRun(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN', 'the choice survives a reload');
  assert.equal((await page.textContent('#run')).trim(), '运行');
  await page.click('#lang');
  assert.equal((await page.textContent('#run')).trim(), 'Run');
  await context.close();
});

test('a Chinese browser gets the Chinese page by default', async () => {
  const { page, context } = await open(browser, '', { locale: 'zh-CN' });
  await waitForRun(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  assert.equal((await page.textContent('#lang')).trim(), 'English');
  await context.close();
});
