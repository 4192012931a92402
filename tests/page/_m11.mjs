import { launch, open } from './helpers.mjs';
const browser = await launch();
const rows = {};
for (let round = 0; round < 4; round++) for (const [which, port, hash] of [
  ['before, 1 MB link', process.env.P2, `#s=z${'A'.repeat(1_000_000)}`],
  ['after, 1 MB link', process.env.P1, `#s=z${'A'.repeat(1_000_000)}`],
]) {
  const { page, context } = await open(browser, null);
  await page.addInitScript(() => {
    new MutationObserver(() => { if (!window.__noticeAt && document.querySelector('.notice.error')) window.__noticeAt = performance.now(); }).observe(document, { subtree: true, childList: true });
  });
  const t0 = Date.now();
  await page.goto(`http://127.0.0.1:${port}/${hash}`);
  await page.waitForSelector('.notice.error', { timeout: 60000 });
  const total = Date.now() - t0;
  const [noticeAt, appJs, firstByte] = await page.evaluate(() => [window.__noticeAt, performance.getEntriesByType('resource').find((e) => e.name.endsWith('/js/app.js'))?.responseEnd, performance.getEntriesByType('navigation')[0].responseStart]);
  (rows[which] ||= []).push([total, Math.round(firstByte), Math.round(appJs), Math.round(noticeAt - appJs)]);
  await context.close();
}
const med = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [k, v] of Object.entries(rows)) console.log(k.padEnd(18), `median: goto→notice ${med(v.map((x) => x[0]))} ms; page's first byte ${med(v.map((x) => x[1]))} ms; app.js loaded ${med(v.map((x) => x[2]))} ms; app.js loaded→notice ${med(v.map((x) => x[3]))} ms`, JSON.stringify(v));
await browser.close();
