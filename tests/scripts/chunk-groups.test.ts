import { expect, test } from 'vitest';
import {
  BOOT,
  codeSplitting,
  DATA,
  deadlocks,
  HISTORY,
  RESULTS,
  SHELL,
} from '../../scripts/chunk-groups';

const ROOT = '/work/app';
const src = (file: string) => `${ROOT}/src/${file}`;
const nm = (file: string) => `${ROOT}/node_modules/${file}`;

/** The group that claims a module: the highest priority whose test matches, as rolldown does. */
function groupOf(id: string): string | null {
  const groups = [...codeSplitting.groups].sort((a, b) => b.priority - a.priority);
  return groups.find((group) => group.test(id))?.name ?? null;
}

/** Each of `ids` is claimed by `group` (null: by none); a failure names the module. */
function expectGroup(group: string | null, ids: readonly string[]) {
  for (const id of ids) expect({ id, group: groupOf(id) }).toEqual({ id, group });
}

test('React and the modules the entry imports itself start every page', () => {
  expectGroup('boot', [
    nm('react-dom/cjs/react-dom-client.production.js'),
    nm('react/jsx-runtime.js'),
    nm('scheduler/index.js'),
    src('lib/paths.ts'),
    src('scoring/question-steps.ts'),
    src('app/route-chunks.ts'),
    '\0vite/preload-helper.js',
  ]);
});

test("the start page's own modules stay out of the data and results groups (the first load)", () => {
  expectGroup('shell', [
    src('app/App.tsx'),
    src('features/wizard/StartPage.tsx'),
    src('features/wizard/draft-store.ts'),
    src('features/history/stored.ts'),
    src('lib/page-heading.ts'),
    src('lib/pwa.ts'),
    nm('zustand/esm/middleware.mjs'),
  ]);
});

test('the scoring, zod and the wizard knowledge are data; the history store and the results view have groups of their own', () => {
  expectGroup('data', [
    src('scoring/assess.ts'),
    src('scoring/answers/questions.ts'),
    src('knowledge/answer-labels.ts'),
    src('features/wizard/draft-schema.ts'),
    src('lib/fingerprint.ts'),
    nm('zod/v4/core/schemas.js'),
  ]);
  expectGroup('history', [
    src('features/history/store.ts'),
    src('features/history/records/v2.ts'),
    src('features/history/HistoryLoadNotice.tsx'),
    // The store's notices import these: in results, they would bring the results view along.
    src('features/history/notices.tsx'),
    src('features/history/DownloadResultButton.tsx'),
    src('lib/focus-after-render.ts'),
  ]);
  expectGroup('results', [
    src('app/routes/ResultsRoute.tsx'),
    src('features/results/ResultsView.tsx'),
    src('features/history/SaveResultNotice.tsx'),
    src('knowledge/foods.ts'),
  ]);
});

test('pages loaded on demand keep chunks of their own', () => {
  expectGroup(null, [
    src('features/wizard/WizardStep.tsx'),
    src('app/routes/HistoryRoute.tsx'),
    src('features/history/HistoryPage.tsx'),
    src('features/history/StartPageHistory.tsx'),
    // Shared by the wizard, the results and the start page's "resume" buttons.
    src('features/wizard/draft-progress.ts'),
    nm('react-hook-form/dist/index.esm.mjs'),
  ]);
});

test('the entry stays a chunk of its own: it awaits the app and the page, which must not need it', () => {
  expect(groupOf(src('main.tsx'))).toBeNull();
  // Each pattern names whole files: a longer name that starts like one is not caught.
  expect(HISTORY(src('features/history/stored.ts'))).toBe(false);
  expect(RESULTS(src('features/history/stored.ts'))).toBe(false);
  expect(SHELL(src('features/history/store.ts'))).toBe(false);
  expect(BOOT(src('lib/paths-extra.ts'))).toBe(false);
  expect(DATA(src('features/wizard/draft-progress.ts'))).toBe(false);
});

test('a chunk awaited at the top level of a module that its own chunk imports is a deadlock', () => {
  const chunk = (fileName: string, imports: string[], moduleIds: string[], facade?: string) => ({
    fileName,
    imports,
    moduleIds: moduleIds.map(src),
    facadeModuleId: facade ? src(facade) : null,
  });
  const awaited = { 'src/store.ts': ['src/schema.ts'] };
  const safe = [
    chunk('shell.js', ['boot.js'], ['store.ts']),
    chunk('data.js', ['boot.js'], ['schema.ts', 'other.ts']),
    chunk('schema.js', ['data.js'], [], 'schema.ts'),
    chunk('boot.js', [], ['react.ts']),
  ];
  expect(deadlocks(safe, awaited, ROOT)).toEqual([]);
  const stuck = safe.map((c) =>
    c.fileName === 'data.js' ? { ...c, imports: ['boot.js', 'mid.js'] } : c,
  );
  stuck.push(chunk('mid.js', ['shell.js'], ['mid.ts']));
  expect(deadlocks(stuck, awaited, ROOT)).toEqual([
    "src/store.ts awaits src/schema.ts, whose chunk imports src/store.ts's chunk",
  ]);
});
