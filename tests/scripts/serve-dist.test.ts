import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, expect, test } from 'vitest';

const script = path.resolve('scripts/serve-dist.mjs');
const cleanups: Array<() => void> = [];

afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** Serves a small built app on a free port; resolves to its address. */
async function serve(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-dist-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>start</title>');
  fs.writeFileSync(path.join(dir, 'app.html'), '<!doctype html><title>app</title>');
  fs.mkdirSync(path.join(dir, 'results'));
  fs.writeFileSync(
    path.join(dir, 'results', 'index.html'),
    '<!doctype html><title>results</title>',
  );
  fs.writeFileSync(path.join(dir, 'assets', 'app-1.js'), 'console.log("app");'.repeat(20));
  fs.writeFileSync(path.join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  const child: ChildProcess = spawn(process.execPath, [script, dir, '0'], { stdio: 'pipe' });
  cleanups.push(() => {
    child.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      const url = /at (http:\/\/\S+?)\/? /.exec(chunk.toString())?.[1];
      if (url) resolve(url);
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

function get(url: string, headers: http.OutgoingHttpHeaders = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
      })
      .on('error', reject);
  });
}

test('the start page is index.html (prerendered); every other app address gets app.html', async () => {
  const origin = await serve();
  expect((await get(`${origin}/`)).body.toString()).toContain('<title>start</title>');
  for (const address of ['/step/3', '/history', '/history/abc/print', '/results/abc']) {
    const reply = await get(`${origin}${address}`);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toMatch(/^text\/html/);
    expect(reply.body.toString()).toContain('<title>app</title>');
  }
});

test('an address with a trailing slash, an encoded id or a malformed escape gets the app page', async () => {
  const origin = await serve();
  const addresses = [
    '/history/',
    '/step/3/',
    '/history/%2E%2E%2F%2E%2E%2Fx',
    '/history/a%2Fb/print',
    '/history/100%25',
    '/history/report%2Ejson',
    '/history/%E0%A4%A',
    '/%',
  ];
  for (const address of addresses) {
    const reply = await get(`${origin}${address}`);
    expect({ address, status: reply.status }).toEqual({ address, status: 200 });
    expect(reply.body.toString()).toContain('<title>app</title>');
  }
});

test('an address with a page of its own in the build gets it, as a static host serves a folder', async () => {
  const origin = await serve();
  for (const address of ['/results', '/results/', '/results?from=step']) {
    const reply = await get(`${origin}${address}`);
    expect({ address, status: reply.status }).toEqual({ address, status: 200 });
    expect(reply.body.toString()).toContain('<title>results</title>');
  }
  expect((await get(`${origin}/%72esults`)).body.toString()).toContain('<title>app</title>');
});

test('a file name with a malformed escape is a 404', async () => {
  const origin = await serve();
  const reply = await get(`${origin}/assets/%E0%A4%A.js`);
  expect(reply.status).toBe(404);
});

test('a missing file is a 404, not the app page', async () => {
  const origin = await serve();
  const reply = await get(`${origin}/assets/gone-2.js`);
  expect(reply.status).toBe(404);
});

test('hashed assets are cached for good, the page and the service worker never', async () => {
  const origin = await serve();
  expect((await get(`${origin}/assets/app-1.js`)).headers['cache-control']).toContain('immutable');
  expect((await get(`${origin}/`)).headers['cache-control']).toBe('no-cache');
  expect((await get(`${origin}/sw.js`)).headers['cache-control']).toBe('no-cache');
});

test('the page carries the headers a meta tag cannot set', async () => {
  const origin = await serve();
  const { headers } = await get(`${origin}/`);
  expect(headers['content-security-policy']).toBe("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
});

test('text is sent compressed when the browser accepts it', async () => {
  const origin = await serve();
  const reply = await get(`${origin}/assets/app-1.js`, { 'Accept-Encoding': 'gzip' });
  expect(reply.headers['content-encoding']).toBe('gzip');
  expect(zlib.gunzipSync(reply.body).toString()).toBe('console.log("app");'.repeat(20));
});

test('files outside the build folder cannot be reached', async () => {
  const origin = await serve();
  const reply = await get(`${origin}/..%2f..%2f..%2f..%2fetc%2fpasswd`);
  expect(reply.body.toString()).not.toMatch(/root:/);
  expect(reply.body.toString()).toContain('<title>app</title>');
});
