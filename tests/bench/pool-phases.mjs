// Where the time of the page's Run goes, phase by phase and thread by thread, with 1, 2, …
// workers (BENCHMARKS.md, issue 15, the pool). Figures, not a test; Linux only (it reads
// /proc).
//
//   node tests/bench/pool-phases.mjs URL SCENARIO.json [WORKERS=1,2] [RUNS=3] [PAGES=1]
//
// URL serves the repository root (as for bench.mjs). For each number of workers, PAGES
// fresh pages open www/index.html?workers=N with the scenario, and Run is pressed RUNS times
// on each (the first Run of a page also pays for what a page does once). For each Run:
// - the phases, from the page's timeline (channel.js writes every call to
//   window.tierlabTimeline: asked, ran in the worker, answered): the split (run_blocks),
//   each part (run_blocks_part) or the whole run (run), the finish (finish_run), then the
//   results drawn (body[data-runs] counted) and the next frame painted;
// - every Chromium thread's processor time and time spent waiting for a core (from
//   /proc/PID/task/TID/schedstat) between the click and the results: for each worker that
//   ran, busy + waiting + idle = the Run's time, so a worker's idle time is what the pool's
//   structure costs and its waiting time what the machine's other work costs; and the
//   machine's load (other processes' processor time, the load average).
// - without waiting: what the Run would take had no thread of it waited for a core (the
//   machine's other work removed): the workers' processor time shared evenly over them
//   (the parts, the split and the finish: under load one worker of two is often given more
//   of the processors than the other and is dealt more blocks, which a quiet machine would
//   not do; the last block's unevenness is not counted), the results drawn and painted as
//   measured, and, with a worker for every core, the page's other threads' processor time
//   during the Run shared over the cores (with fewer workers a spare core takes it). An
//   estimate, for a machine as loaded as this one is: Linux gives each session (autogroup)
//   an equal share of the processors, so a page whose other sessions are busy gets about the
//   same processor time with 1 or with 2 workers, and its wall-clock ratio shows the
//   scheduler, not the pool.
// At the end, the medians for each number of workers, and the ratios of the medians.

import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { cpus } from 'node:os';

const require = createRequire(new URL('../page/package.json', import.meta.url));
const { chromium } = require('playwright-core');

const [base, file, workersArg = '1,2', runsArg = '3', pagesArg = '1'] = process.argv.slice(2);
if (!base || !file) {
  console.error('usage: node tests/bench/pool-phases.mjs URL SCENARIO.json [WORKERS=1,2] [RUNS=3] [PAGES=1]');
  process.exit(2);
}
const json = readFileSync(file, 'utf8');
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Processes started (at any depth) by this one. */
function descendants(root) {
  const children = new Map();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(parent)) children.set(parent, []);
      children.get(parent).push(Number(d));
    } catch { /* the process ended */ }
  }
  const out = [];
  const walk = (pid) => { for (const c of children.get(pid) || []) { out.push(c); walk(c); } };
  walk(root);
  return out;
}

/** Every Chromium thread's processor and waiting time (ns), and the machine's busy ticks. */
function snapshot() {
  const threads = new Map();
  for (const pid of descendants(process.pid)) {
    let kind = 'browser';
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('chrom')) continue;
      kind = cmd.match(/--type=([a-z-]+)/)?.[1] ?? 'browser';
    } catch { continue; }
    let tids = [];
    try { tids = readdirSync(`/proc/${pid}/task`); } catch { continue; }
    for (const tid of tids) {
      try {
        const name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
        const [cpu, wait] = readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ').map(Number);
        threads.set(`${pid}/${tid}`, { kind, name, cpu, wait });
      } catch { /* the thread ended */ }
    }
  }
  const ticks = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1, 9).map(Number);
  const idle = ticks[3] + ticks[4];
  return { threads, busy: ticks.reduce((a, b) => a + b, 0) - idle, all: ticks.reduce((a, b) => a + b, 0), at: Date.now() };
}

