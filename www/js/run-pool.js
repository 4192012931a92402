// A Run split across workers. The WASM cuts the run into fixed blocks of members
// (run_blocks); the blocks are dealt out in chunks, in block order, to whichever worker is
// free (at least eight chunks a worker, so the workers' shares come out even); each worker
// hands back its part as text (run_blocks_part), and the first worker adds the parts up
// into the run's report (finish_run). The report is the same bytes whatever the number of
// workers: the parts are sums of whole numbers. A run of one block (a campaign with a
// budget serves members in id order) or a pool of one runs whole on the first worker.
// Progress is the planned members done over all parts. Not for: studies (worker-pool.js,
// studies.js).

import { Channel } from './channel.js';
import { poolSize } from './worker-pool.js';

/** Chunks of blocks per worker, at least: small chunks even out the workers' shares (a part
 *  costs a few milliseconds to hand over, a block of 4,096 members far more to run). */
const CHUNKS_PER_WORKER = 8;

/** Workers for a Run: `?workers=N` in the page's address (tests, comparisons), else one per core. */
export function runWorkers() {
  const asked = Number(new URLSearchParams(globalThis.location?.search || '').get('workers'));
  return Number.isInteger(asked) && asked >= 1 ? Math.min(asked, 16) : poolSize();
}

export class RunPool {
  /**
   * `first`: the channel that runs whole runs and adds the parts up. The others start with
   * the pool (`workers` in all), so the first Run, the example's on load, finds them ready:
   * a worker started for it cost a third of a second before it took its first blocks.
   */
  constructor(first, onFatal, workers = 1) {
    this.channels = [first];
    this.onFatal = onFatal;
    this.grow(workers);
  }

  /** Starts workers until the pool has `n`. */
  grow(n) {
    while (this.channels.length < n) this.channels.push(new Channel(`run-${this.channels.length + 1}`, this.onFatal));
  }

  get busy() { return this.channels.some((c) => c.busy); }

  /** Resolves run's outcome ({ ok, problems, value }) with `workers`: how many workers ran it. */
  async run(json, lang, onProgress, workers) {
    const [first] = this.channels;
    const split = await first.call('run_blocks', [json, lang]);
    if (!split?.ok) return split;
    const { blocks, planned_members: planned } = split.value;
    const n = Math.max(1, Math.min(workers, blocks));
    if (n === 1) return { ...(await first.call('run', [json, lang], onProgress)), workers: 1 };
    this.grow(n);
    const size = Math.max(1, Math.floor(blocks / (n * CHUNKS_PER_WORKER)));
    const chunks = [];
    for (let from = 0; from < blocks; from += size) chunks.push([from, Math.min(blocks, from + size)]);
    const done = chunks.map(() => 0);
    const parts = chunks.map(() => null);
    let next = 0;
    let refused = null;
    const lane = async (channel) => {
      while (next < chunks.length && !refused) {
        const k = next++;
        const [from, to] = chunks[k];
        const part = await channel.call('run_blocks_part', [json, from, to, lang], (members, _, month, referred) => {
          done[k] = members;
          onProgress?.(done.reduce((a, b) => a + b, 0), planned, month, referred);
        });
        if (!part?.ok) refused = part;
        else parts[k] = part.value;
      }
    };
    await Promise.all(this.channels.slice(0, n).map(lane));
    if (refused) return refused;
    return { ...(await first.call('finish_run', [json, `[${parts.join(',')}]`, lang])), workers: n };
  }

  /** Stops every worker of the run; what they were doing rejects with `cancelled`. */
  cancel() {
    for (const channel of this.channels) channel.restart('cancelled');
  }
}
