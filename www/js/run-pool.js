// A Run split across workers. The WASM cuts the run into fixed blocks of members
// (run_blocks); the blocks are dealt out in chunks, in block order, to whichever worker is
// free, each chunk a share of the blocks still to deal (large first, single blocks at the
// end, so the workers finish together); each worker hands back its part as text
// (run_blocks_part), and the first worker adds the parts up into the run's report
// (finish_run). The report is the same bytes whatever the number of workers: the parts are
// sums of whole numbers. A run of one block (a campaign with a budget serves members in id
// order) or a pool of one runs whole on the first worker. Progress is the planned members
// done over all parts, passed on a few times a second. Not for: studies (worker-pool.js,
// studies.js).

import { Channel } from './channel.js';
import { poolSize } from './worker-pool.js';

/** A chunk is this share of the blocks still to deal, over the workers: the first chunks are
 *  large (a part costs a few milliseconds to hand over), the last single blocks, so no
 *  worker is left with a long chunk while the others wait. */
const CHUNK_OF_REMAINING = 1 / 2;

/** Progress is passed on at most this often. Every report drawn repaints the run bar (about
 *  10 ms of the page's thread in headless Chromium); the workers report every 40 ms each,
 *  and drawing all of that took a core's third away from the workers. */
export const PROGRESS_EVERY_MS = 250;

/** `onProgress` called at most every PROGRESS_EVERY_MS (the first report at once). */
function paced(onProgress) {
  let last = -Infinity;
  return (...report) => {
    const now = performance.now();
    if (now - last < PROGRESS_EVERY_MS) return;
    last = now;
    onProgress?.(...report);
  };
}

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
    const report = paced(onProgress);
    const split = await first.call('run_blocks', [json, lang]);
    if (!split?.ok) return split;
    const { blocks, planned_members: planned } = split.value;
    const n = Math.max(1, Math.min(workers, blocks));
    if (n === 1) return { ...(await first.call('run', [json, lang], report)), workers: 1 };
    this.grow(n);
    const parts = [];
    const done = [];
    let next = 0;
    let refused = null;
    const lane = async (channel) => {
      while (next < blocks && !refused) {
        const from = next;
        next = Math.min(blocks, from + Math.max(1, Math.ceil(((blocks - from) * CHUNK_OF_REMAINING) / n)));
        const k = parts.push(null) - 1;
        done.push(0);
        const part = await channel.call('run_blocks_part', [json, from, next, lang], (members, _, month, referred) => {
          done[k] = members;
          report(done.reduce((a, b) => a + b, 0), planned, month, referred);
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
