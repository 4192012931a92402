// The WASM compiled once, for the page's words (i18n.js) and for every worker (channel.js):
// the preloaded file is fetched and compiled a single time. Not for: running anything.

import { WASM_URL } from './assets.js';

let compiling = null;
/** The compiled WebAssembly.Module (null if that fails: each worker then loads it itself). */
export function compiledWasm() {
  compiling ||= (typeof WebAssembly.compileStreaming === 'function'
    ? WebAssembly.compileStreaming(fetch(WASM_URL))
    : fetch(WASM_URL).then((r) => r.arrayBuffer()).then((b) => WebAssembly.compile(b))
  ).catch(() => null);
  return compiling;
}
