#!/usr/bin/env node
// Usage: node scripts/serve-dist.mjs [DIST_DIR] [PORT] [HOST]     (defaults: dist 4173 127.0.0.1)
//
// A small static server for the built app, close to what a production host does: gzip or
// brotli for text, long immutable caching for the hashed /assets/*, no-cache for everything
// else (index.html, sw.js, the manifest), index.html (the prerendered start page) for '/' and
// app.html for any other path without a file extension (/step/timing, /results/, /history/a%2Fb,
// even /% with its malformed escape), so deep links work on a first visit and the app itself
// answers any address it does not know.
// It also sends the headers a meta tag cannot carry: frame-ancestors and nosniff.
// Used by scripts/lighthouse-bench.mjs; needs nothing beyond node.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|manifest\+json)|image\/svg)/;
// A last segment with a literal dot and an extension is a file (/sw.js, /assets/x.css); any other
// path is an app address. The same rule as wantsAppPage in scripts/vite-html-pages.ts (the
// preview server's), and the reason src/lib/paths.ts writes the dots of an id as %2E.
const FILE_NAME = /\.[a-z0-9]+$/i;

function isFile(file) {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function encode(raw, encoding) {
  if (encoding === 'br') {
    return zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } });
  }
  if (encoding === 'gzip') return zlib.gzipSync(raw, { level: 9 });
  return raw;
}

/**
 * Starts serving `root`. `extraRoutes` maps a path to a handler(req, res) for tools that need
 * a page of their own (the Lighthouse bench's storage seeding page); the app never sees them.
 * Resolves to { url, close } once listening; port 0 picks a free port.
 */
export function serveDist(root, { port = 0, host = '127.0.0.1', extraRoutes = {} } = {}) {
  const dist = path.resolve(root);
  const indexFile = path.join(dist, 'index.html');
  if (!fs.existsSync(indexFile)) {
    return Promise.reject(new Error(`${indexFile} not found: run npm run build first`));
  }
  // index.html holds the prerendered start page; every other address gets app.html (an older
  // build without it: index.html), as the service worker does.
  const appFile = fs.existsSync(path.join(dist, 'app.html'))
    ? path.join(dist, 'app.html')
    : indexFile;
  const cache = new Map();
  const body = (file, encoding) => {
    const { mtimeMs } = fs.statSync(file);
    const key = `${file}\0${encoding}`;
    const hit = cache.get(key);
    if (hit?.mtimeMs === mtimeMs) return hit.body;
    const encoded = encode(fs.readFileSync(file), encoding);
    cache.set(key, { mtimeMs, body: encoded });
    return encoded;
  };
  // Compress every text file once, before the first request: a production host serves files it
  // has already compressed, and brotli at its highest quality takes a few hundred milliseconds
  // for React's chunk on this machine. Done lazily, that time would count as server latency in
  // the first page load, and Lighthouse's model would add it to every request it simulates.
  for (const entry of fs.readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (!COMPRESSIBLE.test(TYPES[path.extname(file).toLowerCase()] ?? '')) continue;
    for (const encoding of ['br', 'gzip']) body(file, encoding);
  }

  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    // Routing reads the path as sent, still percent-encoded: an app address may hold an encoded
    // id ('/history/a%2Fb', '/history/%2E%2E%2Fx') or a malformed escape ('/%'), and only the
    // app can say what those are (a saved result, or its own "Page not found").
    const rawPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    const extra = extraRoutes[rawPath];
    if (extra) {
      extra(req, res);
      return;
    }
    let file;
    if (rawPath === '/') {
      file = indexFile;
    } else if (!FILE_NAME.test(rawPath)) {
      const own = path.join(dist, rawPath.replace(/\/+$/, ''), 'index.html');
      file = own.startsWith(dist + path.sep) && isFile(own) ? own : appFile;
    } else {
      // A file: its name is decoded to find it on disk, and must stay inside the build folder.
      let pathname;
      try {
        pathname = decodeURIComponent(rawPath);
      } catch {
        pathname = null;
      }
      file = pathname === null ? null : path.join(dist, path.normalize(pathname));
      if (file === null || !file.startsWith(dist + path.sep) || !isFile(file)) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
    }
    const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const encoding = !COMPRESSIBLE.test(type)
      ? null
      : /\bbr\b/.test(accepts)
        ? 'br'
        : /\bgzip\b/.test(accepts)
          ? 'gzip'
          : null;
    const payload = body(file, encoding);
    const relative = path.relative(dist, file).split(path.sep).join('/');
    const headers = {
      'Content-Type': type,
      'Content-Length': payload.length,
      'Cache-Control': relative.startsWith('assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
      Vary: 'Accept-Encoding',
      'X-Content-Type-Options': 'nosniff',
    };
    if (type.startsWith('text/html')) headers['Content-Security-Policy'] = "frame-ancestors 'none'";
    if (encoding) headers['Content-Encoding'] = encoding;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : payload);
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve({
        url: `http://${host}:${actualPort}`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [root = 'dist', port = '4173', host = '127.0.0.1'] = process.argv.slice(2);
  serveDist(root, { port: Number(port), host }).then(
    ({ url, close }) => {
      console.log(`serving ${path.resolve(root)} at ${url}/ (Ctrl+C to stop)`);
      for (const signal of ['SIGINT', 'SIGTERM'])
        process.on(signal, () => void close().then(() => process.exit(0)));
    },
    (error) => {
      console.error(`serve-dist: ${error.message}`);
      process.exit(1);
    },
  );
}
