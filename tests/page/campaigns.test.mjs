// Campaigns on the page: a seed campaign added from the menu runs and the review table
// shows whom it reached and what it added, true and measured by hold-out; a campaign field
// out of range is explained beside it and blocks Run (a closed card opens to show it); the
// programme-value KPI cards show numbers, and ROI shows "—" when nothing was spent; the
// audience builder writes the conditions it shows; cards duplicate, move and go.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, waitForRun, runs, runsStarted, checks, checkedAndIdle, runRefused, setField, messageFor, kpiText } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** "25.3K" → 25300, "¥1,234.5" → 1234.5, "−¥2.1万" → −21000; NaN for "—". */
function amount(text) {
  const m = /^([−+-])?¥?([\d.,]+)\s*([KMB万亿])?$/.exec(String(text).trim());
  if (!m) return NaN;
  const scale = { K: 1e3, M: 1e6, B: 1e9, 万: 1e4, 亿: 1e8 }[m[3]] ?? 1;
  return (m[1] === '−' || m[1] === '-' ? -1 : 1) * Number(m[2].replace(/,/g, '')) * scale;
}

/** The figure of a review cell (its first text, without the small line under it). */
const figure = (page, selector) => page.$eval(selector, (td) => td.firstChild?.textContent?.trim() ?? '');

const MONEY = /^[−-]?¥[\d.,]+[KMB万亿]?$/;

/** Adds the seed campaign whose menu label matches `label`; returns the label. */
async function addSeed(page, label) {
  await page.waitForFunction(() => document.querySelectorAll('select.seed-menu option').length > 1);
  const options = await page.$$eval('select.seed-menu option', (os) => os.map((o) => [o.value, o.textContent]));
  const found = options.find(([, text]) => label.test(text));
  assert.ok(found, `the seed menu offers ${label} (it has ${options.map(([, x]) => x).join(' | ')})`);
  await page.selectOption('select.seed-menu', found[0]);
  return found[1];
}

/** Clicks Run and waits for the run to finish. */
async function run(page) {
  const n = await runs(page);
  await page.waitForFunction(() => !document.querySelector('#run').disabled);
  await page.click('#run');
  await waitForRun(page, n, 60000);
}

