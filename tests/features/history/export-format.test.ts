import fc from 'fast-check';
import { afterEach, expect, test } from 'vitest';
import { createSafeStorage } from '../../../src/lib/safe-storage';
import {
  buildExportFile,
  describeImportProblem,
  exportFileSchema,
  importHistoryText,
  MAX_IMPORT_BYTES,
  parseExportFile,
  readImportFile,
} from '../../../src/features/history/export-format';
import { HISTORY_STORAGE_KEY } from '../../../src/features/history/persistence';
import { createHistoryStore } from '../../../src/features/history/store';
import type { HistoryStores } from '../../../src/features/history/store';
import { assess, SCORING_VERSION } from '../../../src/scoring';
import { answersArb } from '../../scoring/arbitraries';
import { NEWER, OLDER, storedHistory } from './fixtures';

const open: HistoryStores[] = [];
afterEach(() => {
  for (const stores of open.splice(0)) stores.dispose();
});

function openTab(): HistoryStores {
  const stores = createHistoryStore({ storage: createSafeStorage(() => localStorage) });
  open.push(stores);
  return stores;
}

const validFile = buildExportFile([NEWER, OLDER], new Date('2025-04-01T12:00:00Z'));

test('an exported file reads back with every result unchanged', () => {
  const parsed = parseExportFile(JSON.stringify(validFile));
  expect(parsed).toEqual({ ok: true, file: validFile });
});

test('text that is not JSON is refused with a message saying so', () => {
  const parsed = parseExportFile('name,date\nme,today');
  expect(parsed).toEqual({ ok: false, problem: { kind: 'not-json' } });
  if (!parsed.ok) expect(describeImportProblem(parsed.problem)).toMatch(/not JSON/);
});

test('JSON of another kind is refused as the wrong format', () => {
  for (const other of [
    [],
    'legcheck-history',
    { format: 'other', formatVersion: 1, entries: [] },
  ]) {
    expect(parseExportFile(JSON.stringify(other))).toEqual({
      ok: false,
      problem: { kind: 'wrong-format' },
    });
  }
  const parsed = parseExportFile(JSON.stringify({ ...validFile, exportedAt: 'yesterday' }));
  expect(parsed).toEqual({ ok: false, problem: { kind: 'wrong-format' } });
});

test('a file from a newer LegCheck is refused, saying to update LegCheck to open it', () => {
  const parsed = parseExportFile(JSON.stringify({ ...validFile, formatVersion: 3 }));
  expect(parsed).toEqual({ ok: false, problem: { kind: 'newer-version', version: 3 } });
  if (!parsed.ok) {
    expect(describeImportProblem(parsed.problem)).toBe(
      'This file comes from a newer version of LegCheck (file format 3) than this one. To open it, update LegCheck: reload this page while online, then import the file again. Nothing was imported.',
    );
  }
});

test('a format version that never existed is refused as the wrong format', () => {
  for (const formatVersion of [0, -1, 0.5]) {
    expect(parseExportFile(JSON.stringify({ ...validFile, formatVersion }))).toEqual({
      ok: false,
      problem: { kind: 'wrong-format' },
    });
  }
});

test('a result whose advice does not match its answers is refused, and nothing is imported', () => {
  const edited = {
    ...NEWER,
    assessment: { ...NEWER.assessment, triage: { level: 'self-care', reasons: [] } },
  };
  const text = JSON.stringify({ ...validFile, entries: [OLDER, edited] });
  expect(parseExportFile(text)).toEqual({
    ok: false,
    problem: { kind: 'advice-mismatch', positions: [2] },
  });
  const tab = openTab();
  const result = importHistoryText(text, tab.store.getState().actions.entriesImported);
  if (result.ok) throw new Error('the edited file was imported');
  expect(describeImportProblem(result.problem)).toBe(
    'The advice saved with result 2 in this file does not match its answers, so it cannot be trusted (the file may have been changed). Nothing was imported.',
  );
  expect(tab.store.getState().entries).toEqual([]);
  expect(localStorage.getItem(HISTORY_STORAGE_KEY)).toBeNull();
});

test('every result with advice that does not match is named', () => {
  const reordered = { ...OLDER.assessment, ranked: [...OLDER.assessment.ranked].reverse() };
  const scored = { ...NEWER.assessment, tests: [] };
  const text = JSON.stringify({
    ...validFile,
    entries: [
      { ...OLDER, assessment: reordered },
      NEWER,
      { ...NEWER, id: 'x', assessment: scored },
    ],
  });
  const parsed = parseExportFile(text);
  expect(parsed).toEqual({ ok: false, problem: { kind: 'advice-mismatch', positions: [1, 3] } });
  if (!parsed.ok) {
    expect(describeImportProblem(parsed.problem)).toMatch(
      /^The advice saved with results 1 and 3 in this file does not match their answers/,
    );
  }
  const many = describeImportProblem({ kind: 'advice-mismatch', positions: [1, 2, 3, 4, 5, 6, 7] });
  expect(many).toMatch(/^The advice saved with results 1, 2, 3, 4, 5 and 2 more in this file/);
});

test('results scored by older rules cannot be re-checked and are imported as they were stored', () => {
  const older = {
    ...OLDER,
    scoringVersion: SCORING_VERSION - 1,
    assessment: { ...OLDER.assessment, otherCauses: ['overuse'] },
  };
  const parsed = parseExportFile(JSON.stringify({ ...validFile, entries: [older] }));
  expect(parsed).toEqual({ ok: true, file: { ...validFile, entries: [older] } });
});

test('a result whose id could not be opened is refused, naming the id', () => {
  const parsed = parseExportFile(
    JSON.stringify({ ...validFile, entries: [NEWER, { ...OLDER, id: '..' }] }),
  );
  expect(parsed).toEqual({
    ok: false,
    problem: {
      kind: 'invalid-entries',
      count: 1,
      total: 2,
      entries: [{ position: 2, fields: ['id'] }],
    },
  });
});

