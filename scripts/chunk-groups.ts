// How the build groups the app's modules into chunks. See docs/decisions/005-prerendered-start-page.md
// (fourth round).
//
// Left to itself, the bundler cut the app into about 30 small chunks: one for each set of modules
// that the same pages share. A reload of /results then asked for 28 scripts before its first
// paint. Over HTTP/1.1 a browser opens six connections to a host, so those requests queued, each
// paying a round trip; on a slow phone network the queue, not the bytes, decided when the results
// appeared. Five groups, each loaded whole, bring that to a handful of requests that all start
// together (the results page's HTML names them all, see `pages` in scripts/vite-html-pages.ts):
//
// - boot: React, and the few modules src/main.tsx imports itself. Every page runs them first.
// - shell: the app's frame and start page (App's own imports), the draft and history stores'
//   light parts. Every page needs them; the start page downloads them with the entry.
// - data: the questions, the scoring, zod, the draft's schema and the knowledge the wizard shows
//   too (answer words, sources, triage advice). The wizard and the results need them; the start
//   page does not.
// - history: the history store and its notices. The results page (which saves each result), the
//   history pages and the start page's "saved results" line (loaded after it) use it.
// - results: the results view and the rest of the knowledge (foods, nutrients, tests...). Only
//   the results and history pages load it: never a step of the questionnaire, nor the start
//   page. So the draft's progress (which the wizard, the results and the start page's "resume"
//   buttons share) stays in no group: it is a small chunk of its own.
//
// Rules that keep this safe (tests/scripts/chunk-groups.test.ts; the first load's size is checked
// by `npm run size` on every build):
// - A group never captures a module the start page loads at once, or the first load grows:
//   `history/stored.ts` is in shell, `history/store.ts` in history; the patterns name whole files.
// - A page loads only the groups it needs: tests/e2e/page-requests.spec.ts checks that a step of
//   the questionnaire never asks for the results chunk.
// - Two modules wait at their top level for modules they import dynamically: src/main.tsx (App
//   and the page) and the draft store (its schema and backup, when a draft is stored). A chunk
//   they wait for must never import theirs, or each waits for the other and the page stays
//   blank, with no error. So no group captures main.tsx, and the draft store (shell) and its
//   schema (data) sit in groups that never import each other that way. `awaitedChunks()` below
//   fails the build if that ever changes.
// - The groups import each other in one direction only (boot <- shell <- data <- history <-
//   results, data importing only boot).
// - `includeDependenciesRecursively: false`: a group takes the modules it names, not everything
//   they import (which would pull the results view into the first load).

import path from 'node:path';
import type { Plugin } from 'vite';

/** Paths are matched with either separator. */
const dir = (...parts: string[]) => parts.join('[\\\\/]');

function anyOf(patterns: readonly string[]): (id: string) => boolean {
  const expressions = patterns.map((pattern) => new RegExp(pattern));
  return (id) => expressions.some((expression) => expression.test(id));
}

export const BOOT = anyOf([
  `${dir('node_modules', '(?:react|react-dom|scheduler)')}[\\\\/]`,
  `${dir('src', 'lib', 'paths')}\\.ts$`,
  `${dir('src', 'scoring', 'question-steps')}\\.ts$`,
  `${dir('src', 'app', 'route-chunks')}\\.ts$`,
  // Vite's dynamic-import helper and the bundler's runtime: tiny, and needed by every chunk.
  'vite[\\\\/]preload-helper',
  'rolldown[\\\\/]runtime',
]);

export const SHELL = anyOf([
  `${dir('src', 'app', '(?:App|Layout|NotFoundPage)')}\\.tsx$`,
  `${dir('src', 'features', 'wizard', '(?:StartPage|DraftNotices|draft-store)')}\\.tsx?$`,
  `${dir('src', 'components', '(?:UpdatePrompt|LoadErrorBoundary|ConfirmButton|Link|DownloadButton|Notice)')}\\.tsx$`,
  `${dir('src', 'lib', '(?:stray-clicks|safe-storage|router|page-heading|download|random-id|pwa)')}\\.ts$`,
  `${dir('src', 'features', 'history', 'stored')}\\.ts$`,
  `${dir('node_modules', 'zustand', 'esm', '(?:vanilla|react|middleware)')}\\.mjs$`,
]);