test('a seed campaign from the menu runs and the review shows whom it reached and what it added', async () => {
  const { page, seen } = await open(browser);
  await waitForRun(page);
  assert.ok(await page.$eval('#campaigns', (e) => e.classList.contains('hidden')), 'no campaign review without campaigns');
  const options = await page.$$eval('select.seed-menu option', (os) => os.slice(1).map((o) => o.textContent));
  for (const seed of [/Welcome pack/, /Birthday coupon/, /Member day/, /Win-back/, /Reactivate dormant/]) {
    assert.ok(options.some((o) => seed.test(o)), `the seed menu offers ${seed}`);
  }

  await addSeed(page, /Welcome pack/);
  const card = page.locator('details.campaign');
  await card.waitFor();
  assert.equal(await card.count(), 1);
  assert.ok(await card.evaluate((d) => d.open), 'the new card is open');
  assert.match(await page.inputValue('[data-key="campaigns.0.name"]'), /Welcome pack/);
  assert.equal(await page.inputValue('[data-key="campaigns.0.offer.kind"]'), 'amount_off');
  assert.equal(await page.inputValue('[data-key="campaigns.0.offer.min_spend"]'), '50');
  assert.equal(await page.inputValue('[data-key="campaigns.0.offer.amount"]'), '10');
  assert.equal(await page.inputValue('[data-key="campaigns.0.schedule.trigger"]'), 'on_joining');
  assert.equal(await page.inputValue('[data-key="campaigns.0.holdout_share"]'), '10', 'a share is shown in percent');
  assert.match(await card.locator('.campaign-summary').textContent(), /¥10 off ¥50\+.*on joining.*10% hold-out/);

  await run(page);
  const rows = page.locator('#campaigns tr.camp-row');
  assert.equal(await rows.count(), 1, 'one row per campaign');
  assert.match(await rows.first().getAttribute('data-campaign'), /Welcome pack/);
  const contacted = amount(await figure(page, '#campaigns tr.camp-row td.contacted'));
  assert.ok(contacted > 0, `members were contacted (${contacted})`);
  const incremental = await figure(page, '#campaigns tr.camp-row td.incremental');
  assert.match(incremental, MONEY);
  assert.notEqual(amount(incremental), 0, `the campaign added something (${incremental})`);
  assert.match(await figure(page, '#campaigns tr.camp-row td.roi'), /^[−-]?[\d,]+%$|^—$/);
  assert.match(await figure(page, '#campaigns tr.camp-row td.cost'), MONEY, 'the offer’s direct cost');
  assert.match(await figure(page, '#campaigns tr.camp-row td.incremental-cost'), MONEY, 'every cost the campaign causes');
  assert.match(await figure(page, '#campaigns tr.camp-row td.profit'), MONEY, 'its incremental profit');
  const measured = await figure(page, '#campaigns tr.camp-row td.measured');
  assert.match(measured, MONEY, 'the hold-out measurement is beside the true increment');
  assert.match(await page.textContent('#campaigns tr.camp-row td.measured .sub'), /^95%: [−-]?¥[\d.,]+[KMB]?\nto [−-]?¥[\d.,]+[KMB]?$/, 'with its 95% interval');
  const gap = amount(await figure(page, '#campaigns tr.camp-row td.gap'));
  const expected = amount(measured) - amount(incremental);
  assert.ok(Math.abs(gap - expected) <= Math.max(1, Math.abs(expected) * 0.02), `the gap ${gap} is measured − true (${expected})`);
  assert.match(await page.textContent('#campaigns tr.camp-why'), /^(The hold-out cannot tell|The hold-out test can tell).* 95% interval/, 'the core’s sentence on what the hold-out can tell');
  assert.match(await page.textContent('#campaigns .camp-explain'), /re-runs exactly the same members/);

  // Month by month, on request.
  await rows.first().locator('button.toggle').click();
  const monthRows = page.locator('#campaigns tr.camp-months:not(.hidden) table.camp-month-table tbody tr');
  assert.equal(await monthRows.count(), 36, 'one row per month of the horizon');
  assert.deepEqual(seen.errors, []);
});

test('a campaign field out of range is explained beside it and blocks Run', async () => {
  const { page, seen } = await open(browser);
  await waitForRun(page);
  const first = await runs(page);
  await page.click('[data-add="campaigns"]');
  await page.waitForSelector('[data-key="campaigns.0.holdout_share"]');
  await waitForRun(page, first); // the programme with its new campaign
  const [n, begun, checked] = [await runs(page), await runsStarted(page), await checks(page)];

  await setField(page, 'campaigns.0.holdout_share', '200');
  await page.waitForFunction(() => [...document.querySelectorAll('.msg.shown')].some((m) => m.dataset.for === 'campaigns.0.holdout_share'));
  assert.match(await messageFor(page, 'campaigns.0.holdout_share'), /200%.*0%.*90%/, 'the message is in percent, like the field');
  assert.ok(await page.evaluate(() => {
    const msg = [...document.querySelectorAll('.msg.shown')].find((m) => m.dataset.for === 'campaigns.0.holdout_share');
    return document.querySelector('[data-key="campaigns.0.holdout_share"]').closest('.field').contains(msg);
  }), 'the message sits in the field’s own box');
  assert.ok(await page.$eval('#run', (b) => b.disabled), 'Run is blocked');
  await checkedAndIdle(page, checked);
  await page.click('#run', { force: true });
  await runRefused(page, 'campaigns.0.holdout_share');
  assert.equal(await runsStarted(page), begun, 'no run began');
  assert.equal(await runs(page), n);

  // A closed card opens again to show its problem.
  await page.click('details.campaign > summary .campaign-head');
  assert.equal(await page.$eval('details.campaign', (d) => d.open), false);
  await setField(page, 'horizon.months', '24');
  await page.waitForFunction(() => document.querySelector('details.campaign').open);

  // Text that is not a number is caught by the page itself, and no run begins either.
  const checkedAgain = await checks(page);
  await setField(page, 'campaigns.0.schedule.validity_days', '3 weeks');
  assert.match(await messageFor(page, 'campaigns.0.schedule.validity_days'), /not a number/);
  await setField(page, 'campaigns.0.holdout_share', '10');
  await page.waitForFunction(() => !document.querySelector('.msg.shown[data-for="campaigns.0.holdout_share"]'));
  await checkedAndIdle(page, checkedAgain);
  await runRefused(page, 'campaigns.0.schedule.validity_days');
  assert.equal(await runsStarted(page), begun, 'no run began while a field is not a number');

  await setField(page, 'campaigns.0.schedule.validity_days', '21');
  await setField(page, 'campaigns.0.holdout_share', '10');
  await page.waitForFunction(() => !document.querySelector('#run').disabled);
  assert.equal(await messageFor(page, 'campaigns.0.holdout_share'), '');
  assert.equal(await page.$$eval('.msg.shown', (m) => m.length), 0, 'no problem left anywhere');
  assert.deepEqual(seen.errors, []);
});

