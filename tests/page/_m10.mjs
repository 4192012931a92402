import { launch, open, waitForRun } from './helpers.mjs';
const browser = await launch();
const rows = {};
for (let round = 0; round < 4; round++) for (const [which, port, hash] of [
  ['guard 1MB', process.env.P3, `#s=z${'A'.repeat(1_000_000)}`],
  ['after 1MB', process.env.P1, `#s=z${'A'.repeat(1_000_000)}`],
  ['after short bad link', process.env.P1, '#s=z%%%%'],
]) {
  const { page, context } = await open(browser, null);
  await page.addInitScript(() => {
    new MutationObserver(() => { if (!window.__noticeAt && document.querySelector('.notice.error')) window.__noticeAt = performance.now(); }).observe(document, { subtree: true, childList: true });
  });
  const t0 = Date.now();
  await page.goto(`http://127.0.0.1:${port}/${hash}`);
  await page.waitForSelector('.notice.error', { timeout: 60000 });
  const refused = Date.now() - t0;
  (rows[which] ||= []).push([refused, Math.round(await page.evaluate(() => window.__noticeAt))]);
  await context.close();
}
const med = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [k, v] of Object.entries(rows)) console.log(k.padEnd(22), 'refusal seen after goto: median', med(v.map((x) => x[0])), 'ms; in-page clock: median', med(v.map((x) => x[1])), 'ms', JSON.stringify(v));
await browser.close();
