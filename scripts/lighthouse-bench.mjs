#!/usr/bin/env node
// Usage: npm run build && npm run bench:lighthouse [-- DIST_DIR] [--runs=N] [--min-score=N]
//                                                  [--page=start|results] [--mode=mobile|desktop]
//                                                  [--trace]
//
// Runs Lighthouse (performance, accessibility, best practices, SEO) on the built app, for the
// start page and for the results page with a finished questionnaire in storage, each as a
// mobile (Lighthouse's default Moto G Power on slow 4G, simulated) and a desktop run.
// Prints the four scores and FCP/LCP/TBT/CLS/SI per run and writes the JSON reports to
// bench-results/ (git-ignored); --trace also writes each run's browser trace beside its report,
// for `node scripts/trace-tasks.mjs` (which main-thread tasks were long, and what they did). Exit 1 when a run fails or, with --min-score, a score is lower.
// --runs=N repeats each page and mode N times and reports the run with the median performance
// score (all N performance scores are printed too): Lighthouse's performance score moves by a
// few points from run to run, more so on a busy machine.
//
// How the results page gets its answers without a test-only route in the app: each run has a
// fresh Chromium profile; for the results page, Playwright first opens a blank page that only
// this bench's server knows (/__bench/seed, so no service worker is installed) and writes the
// draft into localStorage; then Chromium starts again on that profile and Lighthouse runs with
// storage reset disabled. The start page runs with Lighthouse's usual storage reset.
//
// Needs: Chromium (CHROME_PATH, default /usr/bin/chromium), the dev dependencies lighthouse
// and @playwright/test. Takes about a minute on two cores.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_FLAGS } from './chromium-flags.mjs';
import { serveDist } from './serve-dist.mjs';

const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
// Lighthouse drives a Chromium it starts itself, so headless mode is a flag here.
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = [
  ['FCP', 'first-contentful-paint', 'ms'],
  ['LCP', 'largest-contentful-paint', 'ms'],
  ['TBT', 'total-blocking-time', 'ms'],
  ['CLS', 'cumulative-layout-shift', ''],
  ['SI', 'speed-index', 'ms'],
];
const OUT_DIR = path.resolve('bench-results');
const SEED_PATH = '/__bench/seed';

// The wizard's persisted draft (src/features/wizard/draft-store.ts: zustand persist format,
// key 'legcheck-draft', version 1): a finished questionnaire with no warning sign, the same file
// the results page's browser tests seed (a unit test checks that it is a finished one).
const DRAFT_KEY = 'legcheck-draft';
const DRAFT_TEXT = fs.readFileSync(
  new URL('../tests/fixtures/finished-draft.json', import.meta.url),
  'utf8',
);

const PAGES = [
  { name: 'start', path: '/', seed: null },
  {
    name: 'results',
    path: '/results',
    seed: { [DRAFT_KEY]: JSON.stringify(JSON.parse(DRAFT_TEXT)) },
  },
];
const MODES = ['mobile', 'desktop'];

const args = process.argv.slice(2);
const distDir = args.find((a) => !a.startsWith('--')) ?? 'dist';
const minScore = Number(args.find((a) => a.startsWith('--min-score='))?.split('=')[1] ?? 0);
const only = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const saveTrace = args.includes('--trace');
const runs = Math.max(1, Number(args.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 1));

// Chromium runs in its own process group (see launchChromium); make sure none outlives the bench.
const running = new Set();
process.on('exit', () => {
  for (const pid of running) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
});
for (const name of ['SIGINT', 'SIGTERM']) process.on(name, () => process.exit(130));

/** Starts Chromium with remote debugging on a free port; resolves to { port, stop }. */
async function launchChromium(userDataDir) {
  const child = spawn(
    CHROME_PATH,
    [...CHROME_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${userDataDir}`, 'about:blank'],
    // Its own process group, so stopping it also stops its helper processes.
    { stdio: 'ignore', detached: true },
  );
  running.add(child.pid);
  child.once('exit', () => running.delete(child.pid));
  const portFile = path.join(userDataDir, 'DevToolsActivePort');
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`Chromium exited with code ${child.exitCode}`);
    if (fs.existsSync(portFile)) {
      const port = Number(fs.readFileSync(portFile, 'utf8').split('\n')[0]);
      if (port > 0) {
        const stop = () =>
          new Promise((resolve) => {
            if (child.exitCode !== null) return resolve();
            const signal = (name) => {
              try {
                process.kill(-child.pid, name);
              } catch {
                // The group is already gone.
              }
            };
            const force = setTimeout(() => signal('SIGKILL'), 5000);
            child.once('exit', () => {
              clearTimeout(force);
              resolve();
            });
            signal('SIGTERM');
          });
        return { port, stop };
      }
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  process.kill(-child.pid, 'SIGKILL');
  throw new Error('Chromium did not open its debugging port within 10 s');
}

/** Writes `entries` into the origin's localStorage in the given profile, then closes it. */
async function seedStorage(userDataDir, origin, entries) {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROME_PATH,
    headless: true,
    args: [...CHROMIUM_FLAGS],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${origin}${SEED_PATH}`);
    await page.evaluate((items) => {
      for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
    }, entries);
  } finally {
    await context.close();
  }
}

