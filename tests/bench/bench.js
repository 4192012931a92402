// The browser half of the benchmark, inside the page: runs a scenario through the release
// WASM's `run` (what the page's Run button calls: every pass, the charts, the digest) and
// times it with performance.now(). Served from the repository root next to www/pkg.

import init, { run } from '../../www/pkg/tierlab.js';

const wasm = await init();

/** Runs `scenarioJson` once; returns the time in ms, the digest and the WASM heap. */
window.benchRun = (scenarioJson) => {
  const heapBefore = wasm.memory.buffer.byteLength;
  const start = performance.now();
  const out = run(scenarioJson, 'en', null);
  const ms = performance.now() - start;
  return {
    ms,
    ok: out.ok,
    digest: out.ok ? out.value.digest : JSON.stringify(out.problems),
    heapBefore,
    heapAfter: wasm.memory.buffer.byteLength,
  };
};

window.benchReady = true;
