#!/usr/bin/env node
// Usage: node scripts/bench-page-load.mjs DIST_DIR [DIST_DIR ...] [--runs=N] [--page=results|start]
//
// A benchmark, not a test: how soon a reload of the results page (or the start page) paints in a
// real Chromium on a slow phone-like connection, for one build or several compared run by run.
// Unlike Lighthouse's simulated throttling, which replays a fast load in a model, this throttles
// the real load: Chromium's own network emulation (150 ms round trip, 1.6 Mbit/s down, 750
// kbit/s up: Lighthouse's "slow 4G") and a 4x CPU slowdown. Each run has a fresh browser
// context (empty cache, no service worker); for the results page a finished questionnaire is put
// into storage first (tests/fixtures/finished-draft.json, as the Lighthouse bench does).
// With several builds the runs alternate (A, B, A, B, ...), so a noisy moment on this machine
// falls on both. Prints FCP and LCP (the browser's own PerformanceObserver entries) per run, and
// the median with the range per build.
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS } from './chromium-flags.mjs';
import { serveDist } from './serve-dist.mjs';

const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
const SEED_PATH = '/__bench/seed';
const DRAFT_KEY = 'legcheck-draft';
const DRAFT_TEXT = fs.readFileSync(
  new URL('../tests/fixtures/finished-draft.json', import.meta.url),
  'utf8',
);
const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
const CPU_SLOWDOWN = 4;

const args = process.argv.slice(2);
const dists = args.filter((arg) => !arg.startsWith('--'));
const runs = Math.max(1, Number(args.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 5));
const pageName = args.find((a) => a.startsWith('--page='))?.split('=')[1] ?? 'results';
if (!dists.length || !['results', 'start'].includes(pageName)) {
  console.error(
    'usage: node scripts/bench-page-load.mjs DIST_DIR [DIST_DIR ...] [--runs=N] [--page=results|start]',
  );
  process.exit(2);
}
const address = pageName === 'results' ? '/results' : '/';
const heading = pageName === 'results' ? 'Your results' : null;

/** Installed before the page's own scripts: keeps the paint entries the page reports. */
function watchPaints() {
  const seen = { fcp: null, lcp: null };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'first-contentful-paint') seen.fcp = entry.startTime;
    }
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  Object.defineProperty(window, '__paints', { value: seen });
}

async function once(browser, origin) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  try {
    if (pageName === 'results') {
      const seed = await context.newPage();
      await seed.goto(`${origin}${SEED_PATH}`);
      await seed.evaluate(
        ([key, value]) => localStorage.setItem(key, value),
        [DRAFT_KEY, DRAFT_TEXT],
      );
      await seed.close();
    }
    const page = await context.newPage();
    await page.addInitScript(watchPaints);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(`${origin}${address}`);
    if (heading) {
      await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 60_000 });
    }
    // The largest paint is final once the page has settled: wait for a quiet network.
    await page.waitForLoadState('networkidle');
    return await page.evaluate(() => ({ ...window.__paints }));
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => (value == null ? 'n/a' : `${Math.round(value)} ms`);

const servers = [];
for (const dist of dists) {
  servers.push(
    await serveDist(dist, {
      extraRoutes: {
        [SEED_PATH]: (_req, res) => {
          res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
          res.end('<!doctype html><title>seed</title>');
        },
      },
    }),
  );
}
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_FLAGS });
const results = dists.map(() => []);
try {
  for (let run = 1; run <= runs; run++) {
    for (const [index, dist] of dists.entries()) {
      const paints = await once(browser, servers[index].url);
      results[index].push(paints);
      console.log(`run ${run} ${dist}: FCP ${ms(paints.fcp)}, LCP ${ms(paints.lcp)}`);
    }
  }
} finally {
  await browser.close();
  for (const server of servers) await server.close();
}
for (const [index, dist] of dists.entries()) {
  const summary = ['fcp', 'lcp'].map((key) => {
    const values = results[index].map((paints) => paints[key]).filter((value) => value != null);
    return `${key.toUpperCase()} median ${ms(median(values))} (${ms(Math.min(...values))} to ${ms(Math.max(...values))})`;
  });
  console.log(`${dist} (${pageName}, ${runs} runs): ${summary.join(', ')}`);
}
