#!/usr/bin/env node
// Usage: node scripts/bench-step-change.mjs [BASE_URL]      (or BENCH_URL; default http://127.0.0.1:4173)
//
// A benchmark, not a test: how long a wizard step change takes on a slow phone-like CPU.
// It builds nothing; serve a production build first (e.g. npm run build && npm run preview).
// Chromium runs with 4x CPU throttling (CDP Emulation.setCPUThrottlingRate). The page records,
// on its own clock (performance.now), the time from the click on Next or Back to
//   focus: the next step's heading has focus (all JS work done, new step in the DOM), and
//   frame: the first task after the next animation frame (the new step has been painted).
// About 24 step changes: Next through steps 1-7 and Back to 1, twice. Prints median and p95
// and compares them with the 50 ms target. Exit code 0 unless the page could not be driven.
//
// On a busy machine wall-clock figures include time the renderer spent waiting for a CPU, so
// the bench then repeats the changes unthrottled under a Chromium trace and sums the renderer
// main thread's own CPU time (thread time) between each click and its painted frame; that sum
// times the slowdown estimates the throttled figure on an idle machine.
import os from 'node:os';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS } from './chromium-flags.mjs';

const BASE_URL = (process.argv[2] || process.env.BENCH_URL || 'http://127.0.0.1:4173').replace(
  /\/$/,
  '',
);
const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
const CPU_SLOWDOWN = 4;
const TARGET_MS = 50;
const PASSES = 2;

/** Installed in the page: pairs each click on Next/Back with the focus on the next h1. */
function installProbe() {
  window.__stepChanges = [];
  const mark = (name) => performance.mark(name);
  let started = null;
  document.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target : null;
      const control = target?.closest('button[type="submit"], a');
      if (!control) return;
      // event.timeStamp is on the performance.now() clock: the moment the click was dispatched.
      started = { at: event.timeStamp, kind: control.textContent.trim() };
      mark('step-change-start');
    },
    true,
  );
  document.addEventListener('focusin', (event) => {
    if (!started || !(event.target instanceof HTMLHeadingElement)) return;
    const { at, kind } = started;
    started = null;
    const focus = performance.now() - at;
    requestAnimationFrame(() =>
      setTimeout(() => {
        mark('step-change-end');
        window.__stepChanges.push({ kind, focus, frame: performance.now() - at });
      }, 0),
    );
  });
}

