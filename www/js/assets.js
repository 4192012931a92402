// Where the page's workers and the WASM come from. Served from `www/`, they are files
// beside this module. The single-file page (tests/bundle.mjs → target/tierlab.html)
// replaces this module with one that serves both from blob: URLs made from the page itself.

export const WORKER_URL = new URL('./worker.js', import.meta.url);
/** 'module' here; the single file's worker is a classic script (Chromium starts no module worker from a blob: URL in a file:// page). */
export const WORKER_TYPE = 'module';
export const WASM_URL = new URL('../pkg/tierlab_bg.wasm', import.meta.url);