test('the audience builder writes the conditions it shows', async () => {
  const { page, seen } = await open(browser);
  await waitForRun(page);
  await addSeed(page, /Win-back/);
  await page.waitForSelector('details.campaign .condition');
  assert.equal(await page.locator('details.campaign .condition').count(), 3, 'the win-back rule is three conditions');
  assert.equal(await page.inputValue('[data-key="campaigns.0.audience.kind"]'), 'all');
  assert.equal(await page.inputValue('[data-key="campaigns.0.audience.of.1.min"]'), '30');
  assert.equal(await page.inputValue('[data-key="campaigns.0.audience.of.1.max"]'), '60');
  assert.equal(await page.inputValue('[data-key="campaigns.0.audience.of.0.max"]'), '', 'no upper limit reads empty');
  const json = async () => JSON.parse(await page.evaluate(() => localStorage.getItem('tierlab.scenario'))).campaigns[0].audience;
  // Exclude the second condition, then switch to "any".
  await page.check('[data-key="campaigns.0.audience.of.1.not"]');
  await page.selectOption('[data-key="campaigns.0.audience.kind"]', 'any');
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('tierlab.scenario') || '{}').campaigns?.[0]?.audience?.kind === 'any');
  const audience = await json();
  assert.equal(audience.of.length, 3);
  assert.deepEqual(audience.of[1], { kind: 'not', of: { kind: 'days_since_last_purchase', min: 30, max: 60 } });
  assert.equal(audience.of[0].max, 4294967295);
  // A range upside down is refused at its upper end.
  await setField(page, 'campaigns.0.audience.of.1.of.max', '10');
  await page.waitForFunction(() => [...document.querySelectorAll('.msg.shown')].some((m) => m.dataset.for === 'campaigns.0.audience.of.1.of.max'));
  assert.match(await messageFor(page, 'campaigns.0.audience.of.1.of.max'), /10 .*30/);
  assert.ok(await page.$eval('#run', (b) => b.disabled), 'Run is blocked');
  // Removing conditions down to none leaves everyone.
  for (let i = 0; i < 3; i++) await page.click('details.campaign .condition .icon-btn.remove');
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('tierlab.scenario') || '{}').campaigns?.[0]?.audience?.kind === 'everyone');
  assert.match(await page.textContent('details.campaign .audience'), /Everyone/);
  await page.waitForFunction(() => !document.querySelector('#run').disabled);
  assert.deepEqual(seen.errors, []);
});

