// The page's side of the studies (issue 6): compare, replications, sweep, tornado,
// goal-seek and the threshold designer, each one call into the WASM in a worker of its own
// (`study`), so neither a run nor an edit waits for it and Cancel ends only the study.
// Replications spread their runs over a WorkerPool and are combined in the study worker.
// Every call resolves the WASM's envelope { ok, problems, value }; a cancelled one rejects
// with `cancelled`. Not for: drawing anything (compare-view.js, uncertainty.js, …).

import { Channel } from './channel.js';
import { WorkerPool, poolSize } from './worker-pool.js';

export class Studies {
  constructor() {
    this.channel = null;
    this.pool = null;
  }

  /** One study call in the study worker (started on first use). */
  call(type, args) {
    this.channel ||= new Channel('study', null);
    return this.channel.call(type, args);
  }

  /** Ends whatever the study worker is doing (the next call starts a fresh one). */
  cancel() {
    this.channel?.close();
    this.channel = null;
  }

  /** Workers a replication would use on this machine. */
  get poolSize() { return poolSize(); }

  /**
   * Runs every scenario (JSON texts, A first) under A's `runs` replication seeds, spread
   * over a pool of workers, then combines the runs. `onStart(poolSize, totalRuns)` once the
   * seeds are known, `onProgress(done, total, workersUsed)` after each run. Resolves the
   * envelope of combine_replications with `runs` (each scenario's run summaries, to combine
   * again), or of the first run that failed with `scenario` (its index) added.
   */
  async replicate(scenarios, runs, lang, { onStart, onProgress } = {}) {
    const seeds = await this.call('replication_seeds', [scenarios[0], runs, lang]);
    if (!seeds?.ok || !Array.isArray(seeds.value)) return { ok: false, problems: seeds?.problems || [], scenario: 0 };
    const n = seeds.value.length;
    const pool = new WorkerPool();
    this.pool = pool;
    try {
      const jobs = scenarios.flatMap((json) => seeds.value.map((seed) => ['run_summary', [json, seed, lang]]));
      onStart?.(pool.size, jobs.length);
      const answers = await pool.map(jobs, onProgress);
      const failed = answers.findIndex((a) => !a?.ok);
      if (failed >= 0) return { ok: false, problems: answers[failed]?.problems || [], scenario: Math.floor(failed / n) };
      const byScenario = scenarios.map((_, i) => answers.slice(i * n, (i + 1) * n).map((a) => a.value));
      return { ...await this.call('combine_replications', [JSON.stringify(byScenario), lang]), runs: byScenario };
    } finally {
      pool.terminate();
      if (this.pool === pool) this.pool = null;
    }
  }

  /** Stops a replication: the pool is ended and replicate() rejects with `cancelled`. */
  cancelReplication() {
    this.pool?.terminate();
    this.pool = null;
    this.cancel();
  }
}