async function headingText(page) {
  return (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
}

/** Answers whatever the current step still needs, with the first sensible option. */
async function fillStep(page) {
  const title = await headingText(page);
  if (/Symptoms|Timing/.test(title)) {
    const box = page.getByRole('checkbox').first();
    if (!(await box.isChecked())) await box.check();
  }
  if (/Warning signs/.test(title)) {
    const none = page.getByRole('checkbox', { name: 'None of these' });
    if (!(await none.isChecked())) await none.check();
  }
  // Radio groups, one at a time (a choice can reveal another, e.g. pregnancy): the second
  // option of each unanswered group (the first option of age is "Under 18").
  for (;;) {
    const groups = page.getByRole('radiogroup');
    const count = await groups.count();
    let filled = false;
    for (let index = 0; index < count; index += 1) {
      const group = groups.nth(index);
      if ((await group.getByRole('radio', { checked: true }).count()) > 0) continue;
      await group.getByRole('radio').nth(1).check();
      filled = true;
      break;
    }
    if (!filled) return;
  }
}

async function stepChange(page, name, expectedStep) {
  const before = await page.evaluate(() => window.__stepChanges.length);
  await page.getByRole(name === 'Next' ? 'button' : 'link', { name, exact: true }).click();
  await page.waitForFunction((count) => window.__stepChanges.length > count, before);
  const title = await headingText(page);
  if (!title.startsWith(`Step ${expectedStep} of 7`)) {
    throw new Error(`Expected step ${expectedStep}, found "${title}"`);
  }
}

/** Renderer main-thread CPU time (ms) inside each start..end window of the trace. */
function cpuPerChange(traceJson) {
  const events = JSON.parse(traceJson).traceEvents;
  const mainThread = events.find(
    (event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
  );
  if (!mainThread) return [];
  const own = (event) => event.pid === mainThread.pid;
  const marks = events
    .filter((event) => own(event) && /^step-change-(start|end)$/.test(event.name))
    .sort((a, b) => a.ts - b.ts);
  const tasks = events.filter(
    (event) =>
      own(event) && event.tid === mainThread.tid && event.ph === 'X' && event.name === 'RunTask',
  );
  const windows = [];
  for (const [index, start] of marks.entries()) {
    if (start.name !== 'step-change-start') continue;
    const end = marks.slice(index + 1).find((event) => event.name === 'step-change-end');
    if (end) windows.push([start.ts, end.ts]);
  }
  return windows.map(
    ([from, to]) =>
      tasks
        .filter((task) => task.ts < to && task.ts + task.dur > from)
        .reduce((sum, task) => sum + (task.tdur ?? task.dur), 0) / 1000,
  );
}

function percentile(sorted, p) {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

function summary(label, values) {
  const sorted = [...values].sort((a, b) => a - b);
  const median = percentile(sorted, 50);
  const p95 = percentile(sorted, 95);
  const min = sorted[0] ?? 0;
  const verdict = p95 <= TARGET_MS ? 'within' : median <= TARGET_MS ? 'median within' : 'over';
  return `${label.padEnd(22)} n=${String(values.length).padStart(2)}  min ${min.toFixed(1).padStart(6)} ms  median ${median.toFixed(1).padStart(6)} ms  p95 ${p95.toFixed(1).padStart(6)} ms  (${verdict} the ${TARGET_MS} ms target)`;
}

const browser = await chromium.launch({
  executablePath: CHROME_PATH,
  args: [...CHROMIUM_FLAGS],
});
try {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 } });
  await context.addInitScript(installProbe);
  const page = await context.newPage();
  await page.goto(`${BASE_URL}/step/about`);
  await page.getByRole('heading', { level: 1, name: /Step 1 of 7/ }).waitFor();

  const cdp = await context.newCDPSession(page);
  async function passes() {
    for (let pass = 0; pass < PASSES; pass += 1) {
      for (let step = 1; step <= 6; step += 1) {
        await fillStep(page);
        await stepChange(page, 'Next', step + 1);
      }
      for (let step = 7; step >= 2; step -= 1) {
        await stepChange(page, 'Back', step - 1);
      }
    }
  }

  // Phase 1, the figure that counts: wall clock with the CPU throttled.
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await passes();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const changes = await page.evaluate(() => window.__stepChanges.splice(0));

  // Phase 2, a cross-check on a busy machine: the same changes unthrottled and traced, summing
  // the main thread's own CPU time (throttling would count in thread time, so it is off here).
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'],
  });
  await passes();
  const cpu = cpuPerChange((await browser.stopTracing()).toString());

  const next = changes.filter((change) => change.kind === 'Next');
  console.log(`Step change timing at ${BASE_URL} with ${CPU_SLOWDOWN}x CPU throttling`);
  // A busy machine inflates every figure; the load average says how busy this one was.
  console.log(`(1-minute load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs)`);
  console.log(
    summary(
      'all, to focus',
      changes.map((change) => change.focus),
    ),
  );
  console.log(
    summary(
      'all, to next frame',
      changes.map((change) => change.frame),
    ),
  );
  console.log(
    summary(
      'Next, to focus',
      next.map((change) => change.focus),
    ),
  );
  console.log(
    summary(
      'Next, to next frame',
      next.map((change) => change.frame),
    ),
  );
  if (cpu.length > 0) {
    console.log('Cross-check, unthrottled: renderer main-thread CPU time per step change');
    console.log(summary('CPU time (1x)', cpu));
    const estimate = cpu.map((ms) => ms * CPU_SLOWDOWN);
    console.log(summary(`CPU time x${CPU_SLOWDOWN} (estimate)`, estimate));
  }
} finally {
  await browser.close();
}
