// Writes Tierlab as one self-contained HTML file (for wikis that accept only attachments):
//   node tests/bundle.mjs [OUT]        (default target/tierlab.html; run by `bash tests/tasks.sh bundle`)
// from www/index.html and the release WASM already in www/pkg. In the file:
//   - the style sheets, each as a <style> element;
//   - the page's ES modules rewritten into one module script: each module becomes a
//     function scope run in dependency order, its imports read from the modules before it
//     (a small rewriter for the import/export forms this code uses; anything else — cycles,
//     dynamic import(), `export let` — stops the build with a message);
//   - the worker (worker.js + the wasm-bindgen glue, bundled the same way, as a classic
//     script) as a data block, started from a blob: URL, and the WASM as base64 in a data block, compiled from a
//     blob: URL: js/assets.js is swapped for a module that makes those two URLs;
//   - the favicon as a data: URL.
// Its Content-Security-Policy allows the one inline script and the style blocks by their
// sha256 hashes (no 'unsafe-inline'), no eval beyond 'wasm-unsafe-eval', workers and
// fetches from blob: only, and nothing from the network. It opens from file:// as well.

import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WWW = path.join(ROOT, 'www');
const OUT = path.resolve(ROOT, process.argv[2] || 'target/tierlab.html');

const fail = (message) => { throw new Error(`bundle: ${message}`); };
const rel = (file) => path.relative(ROOT, file);
const read = (file) => {
  if (!existsSync(file)) fail(`${rel(file)} is missing${file.includes(`${path.sep}pkg${path.sep}`) ? ' (build the WASM first: bash tests/tasks.sh bundle does)' : ''}`);
  return readFileSync(file, 'utf8');
};

// ------------------------------------------------------------ module rewriting

const IDENT = /^[A-Za-z_$][\w$]*$/;

/** `{ a, b as c }` → [[imported, local], …] */
function namedList(text, file) {
  return text.split(',').map((x) => x.trim()).filter(Boolean).map((item) => {
    const m = /^([A-Za-z_$][\w$]*)(?:\s+as\s+([A-Za-z_$][\w$]*))?$/.exec(item);
    if (!m) fail(`cannot read "${item}" in ${rel(file)}`);
    return [m[1], m[2] || m[1]];
  });
}

/** An import clause (`d`, `d, { a }`, `{ a as b }`, `* as ns`) → statements reading `ns`. */
function importBindings(clause, ns, file) {
  const out = [];
  let rest = clause.trim();
  const def = /^([A-Za-z_$][\w$]*)\s*(,|$)/.exec(rest);
  if (def) {
    out.push(`const ${def[1]} = ${ns}.default;`);
    rest = rest.slice(def[0].length).trim();
  }
  if (rest.startsWith('*')) {
    const m = /^\*\s+as\s+([A-Za-z_$][\w$]*)$/.exec(rest);
    if (!m) fail(`cannot read "import ${clause}" in ${rel(file)}`);
    out.push(`const ${m[1]} = ${ns};`);
  } else if (rest.startsWith('{')) {
    if (!rest.endsWith('}')) fail(`cannot read "import ${clause}" in ${rel(file)}`);
    const names = namedList(rest.slice(1, -1), file);
    if (names.length) out.push(`const { ${names.map(([a, b]) => (a === b ? a : `${a}: ${b}`)).join(', ')} } = ${ns};`);
  } else if (rest) {
    fail(`cannot read "import ${clause}" in ${rel(file)}`);
  }
  return out;
}

/**
 * Reads the module graph from `entry` → the modules in dependency order, each
 * { file, body, exports: [[exported, local]], deps }. `replace` maps a file to other source.
 */
