#!/usr/bin/env node
// Usage: node scripts/trace-tasks.mjs TRACE.json [--min=MS] [--slowdown=N]
//
// Lists the page's main-thread tasks from a Chromium trace (for example one written by
// `npm run bench:lighthouse -- --trace`): when each started after navigation, how long it took,
// that time multiplied by the CPU slowdown Lighthouse simulates for mobile (4), and what ran
// inside it (script evaluation per file, style, layout, paint, parsing). Tasks whose simulated
// time passes 50 ms are the ones Total Blocking Time counts (when they come after the first
// paint). Default: tasks of at least 5 ms observed.
import fs from 'node:fs';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: node scripts/trace-tasks.mjs TRACE.json [--min=MS] [--slowdown=N]');
  process.exit(2);
}
const option = (name, fallback) =>
  Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const minMs = option('min', 5);
const slowdown = option('slowdown', 4);

const trace = JSON.parse(fs.readFileSync(file, 'utf8'));
const events = trace.traceEvents ?? trace;
// The page's main thread: where the document (an http: URL) was parsed.
const parse = events.find(
  (e) => e.name === 'ParseHTML' && /^https?:/.test(String(e.args?.beginData?.url ?? '')),
);
if (!parse) throw new Error('no ParseHTML of an http(s) page in this trace');
const onMain = (e) => e.pid === parse.pid && e.tid === parse.tid;
const navigation =
  events.filter((e) => e.name === 'navigationStart' && onMain(e) && e.ts <= parse.ts).pop() ??
  parse;
const t0 = navigation.ts;
const ms = (us) => us / 1000;

const marks = events
  .filter(
    (e) =>
      onMain(e) &&
      (e.name === 'firstContentfulPaint' || e.name === 'largestContentfulPaint::Candidate'),
  )
  .map((e) => `${e.name.replace('::Candidate', '')} at ${ms(e.ts - t0).toFixed(0)} ms`);
console.log(`observed: ${marks.join(', ') || 'no paint marks'}`);

const DETAIL = new Set([
  'EvaluateScript',
  'v8.evaluateModule',
  'v8.compile',
  'v8.compileModule',
  'FunctionCall',
  'TimerFire',
  'RunMicrotasks',
  'EventDispatch',
  'ParseHTML',
  'ParseAuthorStyleSheet',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'MajorGC',
  'MinorGC',
  'V8.GC_SCAVENGER',
]);
const complete = events.filter((e) => onMain(e) && e.ph === 'X');
const tasks = complete.filter((e) => e.name === 'RunTask' && ms(e.dur) >= minMs && e.ts >= t0);
let blocking = 0;
for (const task of tasks) {
  const simulated = ms(task.dur) * slowdown;
  blocking += Math.max(0, simulated - 50);
  const inside = {};
  for (const e of complete) {
    if (e === task || !DETAIL.has(e.name) || e.ts < task.ts || e.ts + e.dur > task.ts + task.dur)
      continue;
    const url = e.args?.data?.url ?? e.args?.beginData?.url ?? '';
    const key = url ? `${e.name} ${url.replace(/^.*\//, '') || '(page)'}` : e.name;
    inside[key] = (inside[key] ?? 0) + ms(e.dur);
  }
  const top = Object.entries(inside)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([key, value]) => `${key} ${value.toFixed(1)}`)
    .join(', ');
  console.log(
    `${ms(task.ts - t0)
      .toFixed(0)
      .padStart(6)} ms  ${ms(task.dur).toFixed(1).padStart(6)} ms` +
      ` (x${slowdown}: ${simulated.toFixed(0).padStart(4)})  ${top}`,
  );
}
console.log(`sum over these tasks of (x${slowdown} time - 50 ms): ${blocking.toFixed(0)} ms`);
