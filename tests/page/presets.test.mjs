// The preset menu in the header: it lists every preset the WASM has (presets()), by name in
// the page's language, and choosing one loads that very preset as the open scenario (its
// name in the header, its tier ladder in the editor). One small enough to re-run on every
// edit runs at once, and its results are those of the preset run apart from the page; a
// larger one waits for Run, and no run of it begins.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, waitForRun, runs, runsStarted, checks, checkedAndIdle, wasm, savedScenario } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A name as the page shows it in its language, and whether the page re-runs the scenario on every edit. */
const asThePageHasIt = (page, name, scenario) => page.evaluate(async ([n, s]) => {
  const at = (path) => import(new URL(path, document.baseURI).href);
  const [{ bilingualName }, { quick }] = await Promise.all([at('js/i18n.js'), at('js/run-size.js')]);
  return { name: bilingualName(n), quick: quick(s) };
}, [name, scenario]);

const levels = (scenario) => scenario.tiers.levels.map((l) => [l.name, l.threshold, l.keep_threshold]);

test('the preset menu lists every preset, and choosing one loads it and runs it when it is small', async () => {
  const { page, seen } = await open(browser, 'index.html?lang=en');
  await waitForRun(page);
  const presets = await wasm(page, 'presets');
  assert.ok(presets.length >= 5, `the seeds' programmes and the CDNOW benchmark (${presets.map((p) => p.id)})`);
  const shown = [];
  for (const p of presets) shown.push([p.id, (await asThePageHasIt(page, p.name, {})).name]);
  assert.deepEqual(await page.$$eval('#presets option', (os) => os.slice(1).map((o) => [o.value, o.textContent])), shown);

  let ranAtOnce = 0;
  for (const { id, name } of presets) {
    const text = await wasm(page, 'preset_json', id);
    const preset = JSON.parse(text);
    const expected = await asThePageHasIt(page, name, preset);
    const [n, begun, checked] = [await runs(page), await runsStarted(page), await checks(page)];
    await page.selectOption('#presets', id);
    await page.waitForFunction((want) => document.querySelector('#scenario-name').textContent === want, expected.name);
    await checkedAndIdle(page, checked);
    const saved = JSON.parse(await savedScenario(page));
    assert.equal(saved.name, preset.name, `${id}: the preset is the open scenario`);
    assert.deepEqual(levels(saved), levels(preset), `${id}: with its own tiers`);
    assert.equal(await page.inputValue('[data-key="tiers.levels.1.threshold"]'), String(preset.tiers.levels[1].threshold), `${id}: shown in the editor`);
    if (expected.quick) {
      ranAtOnce += 1;
      const digest = await waitForRun(page, n, 60000);
      assert.equal(digest, (await wasm(page, 'run', text, 'en')).value.digest, `${id}: the page ran the preset itself`);
    } else {
      assert.equal(await runsStarted(page), begun, `${id}: a large preset waits for Run`);
      assert.match(await page.textContent('#run-status'), /Run/, `${id}: the status says to press Run`);
    }
  }
  assert.ok(ranAtOnce >= 1, 'at least one preset is small enough to run at once');
  assert.deepEqual(seen.errors, []);
  await page.context().close();
});
