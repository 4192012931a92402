// The module Web Worker that holds the WASM: runs, charts, validation, presets and
// "explain a member" all happen here, so the page never freezes. One request at a time:
//   in:  { id, type, args }
//   first: { type: 'init', module } (a compiled WebAssembly.Module, or null)
//   out: { id, progress: [done, total, join month reached, referred] } while running, then { id, ok: true, value, took }
//        or { id, ok: false, error }; { type: 'ready' } or { type: 'fatal', error } once.
//        `took`: [started, ended], when the call ran (ms since the epoch, performance.timeOrigin
//        based, comparable across workers; channel.js's timeline, tests/bench/pool-phases.mjs).
// A panic or trap in the WASM is answered as an error; the page then replaces the worker.
// The same worker serves the study calls (studies.js) and each worker of the replication
// pool (worker-pool.js): they differ only in which requests the page sends them.

import init, { run, validate, presets, preset_json, explain_member, member_numbers, member_almost_reaching, campaign_presets_json, fit_transactions } from '../pkg/tierlab.js';
import { normalize, behaviour_forms, switch_behaviour_form, apply_ladder } from '../pkg/tierlab.js';
import { run_blocks, run_blocks_part, finish_run } from '../pkg/tierlab.js';
import { run_summary, replication_seeds, compare_scenarios, combine_replications, sweep_parameter, tornado_chart, seek_tier_thresholds, seek_liability, design_ladder, kpi_names } from '../pkg/tierlab.js';

// The page compiles the WASM once and hands every worker the module (a restarted worker
// then starts at once); without it, the worker fetches and compiles the file itself.
let start;
const ready = new Promise((resolve) => { start = resolve; }).then((module) => init(module ? { module_or_path: module } : undefined)).then(
  () => postMessage({ type: 'ready' }),
  (e) => { postMessage({ type: 'fatal', error: String((e && e.message) || e) }); throw e; },
);
ready.catch(() => {});

const CALLS = {
  run(id, [json, lang]) {
    let last = 0;
    return run(json, lang, (done, total, month, referred) => {
      const now = performance.now();
      if (now - last > 40 || done >= total) {
        last = now;
        postMessage({ id, progress: [done, total, month, referred] });
      }
    });
  },
  // A Run split across the pool (run-pool.js): how it splits, one part, the parts added up.
  run_blocks: (id, [json, lang]) => run_blocks(String(json), String(lang ?? 'en')),
  run_blocks_part(id, [json, from, to, lang]) {
    let last = 0;
    return run_blocks_part(String(json), Number(from), Number(to), String(lang ?? 'en'), (done, total, month, referred) => {
      const now = performance.now();
      if (now - last > 40 || done >= total) {
        last = now;
        postMessage({ id, progress: [done, total, month, referred] });
      }
    });
  },
  finish_run: (id, [json, parts, lang]) => finish_run(String(json), String(parts), String(lang ?? 'en')),
  validate: (id, [json, lang]) => validate(json, String(lang ?? 'en')),
  presets: () => presets(),
  preset_json: (id, [presetId]) => preset_json(presetId) ?? null,
  campaign_presets_json: () => campaign_presets_json(),
  // "Explain a member": the number as typed, the tier asked about (or null), the language.
  explain_member: (id, [json, member, tier, lang]) => explain_member(String(json), String(member ?? ''), Number.isInteger(tier) && tier >= 0 ? tier : undefined, String(lang ?? 'en')),
  member_numbers: (id, [json, lang]) => member_numbers(String(json), String(lang ?? 'en')),
  // The editor's calls (src/web/editing.rs): defaults, behaviour forms, a designed ladder.
  normalize: (id, [json, lang]) => normalize(String(json), String(lang ?? 'en')),
  behaviour_forms: (id, [json, lang]) => behaviour_forms(String(json), String(lang ?? 'en')),
  switch_behaviour_form: (id, [json, lang]) => switch_behaviour_form(String(json), String(lang ?? 'en')),
  apply_ladder: (id, [json, thresholds, lang]) => apply_ladder(String(json), String(thresholds), String(lang ?? 'en')),
  member_almost_reaching: (id, [json, tier]) => member_almost_reaching(json, tier),
  // A transaction export (CSV text) → { ok, problems, value: [fit, behaviour, charts by
  // language] }, with { id, progress: [evaluations spent, most the fit may spend,
  // 'purchases' | 'spend'] } on the way. The page shows the first skipped rows and their count: a million of them need
  // not cross over.
  fit_transactions(id, [text, cutoff, customer, date, amount, lang]) {
    let last = 0;
    const outcome = fit_transactions(String(text), String(cutoff ?? ''), String(customer ?? ''), String(date ?? ''), String(amount ?? ''), String(lang ?? 'en'), (done, total, stage) => {
      const now = performance.now();
      if (now - last > 40) {
        last = now;
        postMessage({ id, progress: [done, total, stage] });
      }
    });
    const fit = outcome?.value?.[0];
    if (fit && Array.isArray(fit.rows_skipped)) {
      fit.rows_skipped_count = fit.rows_skipped.length;
      fit.rows_skipped = fit.rows_skipped.slice(0, 100);
    }
    return outcome;
  },
  // Studies (issue 6); the argument types are documented in src/web/study.rs.
  run_summary: (id, [json, seed, lang]) => run_summary(String(json), Number(seed), String(lang)),
  replication_seeds: (id, [json, runs, lang]) => replication_seeds(String(json), Number(runs), String(lang)),
  compare_scenarios: (id, [json, lang]) => compare_scenarios(String(json), String(lang)),
  combine_replications: (id, [json, lang]) => combine_replications(String(json), String(lang)),
  sweep_parameter: (id, [json, path, from, to, steps, label, lang]) => sweep_parameter(String(json), String(path), Number(from), Number(to), Number(steps), String(label ?? ''), String(lang)),
  tornado_chart: (id, [json, kpi, change, lang]) => tornado_chart(String(json), String(kpi), Number(change), String(lang)),
  seek_tier_thresholds: (id, [json, month, shares, lang]) => seek_tier_thresholds(String(json), Number(month), String(shares), String(lang)),
  seek_liability: (id, [json, lever, ceiling, lang]) => seek_liability(String(json), String(lever), Number(ceiling), String(lang)),
  design_ladder: (id, [json, lang]) => design_ladder(String(json), String(lang)),
  kpi_names: (id, [tiers]) => kpi_names(Number.isInteger(tiers) && tiers >= 0 ? tiers : undefined),
};

self.onmessage = async (event) => {
  const { id, type, args, module } = event.data || {};
  if (type === 'init') { start(module instanceof WebAssembly.Module ? module : null); return; }
  try {
    await ready;
    const call = Object.hasOwn(CALLS, type) ? CALLS[type] : null;
    if (!call) throw new Error(`unknown request ${type}`);
    const started = performance.timeOrigin + performance.now();
    const value = call(id, Array.isArray(args) ? args : []);
    postMessage({ id, ok: true, value, took: [started, performance.timeOrigin + performance.now()] });
  } catch (e) {
    postMessage({ id, ok: false, error: String((e && e.message) || e) });
  }
};
