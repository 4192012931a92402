// A hostile link is refused with a message and the page falls back to the last good (or
// the default) scenario: garbage, script-like text, a huge value, a decompression bomb,
// JSON that is not a scenario, an invalid scenario. Text from a link is never HTML.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { deflateRawSync } from 'node:zlib';
import { launch, open, waitForRun, runs, setField, url } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const b64 = (buf) => Buffer.from(buf).toString('base64url');
const plain = (obj) => `j${b64(JSON.stringify(obj))}`;
const zipped = (text) => `z${b64(deflateRawSync(Buffer.from(text)))}`;

const CASES = {
  'script-like garbage': encodeURIComponent('<script>alert(1)</script>'),
  'not base64': 'z%%%%',
  'huge': `z${'A'.repeat(300000)}`,
  'a decompression bomb': zipped(`{"name":"${' '.repeat(30_000_000)}"}`),
  'JSON that is not an object': plain([1, 2, 3]),
  'an invalid scenario with markup in it': plain({ version: 1, name: '<img src=x onerror=alert(1)>', horizon: { months: 0 } }),
  'unknown fields': plain({ version: 1, __proto__x: 1, constructor: { prototype: { polluted: true } } }),
};

test('hostile links are refused with a message and the default scenario is shown', { concurrency: true }, async (t) => {
  await Promise.all(Object.entries(CASES).map(([what, value]) => t.test(`a link with ${what}`, async () => {
    const { page, seen, context } = await open(browser, `index.html#s=${value}`);
    await page.waitForSelector('.notice.error');
    assert.match(await page.textContent('.notice.error'), /could not be used/);
    await page.waitForFunction(() => document.querySelector('#scenario-name').textContent !== '');
    assert.equal(await page.textContent('#scenario-name'), 'Example programme');
    assert.equal(await page.inputValue('[data-key="tiers.levels.1.threshold"]'), '100');
    await page.waitForFunction(() => /#s=z/.test(location.hash));
    assert.doesNotMatch(page.url(), /script|%%|AAAAAAAAAA/, 'the refused link is replaced by the shown scenario');
    assert.deepEqual(seen.dialogs, [], 'no script ran');
    assert.deepEqual(seen.errors, []);
    assert.equal(await page.$$eval('img[src="x"], script:not([src])', (e) => e.length), 0, 'nothing from the link became markup');
    assert.equal(await page.evaluate(() => ({}).polluted), undefined);
    await context.close();
  })));
});

test('after a refused link the last good scenario is kept', async () => {
  const { page, context } = await open(browser);
  await waitForRun(page);
  const n = await runs(page);
  await setField(page, 'tiers.levels.1.threshold', '150');
  await waitForRun(page, n);
  const hostile = await context.newPage();
  const dialogs = [];
  hostile.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await hostile.goto(url(`index.html#s=${CASES['script-like garbage']}`));
  await waitForRun(hostile);
  assert.match(await hostile.textContent('.notice.error'), /your last scenario/);
  assert.equal(await hostile.inputValue('[data-key="tiers.levels.1.threshold"]'), '150');
  assert.deepEqual(dialogs, []);
  await context.close();
});

test('a valid scenario with script-like names is shown as text, never as markup', async () => {
  const name = '<img src=x onerror=alert(1)><script>alert(2)</script>';
  const scenario = { version: 1, name, tiers: { levels: [
    { name: 'Regular', threshold: 0, keep_threshold: 0 },
    { name: '<b onmouseover=alert(3)>Silver</b>', threshold: 100, keep_threshold: 100 },
  ] } };
  const { page, seen, context } = await open(browser, `index.html#s=${plain(scenario)}`);
  await waitForRun(page);
  assert.equal(await page.textContent('#scenario-name'), name);
  assert.equal(await page.inputValue('[data-key="tiers.levels.1.name"]'), '<b onmouseover=alert(3)>Silver</b>');
  assert.match(await page.textContent('[data-kpi="tiers"]'), /<b onmouseover=alert\(3\)>Silver<\/b>/);
  assert.equal(await page.$$eval('img[src="x"], b[onmouseover], script:not([src])', (e) => e.length), 0);
  await page.hover('[data-kpi="tiers"]');
  assert.deepEqual(seen.dialogs, []);
  assert.equal(await page.$$eval('.notice.error', (e) => e.length), 0, 'a valid scenario is not refused');
  await context.close();
});
