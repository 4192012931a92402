// The page's side of the workers. Two workers: `runner` for whole simulations (run,
// "a member who almost reached…"), which Cancel terminates and replaces, and `helper`
// for quick calls (validate, presets, explain one member) so they answer during a run.
// A third, `fitter`, lives only while a transaction export is being fitted. Studies
// (studies.js) and the replication pool (worker-pool.js) open channels of their own.

import { WORKER_URL, WORKER_TYPE, WASM_URL } from './assets.js';
import { lang } from './i18n.js';

let compiling = null;
/** The WASM compiled once for every worker (null if that fails: each worker then loads it). */
function compiled() {
  compiling ||= (typeof WebAssembly.compileStreaming === 'function'
    ? WebAssembly.compileStreaming(fetch(WASM_URL))
    : fetch(WASM_URL).then((r) => r.arrayBuffer()).then((b) => WebAssembly.compile(b))
  ).catch(() => null);
  return compiling;
}

export class Channel {
  constructor(name, onFatal) {
    this.name = name;
    this.onFatal = onFatal;
    this.pending = new Map();
    this.seq = 0;
    this.spawn();
  }

  spawn() {
    const worker = new Worker(WORKER_URL, { type: WORKER_TYPE, name: `tierlab-${this.name}` });
    this.worker = worker;
    compiled().then((module) => worker.postMessage({ type: 'init', module }));
    this.ready = new Promise((resolve, reject) => { this.readyResolve = resolve; this.readyReject = reject; });
    this.ready.catch(() => {});
    this.worker.onmessage = (e) => this.receive(e.data || {});
    this.worker.onerror = (e) => {
      e.preventDefault?.();
      const error = new Error(e.message || 'the worker could not start');
      this.readyReject(error);
      this.failAll(error);
      this.onFatal?.(error);
    };
  }

  receive(msg) {
    if (msg.type === 'ready') { this.readyResolve(); return; }
    if (msg.type === 'fatal') {
      const error = new Error(msg.error);
      this.readyReject(error);
      this.failAll(error);
      this.onFatal?.(error);
      return;
    }
    const job = this.pending.get(msg.id);
    if (!job) return;
    if (msg.progress) { job.onProgress?.(...msg.progress); return; }
    this.pending.delete(msg.id);
    if (msg.ok) job.resolve(msg.value);
    else {
      // A trap inside the WASM may leave it unusable: start afresh for the next call.
      this.restart();
      job.reject(new Error(msg.error));
    }
  }

  failAll(error) {
    for (const job of this.pending.values()) job.reject(error);
    this.pending.clear();
  }

  call(type, args, onProgress) {
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress });
      this.worker.postMessage({ id, type, args });
    });
  }

  get busy() { return this.pending.size > 0; }

  /** Ends the worker for good: whatever it was doing rejects with `cancelled`. */
  close() {
    this.worker.terminate();
    this.failAll(Object.assign(new Error('cancelled'), { cancelled: true }));
  }

  restart(reason) {
    this.worker.terminate();
    const error = Object.assign(new Error(reason || 'restarted'), { cancelled: true });
    this.failAll(error);
    this.spawn();
  }
}

export class Engine {
  constructor(onFatal) {
    this.runner = new Channel('runner', onFatal);
    this.helper = new Channel('helper', onFatal);
  }

  /** Resolves when the WASM is loaded (rejects if it cannot be). */
  get ready() { return this.helper.ready; }

  run(json, lang, onProgress) { return this.runner.call('run', [json, lang], onProgress); }
  almost(json, tier) { return this.runner.call('member_almost_reaching', [json, tier]); }
  get running() { return this.runner.busy; }
  /** Stops whatever the runner is doing: its promises reject with `cancelled`. */
  cancel() { this.runner.restart('cancelled'); }

  /** The scenario's problems, worded in `language` (the page's unless given). */
  validate(json, language = lang()) { return this.helper.call('validate', [json, language]); }
  presets() { return this.helper.call('presets', []); }
  presetJson(id) { return this.helper.call('preset_json', [id]); }
  /** The seeds' campaigns as JSON text. */
  campaignPresets() { return this.helper.call('campaign_presets_json', []); }
  explain(json, member) { return this.helper.call('explain_member', [json, member]); }

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
