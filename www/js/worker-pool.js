// A pool of workers for replications: one per core the browser reports (at least one, at
// most MAX_POOL), each handed the WASM the page compiled once. Jobs go one at a time to
// whichever worker is free, so a slow run holds up no other; answers come back in job
// order, so the result is the same whatever the number of workers. terminate() ends every
// worker at once (Cancel). Not for: single runs (engine.js) or combining runs (studies.js).

import { Channel } from './channel.js';

/** More workers than this buy nothing on a laptop and cost memory (one WASM heap each). */
const MAX_POOL = 8;

/** Workers for a pool on this machine: navigator.hardwareConcurrency, within 1 and MAX_POOL. */
export function poolSize() {
  const cores = Math.floor(Number(globalThis.navigator?.hardwareConcurrency) || 1);
  return Math.max(1, Math.min(MAX_POOL, cores));
}

export class WorkerPool {
  constructor(size = poolSize()) {
    this.channels = Array.from({ length: size }, (_, i) => new Channel(`pool-${i + 1}`, null));
  }

  get size() { return this.channels.length; }

  /**
   * Runs every job ([type, args]) and resolves their answers in job order. After each one,
   * onDone(done, total, workersUsed). Rejects on the first failure (or on terminate()).
   */
  async map(jobs, onDone) {
    const answers = new Array(jobs.length);
    const used = new Set();
    let next = 0;
    let done = 0;
    const lane = async (channel, index) => {
      while (next < jobs.length) {
        const job = next++;
        const [type, args] = jobs[job];
        answers[job] = await channel.call(type, args);
        used.add(index);
        done += 1;
        onDone?.(done, jobs.length, used.size);
      }
    };
    await Promise.all(this.channels.map(lane));
    return answers;
  }

  /** Ends every worker; what is still running rejects with `cancelled`. */
  terminate() {
    for (const channel of this.channels) channel.close();
  }
}