function graph(entry, replace = {}) {
  const modules = new Map();
  const order = [];
  const visiting = new Set();
  const visit = (file) => {
    if (modules.has(file)) return;
    if (visiting.has(file)) fail(`import cycle through ${rel(file)}`);
    visiting.add(file);
    let code = file in replace ? replace[file] : read(file);
    const deps = [];
    const prologue = [];
    if (/\bimport\s*\(/.test(code.replace(/\/\/.*$/gm, ''))) fail(`dynamic import() in ${rel(file)}`);
    const dep = (spec) => {
      if (!spec.startsWith('.')) fail(`bare import "${spec}" in ${rel(file)}`);
      const target = path.resolve(path.dirname(file), spec);
      deps.push(target);
      return target;
    };
    // import … from '…';   and   import '…';
    code = code.replace(/^import\s+([^'";]*?)\s+from\s+(['"])([^'"]+)\2\s*;?/gm, (m, clause, q, spec) => {
      prologue.push({ clause, target: dep(spec) });
      return '';
    });
    code = code.replace(/^import\s+(['"])([^'"]+)\1\s*;?/gm, (m, q, spec) => { dep(spec); return ''; });
    if (/^\s*import\s/m.test(code)) fail(`an import form the bundler does not read in ${rel(file)}`);
    const exports = [];
    // export { a, b as c } from '…';
    code = code.replace(/^export\s*\{([^}]*)\}\s*from\s*(['"])([^'"]+)\2\s*;?/gm, (m, list, q, spec) => {
      const target = dep(spec);
      const names = namedList(list, file);
      const local = names.map(([a]) => `__tierlab_reexport_${a}`);
      prologue.push({ clause: `{ ${names.map(([a], i) => `${a} as ${local[i]}`).join(', ')} }`, target });
      names.forEach(([, b], i) => exports.push([b, local[i]]));
      return '';
    });
    // export { a, b as c };
    code = code.replace(/^export\s*\{([^}]*)\}\s*;?/gm, (m, list) => {
      for (const [a, b] of namedList(list, file)) exports.push([b, a]);
      return '';
    });
    // export function / class / const …
    code = code.replace(/^export\s+((?:async\s+)?function\*?|class|const|let|var)\s+([A-Za-z_$][\w$]*)/gm, (m, kind, name) => {
      if (kind === 'let' || kind === 'var') fail(`"export ${kind} ${name}" in ${rel(file)}: live bindings are not bundled; export a function or const`);
      exports.push([name, name]);
      return `${kind} ${name}`;
    });
    // export default …
    code = code.replace(/^export\s+default\s+(?:((?:async\s+)?function\*?|class)\s+([A-Za-z_$][\w$]*))?/gm, (m, kind, name) => {
      if (name) { exports.push(['default', name]); return `${kind} ${name}`; }
      exports.push(['default', '__tierlab_default']);
      return 'const __tierlab_default = ';
    });
    if (/^\s*export\b/m.test(code)) fail(`an export form the bundler does not read in ${rel(file)}`);
    for (const [, local] of exports) if (!IDENT.test(local)) fail(`cannot export ${local} from ${rel(file)}`);
    for (const target of deps) visit(target);
    visiting.delete(file);
    modules.set(file, { file, code, prologue, exports, deps });
    order.push(file);
  };
  visit(path.resolve(entry));
  return order.map((f) => modules.get(f));
}

/**
 * The module graph from `entry` as the source of one script. In a module script (`wait`)
 * each module runs as an async function awaited in turn, so a module may await at its top
 * level (i18n.js awaits the page's words); a classic script's modules run as plain functions.
 */
function bundle(entry, replace = {}, { wait = false } = {}) {
  const list = graph(entry, replace);
  const ids = new Map(list.map((m, i) => [m.file, `__tierlab_m${i}`]));
  const parts = [];
  for (const m of list) {
    const imports = m.prologue.flatMap(({ clause, target }) => importBindings(clause, ids.get(target), m.file));
    const ret = m.exports.map(([name, local]) => `${JSON.stringify(name)}: ${local}`).join(', ');
    parts.push(`// ---- ${path.relative(WWW, m.file).split(path.sep).join('/')}\n` +
      `const ${ids.get(m.file)} = ${wait ? 'await (async ' : '('}() => {\n${imports.join('\n')}\n${m.code.trim()}\nreturn Object.freeze({ ${ret} });\n})();\n`);
  }
  return parts.join('\n');
}

// ------------------------------------------------------------------ the page

/** Text safe inside <script>…</script> (or <style>): no closing tag, no comment opener. */
function inlineSafe(text, what) {
  let out = text.replace(/<\/(script|style)/gi, '<\\/$1');
  if (/<!--/.test(out)) fail(`"<!--" in ${what} cannot be inlined`);
  return out;
}

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const MIME = { '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.webp': 'image/webp' };
function dataUrl(file) {
  const type = MIME[path.extname(file).toLowerCase()];
  if (!type) fail(`no data: URL type for ${rel(file)}`);
  return `data:${type};base64,${readFileSync(file).toString('base64')}`;
}

const ASSETS = `// The single-file page's assets module (tests/bundle.mjs): the worker and the WASM come
// from data blocks in the page, through blob: URLs.
const block = (id) => document.getElementById(id).textContent;
function bytesOf(base64) {
  const bin = atob(base64.replace(/\\s+/g, ''));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
export const WORKER_URL = URL.createObjectURL(new Blob([block('tierlab-worker')], { type: 'text/javascript' }));
export const WORKER_TYPE = 'classic';
export const WASM_URL = URL.createObjectURL(new Blob([bytesOf(block('tierlab-wasm'))], { type: 'application/wasm' }));
`;

function build() {
  let html = read(path.join(WWW, 'index.html'));
  const wasm = readFileSync(path.join(WWW, 'pkg', 'tierlab_bg.wasm'));
  if (!existsSync(path.join(WWW, 'pkg', 'tierlab.js'))) fail('www/pkg/tierlab.js is missing (build the WASM first)');

  // Scripts: the one module entry, bundled; preloads dropped; nothing else expected.
  let entry = null;
  html = html.replace(/\s*<link\s+rel="modulepreload"[^>]*>/g, '');
  html = html.replace(/\s*<link\s+rel="preload"\s+href="pkg\/tierlab_bg\.wasm"[^>]*>/g, '');
  html = html.replace(/\s*<!-- Every module the page imports[^>]*-->/g, '');
  html = html.replace(/<script\s+type="module"\s+src="([^"]+)"\s*><\/script>/g, (m, src) => {
    if (entry) fail('more than one module script in index.html');
    entry = path.join(WWW, src);
    return '<!--TIERLAB-MAIN-->';
  });
  if (!entry) fail('no <script type="module" src=…> in index.html');
  if (/<script\b/i.test(html)) fail('index.html has a script the bundler does not know');
  const main = inlineSafe(bundle(entry, { [path.join(WWW, 'js', 'assets.js')]: ASSETS }, { wait: true }), 'the page script');
  // The worker runs as a classic script: Chromium starts no module worker from a blob: URL
  // in a file:// page. Its one module-only expression, the glue's default WASM location
  // (unused: the page hands the worker a compiled module), becomes the worker's own URL.
  const workerModule = bundle(path.join(WWW, 'js', 'worker.js'));
  const workerClassic = `'use strict';\n${workerModule.replace(/\bimport\.meta\.url\b/g, 'self.location.href')}`;
  if (/\bimport\.meta\b/.test(workerClassic)) fail('the worker uses import.meta beyond import.meta.url');
  const worker = inlineSafe(workerClassic, 'the worker script');

  // Style sheets → <style> blocks (hashed).
  const styleHashes = [];
  html = html.replace(/<link\s+rel="stylesheet"\s+href="([^"]+)"\s*>/g, (m, href) => {
    const css = inlineSafe(read(path.join(WWW, href)), href);
    if (/url\(|@import/.test(css)) fail(`${href} refers to other files`);
    const text = `\n/* ${href} */\n${css}`;
    styleHashes.push(sha256(text));
    return `<style>${text}</style>`;
  });

  // Other local files (the favicon) → data: URLs.
  html = html.replace(/\b(src|href)="([^"#:?][^"]*)"/g, (m, attr, ref) => {
    if (ref === './' || ref.endsWith('/')) return m;
    const file = path.join(WWW, ref);
    if (!existsSync(file)) fail(`index.html refers to ${ref}, which is not in www/`);
    return `${attr}="${dataUrl(file)}"`;
  });

  const csp = [
    "default-src 'none'",
    `script-src ${sha256(main)} 'wasm-unsafe-eval'`,
    'worker-src blob:',
    'connect-src blob:',
    `style-src ${styleHashes.join(' ')}`,
    'img-src blob: data:',
    'font-src data:',
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  let replaced = 0;
  html = html.replace(/(<meta\s+http-equiv="Content-Security-Policy"\s+content=")[^"]*(")/, (m, a, b) => { replaced++; return `${a}${csp}${b}`; });
  if (!replaced) fail('index.html has no Content-Security-Policy meta tag to replace');

  html = html.replace('<!--TIERLAB-MAIN-->', () => `<script type="module">${main}</script>`);
  const blocks = `\n  <script type="text/plain" id="tierlab-worker">${worker}</script>\n` +
    `  <script type="application/octet-stream" id="tierlab-wasm">${wasm.toString('base64')}</script>\n`;
  if (!/<\/body>/.test(html)) fail('index.html has no </body>');
  html = html.replace(/<\/body>/, () => `${blocks}</body>`);
  html = html.replace(/<html([^>]*)>/, '<html$1>\n<!-- Tierlab, single-file build (tests/bundle.mjs). Open it in a browser; nothing is fetched from the network. -->');

  mkdirSync(path.dirname(OUT), { recursive: true });
  writeFileSync(OUT, html);
  console.log(`wrote ${rel(OUT)} (${(Buffer.byteLength(html) / 1024 / 1024).toFixed(2)} MB: WASM ${(wasm.length / 1024).toFixed(0)} KB, page script ${(main.length / 1024).toFixed(0)} KB, worker ${(worker.length / 1024).toFixed(0)} KB)`);
}

try {
  build();
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