test('the programme-value KPI cards show numbers, and ROI is "—" when nothing was spent', async () => {
  const { page, seen } = await open(browser);
  await waitForRun(page);
  const ids = await page.$$eval('[data-kpi]', (k) => k.map((e) => e.dataset.kpi));
  for (const id of ['incremental', 'profit', 'roi', 'campaigns']) assert.ok(ids.includes(id), `KPI card ${id} is shown`);
  assert.match(await kpiText(page, 'incremental'), MONEY);
  assert.match(await kpiText(page, 'profit'), MONEY);
  assert.match(await kpiText(page, 'roi'), /^[−-]?[\d,]+%$/);
  assert.equal(await kpiText(page, 'campaigns'), '¥0');
  assert.match(await page.textContent('[data-kpi="campaigns"] .kpi-sub'), /no campaigns/);

  await addSeed(page, /Welcome pack/);
  await run(page);
  const cost = await kpiText(page, 'campaigns');
  assert.match(cost, MONEY);
  assert.ok(amount(cost) > 0, `the campaign cost something (${cost})`);
  const rowCost = amount(await figure(page, '#campaigns tr.camp-row td.cost'));
  assert.ok(Math.abs(amount(cost) - rowCost) <= Math.max(0.01, rowCost * 0.01), `the card (${cost}) is the campaign’s cost (${rowCost})`);
  assert.match(await page.textContent('[data-kpi="campaigns"] .kpi-sub'), /1 campaign ·/);

  // Nothing spent: no campaign, no tier discount, no tier benefit, no rewards → no ROI to show.
  await page.click('details.campaign .row-actions .icon-btn.remove');
  await setField(page, 'tiers.levels.2.discount', '0');
  await page.click('tr.row[data-path="tiers.levels.2"] .icon-btn.more');
  await setField(page, 'tiers.levels.2.benefit_cost_per_month', '0');
  await page.click('.table-block[data-path="points.rewards"] .icon-btn.remove');
  await page.waitForFunction(() => document.querySelector('[data-kpi="roi"] .kpi-value')?.textContent === '—', null, { timeout: 30000 });
  assert.equal(await kpiText(page, 'cost'), '¥0');
  assert.match(await page.textContent('[data-kpi="roi"] .kpi-sub'), /cost nothing/);
  assert.deepEqual(seen.errors, []);
});

test('campaigns can be duplicated, moved and removed', async () => {
  const { page, seen } = await open(browser);
  await waitForRun(page);
  await addSeed(page, /Welcome pack/);
  await page.waitForSelector('details.campaign');
  await addSeed(page, /Birthday coupon/);
  await page.waitForFunction(() => document.querySelectorAll('details.campaign').length === 2);
  const saved = () => page.evaluate(() => (JSON.parse(localStorage.getItem('tierlab.scenario') || '{}').campaigns || []).map((c) => c.name));
  const settled = (names) => page.waitForFunction((n) => JSON.stringify((JSON.parse(localStorage.getItem('tierlab.scenario') || '{}').campaigns || []).map((c) => c.name)) === JSON.stringify(n), names);

  await page.click('details.campaign[data-path="campaigns.0"] .icon-btn.duplicate');
  await settled(['新人礼包 · Welcome pack', '新人礼包 · Welcome pack (copy)', '生日券 · Birthday coupon']);
  const copy = JSON.parse(await page.evaluate(() => localStorage.getItem('tierlab.scenario'))).campaigns;
  assert.deepEqual({ ...copy[1], name: copy[0].name }, copy[0], 'the copy has the same settings');

  await page.click('details.campaign[data-path="campaigns.2"] .icon-btn.up');
  await settled(['新人礼包 · Welcome pack', '生日券 · Birthday coupon', '新人礼包 · Welcome pack (copy)']);
  assert.match(await page.textContent('details.campaign[data-path="campaigns.1"] .campaign-name'), /Birthday coupon/);

  await page.click('details.campaign[data-path="campaigns.0"] .row-actions .icon-btn.remove');
  await settled(['生日券 · Birthday coupon', '新人礼包 · Welcome pack (copy)']);
  assert.equal(await page.locator('details.campaign').count(), 2);
  assert.deepEqual(await saved(), ['生日券 · Birthday coupon', '新人礼包 · Welcome pack (copy)']);
  assert.deepEqual(seen.errors, []);
});
