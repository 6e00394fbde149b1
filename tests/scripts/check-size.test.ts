import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, expect, test } from 'vitest';
import { z } from 'zod';

const script = path.resolve('scripts/check-size.mjs');
const made: string[] = [];

const reportSchema = z.object({
  budget: z.number(),
  files: z.array(
    z.object({ kind: z.string(), type: z.string(), file: z.string(), gzip: z.number() }),
  ),
  thirdParty: z.array(z.object({ kind: z.string(), url: z.string() })),
  missing: z.array(z.object({ kind: z.string(), url: z.string() })),
  total: z.object({ js: z.number(), css: z.number(), gzip: z.number() }),
  ok: z.boolean(),
});

/** Writes a small built-app folder: file name -> contents. */
function fixture(contents: Record<string, string | Buffer>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-size-'));
  made.push(dir);
  for (const [name, body] of Object.entries(contents)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), body);
  }
  return dir;
}

function checkSize(dir: string) {
  const run = spawnSync(process.execPath, [script, dir, '--json'], { encoding: 'utf8' });
  return {
    status: run.status,
    report: run.stdout ? reportSchema.parse(JSON.parse(run.stdout)) : null,
  };
}

const gzip = (text: string | Buffer) => zlib.gzipSync(text, { level: 9 }).length;

afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const ENTRY =
  'import{s as a}from"./shared-1.js";import"./side-2.js";' +
  'const lazy=()=>import("./lazy-3.js");export*from"./again-4.js";console.log(a,lazy);';
const app = {
  'index.html': `<!doctype html><html><head>
    <!-- <script type="module" src="/assets/commented-out.js"></script> -->
    <script type="module" crossorigin src="/assets/entry-0.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/shared-1.js">
    <link rel="stylesheet" crossorigin href="/assets/app-5.css">
    <link rel="icon" href="/favicon.svg">
    <script type="application/ld+json">{"name":"data, not code"}</script>
    </head><body><div id="root"></div></body></html>`,
  'assets/entry-0.js': ENTRY,
  'assets/shared-1.js': 'import"./entry-0.js";export const s=1;',
  'assets/side-2.js': 'document.title="side effect";',
  'assets/lazy-3.js': 'export default "only loaded later";'.repeat(50),
  'assets/again-4.js': 'export const again=2;',
  'assets/app-5.css': 'body{margin:0}',
  'assets/commented-out.js': 'never loaded',
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
};

test('counts the scripts, preloads, styles and static imports the first page load needs', () => {
  const { status, report } = checkSize(fixture(app));
  expect(status).toBe(0);
  expect(report?.files.map((f) => f.file).sort()).toEqual([
    'assets/again-4.js',
    'assets/app-5.css',
    'assets/entry-0.js',
    'assets/shared-1.js',
    'assets/side-2.js',
  ]);
  const expectedJs =
    gzip(ENTRY) +
    gzip(app['assets/shared-1.js']) +
    gzip(app['assets/side-2.js']) +
    gzip(app['assets/again-4.js']);
  expect(report?.total).toEqual({
    js: expectedJs,
    css: gzip(app['assets/app-5.css']),
    gzip: expectedJs + gzip(app['assets/app-5.css']),
  });
  expect(report?.ok).toBe(true);
});

test('leaves lazy import() chunks out of the first load', () => {
  const { report } = checkSize(fixture(app));
  expect(report?.files.some((f) => f.file.includes('lazy'))).toBe(false);
});

test('counts inline scripts and styles', () => {
  const inlineScript = 'window.answer = 42;';
  const inlineStyle = 'p { color: red }';
  const dir = fixture({
    'index.html': `<html><head><script>${inlineScript}</script><style>${inlineStyle}</style></head></html>`,
  });
  const { status, report } = checkSize(dir);
  expect(status).toBe(0);
  expect(report?.total).toEqual({
    js: gzip(inlineScript),
    css: gzip(inlineStyle),
    gzip: gzip(inlineScript) + gzip(inlineStyle),
  });
});

test('fails when the first load is over 125 KiB of gzip', () => {
  // Random bytes do not compress, so 140000 of them stay above 128000 bytes gzipped.
  const dir = fixture({
    'index.html': '<script type="module" src="/assets/big.js"></script>',
    'assets/big.js': randomBytes(140_000),
  });
  const { status, report } = checkSize(dir);
  expect(report?.budget).toBe(125 * 1024);
  expect(report?.total.gzip).toBeGreaterThan(125 * 1024);
  expect(report?.ok).toBe(false);
  expect(status).toBe(1);
});

test('fails when the page loads anything from another origin', () => {
  const dir = fixture({
    'index.html': '<link rel="stylesheet" href="https://fonts.example.com/font.css">',
  });
  const { status, report } = checkSize(dir);
  expect(report?.thirdParty).toEqual([
    { kind: 'stylesheet', url: 'https://fonts.example.com/font.css' },
  ]);
  expect(status).toBe(1);
});

test('reports a file that index.html names but the build does not have', () => {
  const dir = fixture({ 'index.html': '<script type="module" src="/assets/gone.js"></script>' });
  const { status, report } = checkSize(dir);
  expect(report?.missing).toEqual([{ kind: 'module-script', url: '/assets/gone.js' }]);
  expect(status).toBe(2);
});

test('refuses a folder without index.html', () => {
  const { status, report } = checkSize(fixture({ 'other.html': '' }));
  expect(report).toBeNull();
  expect(status).toBe(2);
});
