// One module Web Worker holding the WASM, and the calls made to it: each call is a promise
// answered in the order the worker finishes them, with progress on the way. The page
// compiles the WASM once and hands every worker the module. Where the page has a
// `tierlabTimeline` array (a benchmark puts one there: tests/bench/pool-phases.mjs), each
// worker started and ready and each call answered is written to it, with when it was asked,
// ran and was answered. Not for: which worker does what (engine.js, worker-pool.js,
// run-pool.js, studies.js).

import { WORKER_URL, WORKER_TYPE } from './assets.js';
import { compiledWasm as compiled } from './wasm.js';

/** Now, in ms since the epoch: comparable with the workers' clocks (worker.js's `took`). */
const now = () => performance.timeOrigin + performance.now();
/** Writes `entry` to the page's timeline, if it has one. */
const note = (entry) => { if (Array.isArray(globalThis.tierlabTimeline)) globalThis.tierlabTimeline.push(entry); };

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
    note({ channel: this.name, call: 'start', at: now() });
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
    if (msg.type === 'ready') { note({ channel: this.name, call: 'ready', at: now() }); this.readyResolve(); return; }
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
    note({ channel: this.name, call: job.type, asked: job.asked, ran: msg.took, answered: now() });
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
      this.pending.set(id, { resolve, reject, onProgress, type, asked: now() });
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
