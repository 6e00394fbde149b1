#!/usr/bin/env node
// Usage: node scripts/check-size.mjs [DIST_DIR] [--json]        (DIST_DIR defaults to dist)
//
// Checks LegCheck's first-load budget: the JS + CSS that DIST_DIR/index.html loads before the
// app can start, gzipped at level 9, must total at most 125 KiB = 125 * 1024 = 128000 bytes.
// Builds nothing: run it after `vite build` (npm run size does both).
//
// Counted: <script src> (module or classic), <link rel="modulepreload">, <link rel="stylesheet">,
// inline <script>/<style> bodies, and every static `import`/`export ... from` inside those JS
// files, followed recursively. Not counted: dynamic import() chunks (lazy screens), images,
// the service worker, index.html itself (reported for information). A third-party URL is
// reported and fails the check: LegCheck loads nothing from another origin.
//
// Prints one line per file and the totals; --json prints one JSON object instead.
// Exit: 0 within budget, 1 over budget or a third-party resource, 2 usage error or a file missing.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const BUDGET_BYTES = 125 * 1024;

const args = process.argv.slice(2);
const json = args.includes('--json');
const unknown = args.filter((a) => a.startsWith('--') && a !== '--json');
const dirs = args.filter((a) => !a.startsWith('--'));
if (unknown.length || dirs.length > 1) {
  console.error('usage: node scripts/check-size.mjs [DIST_DIR] [--json]');
  process.exit(2);
}
const dist = path.resolve(dirs[0] ?? 'dist');
const indexFile = path.join(dist, 'index.html');
if (!fs.existsSync(indexFile)) {
  console.error(`check-size: ${indexFile} not found (run vite build first)`);
  process.exit(2);
}

const gzipBytes = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
const isThirdParty = (url) => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url);

/** Attributes of one start tag, lower-cased names; valueless attributes map to ''. */
function attributesOf(tag) {
  const found = {};
  const inner = tag.replace(/^<[a-z]+/i, '').replace(/\/?>$/, '');
  const re = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const m of inner.matchAll(re)) found[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  return found;
}

/** A URL from index.html or an import specifier, as a file inside dist (or null). */
function fileFor(url, fromFile) {
  const clean = decodeURIComponent(url.split(/[?#]/)[0]);
  const file = clean.startsWith('/')
    ? path.join(dist, clean)
    : path.resolve(path.dirname(fromFile), clean);
  if (!file.startsWith(dist + path.sep)) return null;
  return fs.existsSync(file) && fs.statSync(file).isFile() ? file : null;
}

// Static imports only: `import"./a.js"`, `import{x as y}from"./a.js"`, `import x from './a.js'`,
// `export*from"./a.js"`, `export{x}from"./a.js"`. A dynamic `import("./a.js")` does not match:
// the keyword is followed by "(" rather than a specifier or an import clause.
const STATIC_IMPORT =
  /(?<![\w$.])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']((?:\.{1,2})?\/[^"'\s]+?\.m?js)["']/g;

const files = [];
const thirdParty = [];
const missing = [];
const seen = new Set();

function addFile(kind, url, fromFile) {
  if (isThirdParty(url)) {
    thirdParty.push({ kind, url });
    return;
  }
  const file = fileFor(url, fromFile);
  if (!file) {
    missing.push({ kind, url });
    return;
  }
  if (seen.has(file)) return;
  seen.add(file);
  const buf = fs.readFileSync(file);
  const type = file.endsWith('.css') ? 'css' : 'js';
  files.push({
    kind,
    type,
    file: path.relative(dist, file).split(path.sep).join('/'),
    raw: buf.length,
    gzip: gzipBytes(buf),
  });
  if (type === 'js') {
    for (const m of buf.toString('utf8').matchAll(STATIC_IMPORT))
      addFile('static-import', m[1], file);
  }
}

function addInline(kind, type, body) {
  if (!body.trim()) return;
  const buf = Buffer.from(body);
  files.push({ kind, type, file: '(inline)', raw: buf.length, gzip: gzipBytes(buf) });
}

const html = fs.readFileSync(indexFile, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
for (const m of html.matchAll(/<(script|style|link)\b[^>]*>/gi)) {
  const name = m[1].toLowerCase();
  const attrs = attributesOf(m[0]);
  const bodyStart = m.index + m[0].length;
  const body = () => {
    const end = html.indexOf(`</${name}`, bodyStart);
    return html.slice(bodyStart, end === -1 ? undefined : end);
  };
  if (name === 'script') {
    const type = (attrs.type ?? '').toLowerCase();
    // JSON, import maps and templates are data, not code that runs.
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue;
    if (attrs.src) addFile(type === 'module' ? 'module-script' : 'script', attrs.src, indexFile);
    else addInline('inline-script', 'js', body());
  } else if (name === 'style') {
    addInline('inline-style', 'css', body());
  } else if (attrs.href) {
    const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('modulepreload')) addFile('modulepreload', attrs.href, indexFile);
    else if (rel.includes('stylesheet')) addFile('stylesheet', attrs.href, indexFile);
  }
}

const sum = (type) => files.filter((f) => !type || f.type === type).reduce((s, f) => s + f.gzip, 0);
const total = { js: sum('js'), css: sum('css'), gzip: sum() };
const withinBudget = total.gzip <= BUDGET_BYTES;
const ok = withinBudget && thirdParty.length === 0 && missing.length === 0;
const exitCode = missing.length ? 2 : ok ? 0 : 1;
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

if (json) {
  console.log(
    JSON.stringify({ dist, budget: BUDGET_BYTES, files, thirdParty, missing, total, ok }),
  );
} else {
  for (const f of files) {
    console.log(
      `${f.kind.padEnd(14)} raw ${String(f.raw).padStart(8)}  gzip ${String(f.gzip).padStart(7)}  ${f.file}`,
    );
  }
  const page = Buffer.from(fs.readFileSync(indexFile));
  console.log(
    `${'index.html'.padEnd(14)} raw ${String(page.length).padStart(8)}  gzip ${String(gzipBytes(page)).padStart(7)}  (information, not in the total)`,
  );
  for (const t of thirdParty) console.log(`THIRD-PARTY ${t.kind} ${t.url}: not allowed`);
  for (const m of missing) console.log(`MISSING ${m.kind} ${m.url}: not found under ${dist}`);
  console.log(`initial JS gzip ${total.js} B, CSS gzip ${total.css} B (${files.length} files)`);
  console.log(
    `initial gzip total ${total.gzip} B (${kib(total.gzip)}) of budget ${BUDGET_BYTES} B (${kib(BUDGET_BYTES)}): ${withinBudget ? 'within budget' : 'OVER BUDGET'}`,
  );
}
process.exit(exitCode);
