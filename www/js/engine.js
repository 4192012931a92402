// The page's side of the workers. `runner` for whole simulations (run, "a member who
// almost reached…") with the run's pool beside it (run-pool.js: a Run split across
// workers), which Cancel terminates and replaces, and `helper` for quick calls (validate,
// presets, explain one member) so they answer during a run.
// A third, `fitter`, lives only while a transaction export is being fitted. Studies
// (studies.js) and the replication pool (worker-pool.js) open channels of their own.

import { Channel } from './channel.js';
import { lang } from './i18n.js';
import { RunPool, runWorkers } from './run-pool.js';

export class Engine {
  constructor(onFatal) {
    this.runner = new Channel('runner', onFatal);
    this.helper = new Channel('helper', onFatal);
    this.pool = new RunPool(this.runner, onFatal, runWorkers());
  }

  /** Resolves when the WASM is loaded (rejects if it cannot be). */
  get ready() { return this.helper.ready; }

  /** Runs a scenario on the run's pool of workers (see run-pool.js). */
  run(json, lang, onProgress) { return this.pool.run(json, lang, onProgress, runWorkers()); }
  almost(json, tier) { return this.runner.call('member_almost_reaching', [json, tier]); }
  get running() { return this.pool.busy; }
  /** Stops whatever the runner and the pool are doing: their promises reject with `cancelled`. */
  cancel() { this.pool.cancel(); }

  /** The scenario's problems, worded in `language` (the page's unless given). */
  validate(json, language = lang()) { return this.helper.call('validate', [json, language]); }
  presets() { return this.helper.call('presets', []); }
  presetJson(id) { return this.helper.call('preset_json', [id]); }
  /** The seeds' campaigns as JSON text. */
  campaignPresets() { return this.helper.call('campaign_presets_json', []); }
  /** One member's story: `member` as the planner typed it, `tier` the near miss asked about (or null). */
  explain(json, member, tier = null) { return this.helper.call('explain_member', [json, member, tier, lang()]); }
  /** How the scenario's members are numbered, in the page's language. */
  memberNumbers(json) { return this.helper.call('member_numbers', [json, lang()]); }

  /**
   * The scenario (an object) read by the core: { scenario: with every default written in,
   * or null when it does not read; problems: worded in the page's language }.
   */
  async normalize(scenario) {
    const read = await this.helper.call('normalize', [JSON.stringify(scenario), lang()]);
    return { scenario: typeof read?.scenario === 'string' ? JSON.parse(read.scenario) : null, problems: Array.isArray(read?.problems) ? read.problems : [] };
  }

  /** A segment's behaviour (an object) in both forms: { ok, value: { model, planner } }. */
  behaviourForms(behaviour) { return this.helper.call('behaviour_forms', [JSON.stringify(behaviour), lang()]); }

  /** The behaviour written in the other form: { ok, value: the behaviour } or { ok: false, problems }. */
  async switchForm(behaviour) {
    const outcome = await this.helper.call('switch_behaviour_form', [JSON.stringify(behaviour), lang()]);
    return outcome?.ok ? { ok: true, value: JSON.parse(outcome.value) } : { ok: false, problems: outcome?.problems || [] };
  }

  /**
   * Fits BG/NBD and Gamma-Gamma to a transaction export (CSV text) in a worker of its own,
   * so neither runs nor edits wait for it; the worker is ended afterwards to give back its
   * memory. Resolves { ok, problems (worded in the page's language), value: [fit,
   * behaviour] }; a newer fit or cancelFit() rejects it with `cancelled`. `onProgress`
   * gets (likelihood evaluations spent, the most the fit may spend, 'purchases' | 'spend').
   */
  fit(text, { cutoff = '', customer = '', date = '', amount = '' } = {}, onProgress = null) {
    this.cancelFit();
    const channel = new Channel('fitter', null);
    this.fitter = channel;
    const end = () => { channel.worker.terminate(); if (this.fitter === channel) this.fitter = null; };
    return channel.call('fit_transactions', [text, cutoff, customer, date, amount, lang()], onProgress).finally(end);
  }

  cancelFit() {
    this.fitter?.close();
    this.fitter = null;
  }
}
