// Scenario tabs A, B, C… above the editor: a new tab is a copy of the open scenario, can
// be renamed, edited on its own, switched to and from, and deleted (with undo); all the
// tabs survive a reload and travel in the link, and a link with one scenario (`#s=`, as
// every link before the tabs) still opens.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, waitForRun, setField, settle, url, tabNames, openTab } from './helpers.mjs';
import { smallScenario, tabsLink } from './study-fixtures.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const threshold = (page) => page.inputValue('[data-key="tiers.levels.2.threshold"]');

test('a new tab is a copy of the open scenario that can be renamed, edited, switched and deleted with undo', async () => {
  const { page, seen } = await open(browser, tabsLink([smallScenario()]));
  const digestA = await waitForRun(page);
  assert.deepEqual(await tabNames(page), ['A Small programme']);
  assert.equal(await page.$$eval('.tab-delete', (b) => b.length), 0, 'the last tab cannot be deleted');

  await page.click('#tab-add');
  assert.deepEqual(await tabNames(page), ['A Small programme', 'B Small programme (copy)']);
  assert.equal(await openTab(page), '1', 'the copy is opened');
  assert.equal(await page.inputValue('[data-key="name"]'), 'Small programme (copy)');

  await page.click('.scenario-tab.open [data-action="rename"]');
  await page.fill('.tab-rename', 'Gold at 400');
  await page.press('.tab-rename', 'Enter');
  assert.deepEqual(await tabNames(page), ['A Small programme', 'B Gold at 400']);
  assert.equal(await page.inputValue('[data-key="name"]'), 'Gold at 400', 'the tab name is the scenario name');
  assert.equal(await page.textContent('#scenario-name'), 'Gold at 400');
  await setField(page, 'tiers.levels.2.threshold', '400');
  const digestB = await settle(page);
  assert.notEqual(digestB, digestA);

  await page.click('.scenario-tab[data-tab="0"] .tab-main');
  assert.equal(await openTab(page), '0');
  const shown = await page.evaluate(() => [document.querySelector('#results').dataset.digest, document.querySelector('#stale').classList.contains('hidden')]);
  assert.deepEqual(shown, [digestA, true], "A's results show at once, before any new run");
  assert.equal(await threshold(page), '300', "A keeps its own threshold");
  assert.equal(await page.inputValue('[data-key="name"]'), 'Small programme');
  await page.click('.scenario-tab[data-tab="1"] .tab-main');
  assert.equal(await threshold(page), '400', "B keeps its edit");

  await page.click('.scenario-tab.open [data-action="delete"]');
  assert.deepEqual(await tabNames(page), ['A Small programme']);
  assert.equal(await threshold(page), '300', 'A is opened when B goes');
  await page.click('.notice .btn.tiny');
  await page.waitForFunction(() => document.querySelectorAll('.scenario-tab').length === 2);
  assert.deepEqual(await tabNames(page), ['A Small programme', 'B Gold at 400']);
  assert.equal(await threshold(page), '400', 'undo brings B back, open');
  assert.deepEqual(seen.errors, []);
  await page.context().close();
});

test('the tabs survive a reload and travel in the link; a link with one scenario still opens', async () => {
  const { page, context } = await open(browser, tabsLink([smallScenario()]));
  await waitForRun(page);
  await page.click('#tab-add');
  await setField(page, 'tiers.levels.2.threshold', '450');
  await settle(page);
  await page.waitForFunction(() => /tabs=/.test(location.hash) && /tab=1/.test(location.hash));
  const link = page.url();

  await page.reload();
  await waitForRun(page);
  assert.equal((await tabNames(page)).length, 2, 'both tabs after a reload');
  assert.equal(await openTab(page), '1');
  assert.equal(await threshold(page), '450');
  const bare = await context.newPage();
  await bare.goto(url(''));
  await waitForRun(bare);
  assert.equal((await tabNames(bare)).length, 2, 'both tabs from localStorage alone');

  const fresh = await open(browser, null);
  await fresh.page.goto(link);
  await waitForRun(fresh.page);
  assert.deepEqual(await tabNames(fresh.page), ['A Small programme', 'B Small programme (copy)'], 'the link carries every tab');
  assert.equal(await threshold(fresh.page), '450', 'and opens on the tab it was copied from');
  await fresh.page.click('.scenario-tab[data-tab="0"] .tab-main');
  assert.equal(await threshold(fresh.page), '300');

  const old = await open(browser, tabsLink([smallScenario('One scenario')]));
  await waitForRun(old.page);
  assert.deepEqual(await tabNames(old.page), ['A One scenario'], 'an #s= link opens as one tab');
  assert.match(old.page.url(), /#s=[jz][A-Za-z0-9_-]+$/, 'and stays an #s= link');
  await Promise.all([context.close(), fresh.context.close(), old.context.close()]);
});

test('a link whose tabs are not valid scenarios is refused with a message', async () => {
  const bad = smallScenario('Bad B');
  bad.horizon.months = 'many';
  for (const hash of ['#tabs=jbm90IGpzb24', `#tabs=j${Buffer.from('[1, 2]').toString('base64url')}`, tabsLink([smallScenario('Good A'), bad])]) {
    const { page, context } = await open(browser, hash);
    await page.waitForSelector('.notice.error');
    assert.match(await page.textContent('.notice.error'), /could not be used/, hash);
    await waitForRun(page);
    assert.equal((await tabNames(page)).length, 1, 'the page falls back to one scenario');
    await context.close();
  }
});
