// Percentages a planner reads never hide a share that is not zero as "0%" (the rule of the
// core's words::format::percent: under the last digit shown it reads <1% or <0.1%), and the
// hold-out test's gap says plainly what differs from what. The hotel preset at a twentieth
// of its members ends with about 0.07% of them in Diamond: the tier card shows "<1%", in
// English and in Chinese.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, waitForRun, runs, scaledPresetLink } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the page’s percentages show a share that is not zero as <1% or <0.1%, never 0%', async () => {
  const { page, seen } = await open(browser, 'index.html?lang=en');
  const shown = await page.evaluate(async () => {
    const { pct } = await import('./js/format.js');
    return [pct(0.0004, 0), pct(0.0004), pct(-0.0004), pct(0), pct(0.0007, 0), pct(0.184)];
  });
  assert.deepEqual(shown, ['<1%', '<0.1%', '−<0.1%', '0%', '<1%', '18.4%']);
  assert.deepEqual(seen.errors, []);
});

const WORDS = {
  en: { gap: /^measured ([\d,]+|<1)% (below|above) the true effect$/, used: /^([\d,]+|<1)% of contacted$/ },
  'zh-CN': { gap: /^测得值比真实值(低|高) ([\d,]+|<1)%$/, used: /^核销率 ([\d,]+|<1)%$/ },
};

test('the hotel’s Diamond tier reads <1% and the hold-out gap says what differs from what, in both languages', async () => {
  const encoded = await scaledPresetLink(browser, 'hotel', 20);
  for (const [lang, words] of Object.entries(WORDS)) {
    const { page, seen, context } = await open(browser, `index.html?lang=${lang}#s=${encoded}`);
    // Too big to run on every edit: run it as a planner would.
    await page.waitForFunction(() => !document.querySelector('#run').disabled);
    const shown = await runs(page);
    await page.click('#run');
    await waitForRun(page, shown, 180000);
    const shares = await page.$$eval('[data-kpi="tiers"] .tier-share', (els) => els.map((e) => e.textContent));
    assert.equal(shares.length, 5, `${lang}: five tiers (${shares})`);
    assert.equal(shares[4], '<1%', `${lang}: Diamond's few members (${shares})`);
    assert.ok(!shares.includes('0%'), `${lang}: no tier with members reads 0% (${shares})`);
    const gaps = await page.$$eval('#campaigns td.gap .sub', (els) => els.map((e) => e.textContent));
    assert.equal(gaps.length, 3, `${lang}: a gap line per campaign (${gaps})`);
    for (const gap of gaps) assert.match(gap, words.gap, lang);
    const used = await page.$$eval('#campaigns td.used .sub', (els) => els.map((e) => e.textContent));
    for (const u of used) assert.match(u, words.used, lang);
    assert.deepEqual(seen.errors, []);
    await context.close();
  }
});