export const DATA = anyOf([
  // Every scoring module but question-steps.ts, which the address rules (boot) use.
  `${dir('src', 'scoring')}[\\\\/](?!question-steps\\.ts$)`,
  `${dir('src', 'knowledge', '(?:answer-labels|sources|triage-advice|step-words)')}\\.ts$`,
  `${dir('src', 'lib', '(?:format|fingerprint|persist-envelope|parse-json|kept-aside)')}\\.ts$`,
  `${dir('src', 'features', 'wizard', '(?:steps|step-schemas|draft-schema|draft-backup|draft-validation)')}\\.ts$`,
  `${dir('node_modules', 'zod')}[\\\\/]`,
]);

export const HISTORY = anyOf([
  `${dir('src', 'features', 'history', '(?:store|export-format|persistence|HistoryLoadNotice|storage-adapter|keep-aside|schema|cross-tab|deep-equal|result-id|status|notices|DownloadResultButton)')}\\.tsx?$`,
  `${dir('src', 'features', 'history', 'records')}[\\\\/]`,
  `${dir('src', 'lib', 'focus-after-render')}\\.ts$`,
  `${dir('node_modules', 'zustand', 'esm', '(?:vanilla|react)', 'shallow')}\\.mjs$`,
]);

export const RESULTS = anyOf([
  `${dir('src', 'app', 'routes', 'ResultsRoute')}\\.tsx$`,
  `${dir('src', 'features', 'results')}[\\\\/]`,
  `${dir('src', 'knowledge')}[\\\\/]`,
  `${dir('src', 'features', 'history', 'SaveResultNotice')}\\.tsx$`,
]);

/** Modules that await a dynamic import at their top level, and what they await. */
export const AWAITED: Readonly<Record<string, readonly string[]>> = {
  'src/main.tsx': [
    'src/app/App.tsx',
    'src/features/wizard/WizardStep.tsx',
    'src/app/routes/ResultsRoute.tsx',
    'src/app/routes/HistoryRoute.tsx',
  ],
  'src/features/wizard/draft-store.ts': ['src/features/wizard/draft-validation.ts'],
};

type Chunk = {
  fileName: string;
  imports: string[];
  moduleIds: string[];
  facadeModuleId: string | null;
};

/**
 * The waits in `awaited` that can never end: a module whose chunk, followed through its static
 * imports from the awaited module's chunk, is reached again. Ids are paths from `root`.
 */
export function deadlocks(
  chunks: readonly Chunk[],
  awaited: Readonly<Record<string, readonly string[]>>,
  root: string,
): string[] {
  const holding = (id: string) =>
    chunks.find((chunk) => chunk.facadeModuleId === id) ??
    chunks.find((chunk) => chunk.moduleIds.includes(id));
  const reaches = (from: Chunk, target: Chunk) => {
    const seen = new Set<string>();
    const visit = (name: string): boolean => {
      if (name === target.fileName) return true;
      if (seen.has(name)) return false;
      seen.add(name);
      const chunk = chunks.find((candidate) => candidate.fileName === name);
      return (chunk?.imports ?? []).some(visit);
    };
    return from.imports.some(visit);
  };
  const found: string[] = [];
  for (const [waiter, modules] of Object.entries(awaited)) {
    const waiting = holding(path.resolve(root, waiter));
    if (!waiting) continue;
    for (const module of modules) {
      const target = holding(path.resolve(root, module));
      if (target && reaches(target, waiting)) {
        found.push(`${waiter} awaits ${module}, whose chunk imports ${waiter}'s chunk`);
      }
    }
  }
  return found;
}

/** Fails the build on a wait that can never end (see AWAITED and the notes at the top). */
export function awaitedChunks(): Plugin {
  let root = process.cwd();
  return {
    name: 'legcheck:awaited-chunks',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((output) =>
        output.type === 'chunk' ? [output] : [],
      );
      for (const problem of deadlocks(chunks, AWAITED, root)) this.error(problem);
    },
  };
}

/** rolldown's `output.codeSplitting` for the app build. A higher priority claims a module first. */
export const codeSplitting = {
  includeDependenciesRecursively: false,
  groups: [
    { name: 'boot', priority: 4, test: BOOT },
    { name: 'shell', priority: 3, test: SHELL },
    { name: 'data', priority: 2, test: DATA },
    { name: 'history', priority: 1, test: HISTORY },
    { name: 'results', priority: 1, test: RESULTS },
  ],
};