/** Per-thread ms between two snapshots, and the machine's processor ms in all. */
function account(a, b) {
  const ms = b.at - a.at;
  const rows = [];
  for (const [key, t] of b.threads) {
    const was = a.threads.get(key) || { cpu: 0, wait: 0 };
    rows.push({ ...t, cpu: (t.cpu - was.cpu) / 1e6, wait: (t.wait - was.wait) / 1e6 });
  }
  const machine = ((b.busy - a.busy) / (b.all - a.all)) * ms * 2;
  const workers = rows.filter((t) => t.name === 'DedicatedWorker' && t.cpu > 0.05 * ms).sort((x, y) => y.cpu - x.cpu);
  const main = rows.filter((t) => t.kind === 'renderer' && t.name === 'chromium').reduce((s, t) => s + t.cpu, 0);
  const chromium = rows.reduce((s, t) => s + t.cpu, 0);
  return {
    ms,
    workers: workers.map((t) => ({ busy: t.cpu, waiting: t.wait, idle: ms - t.cpu - t.wait })),
    main,
    otherChromium: chromium - main - workers.reduce((s, t) => s + t.cpu, 0),
    otherProcesses: machine - chromium,
  };
}

const f = (ms) => (ms / 1000).toFixed(3);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ARGS });
const summary = [];
for (const workers of workersArg.split(',').map(Number)) {
  for (let page = 0; page < Number(pagesArg); page++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const p = await context.newPage();
    p.on('pageerror', (e) => console.error(`page error: ${e.message}`));
    await p.addInitScript(() => {
      window.tierlabTimeline = [];
      const now = () => performance.timeOrigin + performance.now();
      addEventListener('click', (e) => { if (e.target.closest?.('#run')) window.tierlabTimeline.push({ call: 'click', at: now() }); }, true);
      new MutationObserver(() => {
        window.tierlabTimeline.push({ call: 'shown', at: now() });
        requestAnimationFrame(() => setTimeout(() => window.tierlabTimeline.push({ call: 'painted', at: now() })));
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-runs'] });
    });
    await p.goto(new URL(`www/index.html?workers=${workers}#s=j${Buffer.from(json, 'utf8').toString('base64url')}`, base).toString());
    for (let run = 0; run < Number(runsArg); run++) {
      await p.waitForFunction(() => !document.querySelector('#run')?.disabled
        && !document.body.classList.contains('booting') && !document.body.classList.contains('is-running'), null, { timeout: 600000 });
      await new Promise((r) => setTimeout(r, 300));
      await p.evaluate(() => { window.tierlabTimeline.length = 0; });
      const before = await p.evaluate(() => Number(document.body.dataset.runs || 0));
      const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
      const s0 = snapshot();
      await p.click('#run');
      await p.waitForFunction((n) => Number(document.body.dataset.runs || 0) > n && !document.body.classList.contains('is-running'), before, { timeout: 600000, polling: 100 });
      const s1 = snapshot();
      await new Promise((r) => setTimeout(r, 200));
      const timeline = await p.evaluate(() => window.tierlabTimeline.slice());
      const digest = await p.getAttribute('#results', 'data-digest');
      const click = timeline.find((e) => e.call === 'click')?.at ?? timeline[0]?.asked;
      const t = (x) => f(x - click);
      const shown = timeline.find((e) => e.call === 'shown')?.at;
      const painted = timeline.find((e) => e.call === 'painted')?.at;
      console.log(`\n${workers} worker${workers > 1 ? 's' : ''}, page ${page + 1}, Run ${run + 1}: results shown ${t(shown)} s, painted ${t(painted)} s after the click `
        + `(load average ${load}; digest ${digest})`);
      const calls = timeline.filter((e) => e.ran);
      for (const e of timeline) {
        if (e.call === 'start' || e.call === 'ready') console.log(`  ${e.channel.padEnd(8)} ${e.call.padEnd(16)} ${t(e.at)}`);
        else if (e.ran) {
          console.log(`  ${e.channel.padEnd(8)} ${e.call.padEnd(16)} asked ${t(e.asked)}  ran ${t(e.ran[0])}–${t(e.ran[1])} (${f(e.ran[1] - e.ran[0])} s)  answered ${t(e.answered)}`);
        }
      }
      const a = account(s0, s1);
      const running = calls.filter((e) => e.call === 'run_blocks_part' || e.call === 'run');
      const lastPart = Math.max(...running.map((e) => e.answered));
      const finish = calls.find((e) => e.call === 'finish_run');
      const phases = {
        split: Math.min(...running.map((e) => e.ran[0])) - click,
        running: Math.max(...running.map((e) => e.ran[1])) - Math.min(...running.map((e) => e.ran[0])),
        finish: finish ? finish.answered - lastPart : 0,
        draw: shown - (finish ? finish.answered : lastPart),
        paint: painted - shown,
      };
      const cores = cpus().length;
      const serial = phases.draw + phases.paint;
      const others = workers >= cores ? Math.max(0, a.main + a.otherChromium - serial) / cores : 0;
      const alone = a.workers.reduce((sum, w) => sum + w.busy, 0) / Math.max(1, a.workers.length) + serial + others;
      console.log(`  phases: split ${f(phases.split)}, running ${f(phases.running)}, finish ${f(phases.finish)}, results drawn ${f(phases.draw)}, painted ${f(phases.paint)} s`);
      console.log(`  threads over ${f(a.ms)} s (click to results, as the harness saw it): `
        + a.workers.map((w, i) => `worker ${i + 1} busy ${f(w.busy)} waiting ${f(w.waiting)} idle ${f(w.idle)}`).join('; ')
        + `; page's main thread busy ${f(a.main)}; other Chromium threads ${f(a.otherChromium)}; other processes ${f(a.otherProcesses)} s`);
      console.log(`  without waiting for a core (estimate): ${f(alone)} s`);
      summary.push({ workers, run, shown: shown - click, painted: painted - click, alone, phases, a, load });
    }
    await context.close();
  }
}
await browser.close();

console.log('\nmedians (first Runs of a page / Runs after the first)');
const medians = {};
for (const workers of [...new Set(summary.map((s) => s.workers))]) {
  for (const [label, rows] of [['first', summary.filter((s) => s.workers === workers && s.run === 0)], ['again', summary.filter((s) => s.workers === workers && s.run > 0)]]) {
    if (!rows.length) continue;
    const m = (pick) => f(median(rows.map(pick)));
    medians[`${workers} ${label}`] = { painted: median(rows.map((r) => r.painted)), alone: median(rows.map((r) => r.alone)) };
    const worker = (pick) => f(median(rows.map((r) => r.a.workers.reduce((s, w) => s + pick(w), 0) / Math.max(1, r.a.workers.length))));
    console.log(`  ${workers} worker${workers > 1 ? 's' : ''}, ${label.padEnd(5)} (${rows.length}): shown ${m((r) => r.shown)} s; `
      + `split ${m((r) => r.phases.split)}, running ${m((r) => r.phases.running)}, finish ${m((r) => r.phases.finish)}, drawn ${m((r) => r.phases.draw)}, painted ${m((r) => r.phases.paint)}; `
      + `each worker busy ${worker((w) => w.busy)} waiting ${worker((w) => w.waiting)} idle ${worker((w) => w.idle)}; `
      + `main thread ${m((r) => r.a.main)}; other Chromium ${m((r) => r.a.otherChromium)}; other processes ${m((r) => r.a.otherProcesses)}; `
      + `load ${rows.map((r) => r.load.split(' ')[0]).join(', ')}; painted ${m((r) => r.painted)} s; without waiting ${m((r) => r.alone)} s`);
  }
}
const counts = [...new Set(summary.map((s) => s.workers))];
for (const workers of counts.filter((w) => w > 1 && counts.includes(1))) {
  for (const label of ['first', 'again']) {
    const [one, more] = [medians[`1 ${label}`], medians[`${workers} ${label}`]];
    if (!one || !more) continue;
    console.log(`  ${workers} workers against 1, ${label}: ${(one.painted / more.painted).toFixed(2)}× by the clock (click to painted), `
      + `${(one.alone / more.alone).toFixed(2)}× without waiting for a core (estimate)`);
  }
}