test('a file with broken results says how many and which fields', () => {
  const broken = {
    ...validFile,
    entries: [
      NEWER,
      { ...OLDER, createdAt: 'last week' },
      {
        ...OLDER,
        id: 'x',
        answers: { ...OLDER.answers, diet: { ...OLDER.answers.diet, water: 'lots' } },
      },
    ],
  };
  const parsed = parseExportFile(JSON.stringify(broken));
  expect(parsed).toEqual({
    ok: false,
    problem: {
      kind: 'invalid-entries',
      count: 2,
      total: 3,
      entries: [
        { position: 2, fields: ['createdAt'] },
        { position: 3, fields: ['answers.diet.water'] },
      ],
    },
  });
  if (!parsed.ok) {
    expect(describeImportProblem(parsed.problem)).toBe(
      '2 of the 3 results in this file could not be read: result 2 (createdAt); result 3 (answers.diet.water). Nothing was imported.',
    );
  }
});

test('a file over 1 MB is refused before it is read', async () => {
  const big = new Blob(['x'.repeat(MAX_IMPORT_BYTES + 1)]);
  const parsed = await readImportFile(big);
  expect(parsed).toEqual({
    ok: false,
    problem: { kind: 'too-large', bytes: MAX_IMPORT_BYTES + 1 },
  });
  if (!parsed.ok) expect(describeImportProblem(parsed.problem)).toMatch(/too large.*1 MB/);
});

test('a file read from disk is checked the same way', async () => {
  const parsed = await readImportFile(new Blob([JSON.stringify(validFile)]));
  expect(parsed.ok).toBe(true);
});

/** A value with one part replaced or removed, somewhere down its tree. */
function mutate(value: unknown, path: readonly number[], replacement: unknown): unknown {
  if (typeof value !== 'object' || value === null) return replacement;
  const keys = Object.keys(value);
  if (keys.length === 0) return replacement;
  const [step = 0, ...rest] = path;
  const key = keys[step % keys.length] ?? '';
  const child: unknown = Reflect.get(value, key);
  if (Array.isArray(value)) {
    const copy: unknown[] = [...value];
    if (rest.length === 0 && replacement === undefined) copy.splice(Number(key), 1);
    else copy[Number(key)] = mutate(child, rest, replacement);
    return copy;
  }
  if (rest.length === 0 && replacement === undefined) {
    return Object.fromEntries(Object.entries(value).filter(([name]) => name !== key));
  }
  return { ...value, [key]: mutate(child, rest, replacement) };
}

const snapshotArb = fc
  .record({
    id: fc.uuid(),
    createdAt: fc
      .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
      .map((date) => date.toISOString()),
    answers: answersArb,
    note: fc.option(fc.string({ maxLength: 500 }), { nil: undefined }),
  })
  .map(({ note, ...rest }) => ({
    ...rest,
    assessment: assess(rest.answers),
    scoringVersion: SCORING_VERSION,
    ...(note === undefined ? {} : { note }),
  }));

const validFileArb = fc
  .array(snapshotArb, { maxLength: 3 })
  .map((entries) => buildExportFile(entries, new Date('2025-04-01T12:00:00Z')));

/** Any text a person could pick: random JSON, any value as JSON, or a damaged real file. */
const fileTextArb = fc.oneof(
  fc.json(),
  fc.anything().map((value) => JSON.stringify(value) ?? 'undefined'),
  fc.string(),
  fc
    .tuple(
      validFileArb,
      fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
      fc.oneof(fc.constant(undefined), fc.jsonValue()),
    )
    .map(([file, path, replacement]) => JSON.stringify(mutate(file, path, replacement))),
);

/** A file today's LegCheck writes, with the advice its rules give for each result's answers. */
function isImportable(text: string): boolean {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return false;
  }
  const file = exportFileSchema.safeParse(data);
  return (
    file.success &&
    file.data.entries.every(
      (entry) =>
        entry.scoringVersion !== SCORING_VERSION ||
        JSON.stringify(entry.assessment) === JSON.stringify(assess(entry.answers)),
    )
  );
}

test('importing any text never throws and changes history only for a valid file', () => {
  localStorage.setItem(HISTORY_STORAGE_KEY, storedHistory([NEWER]));
  const tab = openTab();
  fc.assert(
    fc.property(fileTextArb, (text) => {
      const before = localStorage.getItem(HISTORY_STORAGE_KEY);
      const entriesBefore = tab.store.getState().entries;
      const result = importHistoryText(text, tab.store.getState().actions.entriesImported);
      expect(result.ok).toBe(isImportable(text));
      if (!result.ok) {
        expect(localStorage.getItem(HISTORY_STORAGE_KEY)).toBe(before);
        expect(tab.store.getState().entries).toBe(entriesBefore);
      }
    }),
    { numRuns: 300 },
  );
});

test('a valid file adds each new result once, however often it is imported', () => {
  fc.assert(
    fc.property(validFileArb, (file) => {
      localStorage.clear();
      const tab = openTab();
      const { entriesImported } = tab.store.getState().actions;
      const text = JSON.stringify(file);
      const first = importHistoryText(text, entriesImported);
      const ids = new Set(file.entries.map((entry) => entry.id));
      expect(first).toMatchObject({ ok: true, added: ids.size });
      const again = importHistoryText(text, entriesImported);
      expect(again).toMatchObject({ ok: true, added: 0, skipped: file.entries.length });
      expect(tab.store.getState().entries).toHaveLength(ids.size);
      tab.dispose();
    }),
    { numRuns: 40 },
  );
});
