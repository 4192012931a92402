// Opening a shared link never costs the planner a saved tab: the link's scenarios open
// beside the tabs kept in the browser (a scenario already there opens its tab), a full set
// of five asks which tab to replace (Cancel keeps everything, Undo brings it back), a reload
// adds nothing, and two pages of the tool open at once keep each other's tabs. A link too
// long to be one, or with more members than a tab holds, is refused saying the limit.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, waitForRun, setField, settle, url, tabNames, openTab } from './helpers.mjs';
import { smallScenario, tabsLink } from './study-fixtures.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The names of the scenarios kept in this browser's localStorage, in order. */
const keptNames = (page) => page.evaluate(() => (JSON.parse(localStorage.getItem('tierlab.tabs') || '{}').tabs || []).map((tab) => tab.scenario.name));

/** A new page of the same browser opening `path`, once its first run is shown. */
async function openIn(context, path) {
  const page = await context.newPage();
  await page.goto(url(path));
  await waitForRun(page);
  return page;
}

const threshold = (page) => page.inputValue('[data-key="tiers.levels.2.threshold"]');
const undo = (page, text) => page.click(`.notice:has-text("${text}") .btn.tiny`);

test('the saved tabs survive opening two different links and a reload', async () => {
  const { page: mine, context, seen } = await open(browser, tabsLink([smallScenario('Mine A'), smallScenario('Mine B')]));
  await waitForRun(mine);
  await settle(mine);

  const first = await openIn(context, tabsLink([smallScenario('Colleague one')]));
  assert.deepEqual(await tabNames(first), ['A Mine A', 'B Mine B', 'C Colleague one'], 'the link opens beside the saved tabs');
  assert.equal(await openTab(first), '2', 'and is the open tab');
  assert.match(await first.textContent('.notice'), /beside your scenarios, as C “Colleague one”/);
  await settle(first);

  const second = await openIn(context, tabsLink([smallScenario('Colleague two')]));
  const all = ['A Mine A', 'B Mine B', 'C Colleague one', 'D Colleague two'];
  assert.deepEqual(await tabNames(second), all);
  assert.equal(await openTab(second), '3');
  await settle(second);
  assert.deepEqual(await keptNames(second), ['Mine A', 'Mine B', 'Colleague one', 'Colleague two'], 'localStorage keeps every tab');

  await second.reload();
  await waitForRun(second);
  assert.deepEqual(await tabNames(second), all, 'a reload adds the link again nowhere');
  assert.equal(await openTab(second), '3');
  await mine.reload();
  await waitForRun(mine);
  assert.deepEqual(await tabNames(mine), all, 'the first page, reloaded, has every tab');
  assert.equal(await openTab(mine), '0', 'and opens the tab it had open');
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test('a link whose scenario is already a tab opens that tab, however often it is opened', async () => {
  const link = tabsLink([smallScenario('Colleague one')]);
  const { page, context } = await open(browser, link);
  await waitForRun(page);
  await page.click('#tab-add');
  await setField(page, 'tiers.levels.2.threshold', '400');
  await settle(page);

  for (const time of ['again', 'a third time']) {
    const again = await openIn(context, link);
    assert.deepEqual(await tabNames(again), ['A Colleague one', 'B Colleague one (copy)'], `no copy when opened ${time}`);
    assert.equal(await openTab(again), '0', 'the tab that holds the scenario is opened');
    assert.match(await again.textContent('.notice'), /nothing new: opened your scenario A “Colleague one”/);
    await settle(again);
    await again.close();
  }

  const several = await openIn(context, tabsLink([smallScenario('Colleague one'), smallScenario('Colleague three')], { tab: 1 }));
  assert.deepEqual(await tabNames(several), ['A Colleague one', 'B Colleague one (copy)', 'C Colleague three'], 'only the new scenario of a #tabs= link is added');
  assert.equal(await openTab(several), '2', "the link's open tab is opened");
  assert.equal(await threshold(several), '300');
  await several.click('.scenario-tab[data-tab="1"] .tab-main');
  assert.equal(await threshold(several), '400', 'the edited copy is untouched');
  await context.close();
});

test('with five tabs a link asks which to replace: Cancel keeps them all, Replace has Undo', async () => {
  const names = ['One', 'Two', 'Three', 'Four', 'Five'];
  const five = names.map((name, i) => `${String.fromCharCode(65 + i)} ${name}`);
  const { page, context } = await open(browser, tabsLink(names.map((name) => smallScenario(name))));
  await waitForRun(page);
  await settle(page);
  const link = tabsLink([smallScenario('Colleague')]);

  const asked = await context.newPage();
  await asked.goto(url(link));
  await asked.waitForSelector('#link-dialog[open]', { timeout: 15000 });
  assert.equal(await asked.textContent('#link-dialog h2'), 'Which scenario should the link replace?');
  assert.match(await asked.textContent('#link-dialog'), /The link brings “Colleague”, but this page already holds 5 scenarios/);
  assert.deepEqual(await asked.$$eval('#link-dialog label', (labels) => labels.map((l) => l.textContent)), ['A “One”', 'B “Two”', 'C “Three”', 'D “Four”', 'E “Five”']);
  assert.equal(await asked.isDisabled('#link-replace'), true, 'nothing is replaced before a tab is chosen');
  assert.deepEqual(await tabNames(asked), five, "the planner's tabs are shown behind the question");
  await waitForRun(asked);
  assert.deepEqual(await keptNames(asked), names, 'nothing kept changes while the planner chooses');
  assert.ok(asked.url().endsWith(link), 'and the link stays in the address');

  await asked.click('#link-cancel');
  await asked.waitForSelector('#link-dialog', { state: 'hidden' });
  assert.match(await asked.textContent('.notice'), /link was not opened; your scenarios are unchanged/);
  assert.deepEqual(await tabNames(asked), five);
  await settle(asked);
  assert.deepEqual(await keptNames(asked), names);
  assert.ok(!asked.url().includes(link.slice(3)), 'the cancelled link leaves the address');
  await asked.reload();
  await waitForRun(asked);
  assert.equal(await asked.$('#link-dialog[open]'), null, 'a reload after Cancel does not ask again');

  const again = await context.newPage();
  await again.goto(url(link));
  await again.waitForSelector('#link-dialog[open]');
  await again.check('[data-replace="2"]');
  await again.click('#link-replace');
  await again.waitForFunction(() => document.querySelector('.scenario-tab[data-tab="2"] .tab-name')?.textContent === 'Colleague');
  assert.deepEqual(await tabNames(again), ['A One', 'B Two', 'C Colleague', 'D Four', 'E Five'], 'the link takes the chosen place');
  assert.equal(await openTab(again), '2');
  await settle(again);
  assert.deepEqual(await keptNames(again), ['One', 'Two', 'Colleague', 'Four', 'Five']);
  await undo(again, 'Replaced C “Three” with the link’s scenario.');
  await again.waitForFunction(() => document.querySelector('.scenario-tab[data-tab="2"] .tab-name')?.textContent === 'Three');
  assert.deepEqual(await tabNames(again), five, 'Undo brings the replaced tab back');
  await settle(again);
  assert.deepEqual(await keptNames(again), names);
  await again.reload();
  await waitForRun(again);
  assert.equal(await again.$('#link-dialog[open]'), null, 'a reload after Undo does not ask again');
  assert.deepEqual(await tabNames(again), five);
  await context.close();
});

test('a link of two new scenarios with no room asks for two tabs, in Chinese too', async () => {
  const names = ['One', 'Two', 'Three', 'Four', 'Five'];
  const { page, context } = await open(browser, `?lang=zh-CN${tabsLink(names.map((name) => smallScenario(name)))}`, { locale: 'zh-CN' });
  await waitForRun(page);
  await settle(page);
  const asked = await context.newPage();
  await asked.goto(url(`?lang=zh-CN${tabsLink([smallScenario('Colleague one'), smallScenario('Colleague two')], { tab: 1 })}`));
  await asked.waitForSelector('#link-dialog[open]', { timeout: 15000 });
  assert.equal(await asked.textContent('#link-dialog h2'), '要用链接中的方案替换哪 2 个方案？');
  assert.equal(await asked.textContent('#link-replace'), '替换');
  await asked.check('[data-replace="0"]');
  assert.equal(await asked.isDisabled('#link-replace'), true, 'one tab is not enough room for two');
  await asked.check('[data-replace="4"]');
  await asked.click('#link-replace');
  await asked.waitForFunction(() => document.querySelector('.scenario-tab[data-tab="4"] .tab-name')?.textContent === 'Colleague two');
  assert.deepEqual(await tabNames(asked), ['A Colleague one', 'B Two', 'C Three', 'D Four', 'E Colleague two']);
  assert.equal(await openTab(asked), '4', "the link's open tab is opened");
  assert.match(await asked.textContent('.notice'), /已用链接中的方案替换A“One”、E“Five”。/);
  await context.close();
});

test('tabs kept by the page before tabs had ids open once each, with a link beside them', async () => {
  const { page, context } = await open(browser, 'favicon.svg');
  await page.evaluate(([a, b]) => {
    localStorage.setItem('tierlab.tabs', JSON.stringify({ active: 1, scenarios: [a, b] }));
    localStorage.setItem('tierlab.scenario', JSON.stringify(b));
  }, [smallScenario('Old A'), smallScenario('Old B')]);
  const linked = await openIn(context, tabsLink([smallScenario('Colleague')]));
  const all = ['A Old A', 'B Old B', 'C Colleague'];
  assert.deepEqual(await tabNames(linked), all);
  await settle(linked);
  assert.deepEqual(await keptNames(linked), ['Old A', 'Old B', 'Colleague'], 'kept once each in the new list');
  await linked.reload();
  await waitForRun(linked);
  assert.deepEqual(await tabNames(linked), all);
  await context.close();
});

test('two pages of the tool open at once never wipe each other’s tabs', async () => {
  const { page: x, context } = await open(browser, tabsLink([smallScenario('Mine A'), smallScenario('Mine B')]));
  await waitForRun(x);
  await settle(x);
  const y = await openIn(context, tabsLink([smallScenario('Colleague')]));
  await settle(y);

  await setField(x, 'tiers.levels.2.threshold', '350');
  await settle(x);
  assert.deepEqual(await keptNames(x), ['Mine A', 'Mine B', 'Colleague'], 'an edit in one page keeps the tab the other opened');
  await setField(y, 'tiers.levels.2.threshold', '450');
  await settle(y);

  const fresh = await openIn(context, '');
  assert.deepEqual(await tabNames(fresh), ['A Mine A', 'B Mine B', 'C Colleague']);
  assert.equal(await openTab(fresh), '2');
  assert.equal(await threshold(fresh), '450', "the second page's edit is kept");
  await fresh.click('.scenario-tab[data-tab="0"] .tab-main');
  assert.equal(await threshold(fresh), '350', "and so is the first page's");
  await context.close();
});

test('a link too long to be one is refused on its length, saying the limit, in both languages', async () => {
  for (const [path, said] of [
    [`#s=z${'A'.repeat(1_000_000)}`, /\(the link is 1,000,001 characters long; a link holds at most 200,000\)/],
    [`?lang=zh-CN#tabs=j${'A'.repeat(300_000)}`, /（链接长 300,001 个字符，最多只能有 200,000 个）/],
  ]) {
    const { page, context } = await open(browser, path);
    await page.waitForSelector('.notice.error');
    assert.match(await page.textContent('.notice.error'), said, 'the reason is the length, found before any decoding');
    await waitForRun(page);
    assert.ok(!page.url().includes('AAAAAAAAAA'), 'the link leaves the address');
    await context.close();
  }
});

test('a link with more members than a tab holds is refused at the field with the 5,000,000 limit', async () => {
  const huge = smallScenario('Too many');
  huge.population.starting_members = 1e12;
  for (const [lang, said] of [
    ['en', /population\.starting_members: expected a whole number from 0 to 5,000,000 \(a tab holds at most 5,000,000 members\), got 1000000000000/],
    ['zh-CN', /population\.starting_members: 应为 0 到 5,000,000 之间的整数（一个标签页最多容纳 5,000,000 人），实际为 1000000000000/],
  ]) {
    const { page, context } = await open(browser, `?lang=${lang}${tabsLink([huge])}`);
    await page.waitForSelector('.notice.error');
    const text = await page.textContent('.notice.error');
    assert.match(text, said);
    assert.doesNotMatch(text, /4294967295/);
    await context.close();
  }
});
