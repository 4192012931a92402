// The core's problems in the page's language: a share shown as a percent gets its problem
// in percents, in Chinese and in English, and switching the language re-words a problem
// already on screen.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, waitForRun, setField, messageFor } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('a discount past its range is explained in Chinese, in percents, and again in English after the switch', async () => {
  const { page, seen } = await open(browser, 'index.html?lang=zh-CN');
  await waitForRun(page);
  await page.evaluate(() => document.querySelectorAll('details.section').forEach((d) => { d.open = true; }));
  await setField(page, 'tiers.levels.2.discount', '95');
  const path = 'tiers.levels.2.discount';
  await page.waitForFunction((p) => [...document.querySelectorAll('.msg.shown')].some((m) => m.dataset.for === p), path);
  assert.match(await messageFor(page, path), /当前为 95%，须在 0% 到 90% 之间/);
  await page.click('#lang');
  await page.waitForFunction((p) => /must be/.test([...document.querySelectorAll('.msg.shown')].find((m) => m.dataset.for === p)?.textContent || ''), path);
  assert.match(await messageFor(page, path), /95% must be from 0% to 90%/);
  assert.deepEqual(seen.errors, []);
});