async function run(origin, target, mode, index) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'legcheck-lh-'));
  try {
    if (target.seed) await seedStorage(userDataDir, origin, target.seed);
    const chrome = await launchChromium(userDataDir);
    try {
      const result = await lighthouse(
        `${origin}${target.path}`,
        {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES,
          maxWaitForLoad: 45_000,
          disableStorageReset: Boolean(target.seed),
        },
        mode === 'desktop' ? desktopConfig : undefined,
      );
      if (!result) throw new Error('Lighthouse returned no result');
      const suffix = runs > 1 ? `-${index + 1}` : '';
      const file = path.join(OUT_DIR, `lighthouse-${target.name}-${mode}${suffix}.json`);
      fs.writeFileSync(file, typeof result.report === 'string' ? result.report : result.report[0]);
      if (saveTrace && result.artifacts?.Trace) {
        fs.writeFileSync(
          file.replace(/\.json$/, '.trace.json'),
          JSON.stringify(result.artifacts.Trace),
        );
      }
      return { lhr: result.lhr, file };
    } finally {
      await chrome.stop();
    }
  } finally {
    try {
      // Chromium's helper processes may still be writing to the profile for a moment.
      fs.rmSync(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 300 });
    } catch (error) {
      console.warn(`could not remove ${userDataDir}: ${error.message}`);
    }
  }
}

function summarise(target, mode, lhr, file) {
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => {
      const score = lhr.categories[id]?.score;
      return [id, score == null ? null : Math.round(score * 100)];
    }),
  );
  const metrics = METRICS.map(([label, id, unit]) => {
    const value = lhr.audits[id]?.numericValue;
    if (value == null) return `${label}=n/a`;
    return unit ? `${label}=${Math.round(value)}${unit}` : `${label}=${value.toFixed(3)}`;
  });
  console.log(
    `${`${target.name} ${mode}`.padEnd(16)} perf=${scores.performance} a11y=${scores.accessibility} ` +
      `bp=${scores['best-practices']} seo=${scores.seo}  ${metrics.join(' ')}`,
  );
  console.log(`${''.padEnd(16)} ${lhr.finalDisplayedUrl} -> ${path.relative(process.cwd(), file)}`);
  if (lhr.runtimeError) console.log(`${''.padEnd(16)} runtime error: ${lhr.runtimeError.message}`);
  for (const id of CATEGORIES) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
        console.log(`${''.padEnd(16)} to fix (${id}): ${audit.id}: ${audit.title}`);
      }
    }
  }
  return Object.values(scores);
}

async function main() {
  if (!fs.existsSync(CHROME_PATH)) {
    throw new Error(
      `no browser at ${CHROME_PATH} (apt-get install -y chromium, or set CHROME_PATH)`,
    );
  }
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const server = await serveDist(distDir, {
    extraRoutes: {
      [SEED_PATH]: (_req, res) => {
        res.writeHead(200, {
          'Content-Type': 'text/html; charset=utf-8',
          'Cache-Control': 'no-store',
        });
        res.end('<!doctype html><title>seed</title>');
      },
    },
  });
  console.log(`Lighthouse ${CATEGORIES.join(', ')} on ${path.resolve(distDir)} at ${server.url}`);
  let failed = false;
  try {
    for (const target of PAGES.filter((p) => !only('page') || p.name === only('page'))) {
      for (const mode of MODES.filter((m) => !only('mode') || m === only('mode'))) {
        const results = [];
        for (let index = 0; index < runs; index++) {
          results.push(await run(server.url, target, mode, index));
        }
        const perf = (r) => r.lhr.categories.performance?.score ?? 0;
        results.sort((a, b) => perf(a) - perf(b));
        const median = results[Math.floor((results.length - 1) / 2)];
        if (!median) throw new Error('no Lighthouse run finished');
        const { lhr, file } = median;
        const scores = summarise(target, mode, lhr, file);
        if (runs > 1) {
          const all = results.map((r) => Math.round(perf(r) * 100)).join(', ');
          console.log(`${''.padEnd(16)} median of ${runs} runs; performance scores: ${all}`);
        }
        if (lhr.runtimeError || scores.some((s) => s === null || s < minScore)) failed = true;
      }
    }
  } finally {
    await server.close();
  }
  if (failed) {
    console.log(minScore ? `some score is below ${minScore} or a run failed` : 'a run failed');
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(`lighthouse-bench: ${error.message}`);
  process.exit(1);
});
