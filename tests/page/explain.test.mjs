// "Explain a member" under the results: a member picked by id, or the one the WASM finds
// closest to Gold, is shown month by month, and every month's row shows that member's own
// figures — tier, purchases, spend, growth, points — as the WASM's explain_member gives
// them when asked apart from the page (helpers.mjs wasm()).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, waitForRun, wasm, savedScenario } from './helpers.mjs';
import { smallScenario, tabsLink } from './study-fixtures.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The explain table's month rows as shown: month, tier and the figures, cell by cell. */
const shownRows = (page) => page.$$eval('#explain .explain-out tbody tr[data-month]', (rows) => rows.map((row) => {
  const cells = [...row.cells].map((td) => td.textContent.trim());
  return [row.dataset.month, ...cells.slice(0, 10)];
}));

/** The rows the page should show for `story` (explain_member's value), formatted by the page's own format.js. */
const expectedRows = (page, story, tierNames) => page.evaluate(async ([months, names]) => {
  const { int, money } = await import(new URL('js/format.js', document.baseURI).href);
  return months.map((m) => [String(m.month), `${m.label} #${m.month}`, names[m.tier], int(m.purchases), money(m.spend),
    int(m.growth_earned), int(m.qualifying_growth), int(m.points_earned), int(m.points_redeemed), int(m.points_expired), int(m.points_balance)]);
}, [story.months, tierNames]);

/** What the WASM says of member `id` of the scenario the page saved and ran. */
async function explainedApart(page, id) {
  const outcome = await wasm(page, 'explain_member', await savedScenario(page), String(id), null, 'en');
  assert.ok(outcome.ok, JSON.stringify(outcome.problems));
  return outcome.value;
}

const TIERS = smallScenario().tiers.levels.map((l) => l.name);

test('a member explained by id shows each of their months with the WASM’s figures', async () => {
  const { page, seen } = await open(browser, tabsLink([smallScenario()]));
  await waitForRun(page);
  await page.fill('#explain-id', '16');
  await page.click('#explain-go');
  await page.waitForSelector('#explain .explain-out tbody tr[data-month]');
  const story = await explainedApart(page, 16);
  // A starting member: every month of the one-year horizon. Member 16 of this fixture
  // climbs to Gold and redeems points, so no column of the table is all zeros or one tier.
  assert.equal(story.months.length, 12);
  assert.ok(story.months.some((m) => m.purchases > 0), 'member 16 buys');
  assert.ok(story.months.some((m) => m.tier === 2) && story.months.some((m) => m.tier < 2), 'member 16 moves up to Gold');
  assert.ok(story.months.some((m) => m.points_redeemed > 0), 'member 16 redeems points');
  assert.deepEqual(await shownRows(page), await expectedRows(page, story, TIERS));
  assert.match(await page.textContent('#explain .explain-summary'), /\b16\b/, 'the summary names the member');
  assert.deepEqual(seen.errors, []);
  await page.context().close();
});

test('the member closest to Gold is the one the WASM names, shown with their months', async () => {
  const { page, seen } = await open(browser, tabsLink([smallScenario()]));
  await waitForRun(page);
  assert.equal(await page.inputValue('#explain-tier'), '2', 'Gold, the top tier, is asked about unless told otherwise');
  await page.click('#explain-almost');
  const closest = await wasm(page, 'member_almost_reaching', await savedScenario(page), 2);
  assert.ok(closest.ok && Number.isInteger(closest.value), `someone came close to Gold (${JSON.stringify(closest)})`);
  await page.waitForFunction((id) => document.querySelector('#explain-id').value === String(id)
    && document.querySelector('#explain .explain-out tbody tr[data-month]'), closest.value);
  const story = await explainedApart(page, closest.value);
  assert.ok(story.months.length >= 1 && story.months.every((m) => m.tier < 2), 'they never reached Gold');
  assert.deepEqual(await shownRows(page), await expectedRows(page, story, TIERS));
  assert.equal(await page.$$eval('#explain tr.closest', (rows) => rows.length), 1, 'the month they came closest is marked');
  assert.deepEqual(seen.errors, []);
  await page.context().close();
});
