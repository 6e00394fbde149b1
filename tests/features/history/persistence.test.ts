// Reading stored history: versions, the record chain, and ids that could not be opened.
import { afterEach, expect, test } from 'vitest';
import { createSafeStorage } from '../../../src/lib/safe-storage';
import {
  describeLoadProblem,
  HISTORY_BACKUP_KEY,
  HISTORY_STORAGE_KEY,
  HISTORY_VERSION,
  migrateHistory,
  parseStoredHistory,
  recordVersionOfHistory,
} from '../../../src/features/history/persistence';
import { CURRENT_RECORD_VERSION, readRecord } from '../../../src/features/history/records/chain';
import { snapshotIdSchema } from '../../../src/features/history/schema';
import { createHistoryStore } from '../../../src/features/history/store';
import type { HistoryStores } from '../../../src/features/history/store';
import { NEWER, OLDER, storedHistory } from './fixtures';

const open: HistoryStores[] = [];
afterEach(() => {
  for (const stores of open.splice(0)) stores.dispose();
});

/** Ids the browser's URL parser would change, even percent-encoded: refused. */
const UNSAFE_IDS = [
  '.',
  '..',
  '...',
  'a\u0000b',
  'line\nbreak',
  'tab\there',
  '\u007f',
  '\u0085',
  'lone \ud800 high',
  'lone \udc00 low',
];
/** Ids src/lib/paths.ts encodes into a working address: accepted. */
const SAFE_IDS = [
  'a/b',
  '100%',
  'compare',
  '../../x',
  '.hidden',
  'a..b',
  'print',
  'café ☕',
  'leg 🦵',
];

/** An id as a test name, control characters written as escapes. */
function shown(id: string): string {
  return [...id]
    .map((char) => {
      const code = char.codePointAt(0) ?? 0;
      const control =
        code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0xd800 && code <= 0xdfff);
      return control ? `\\u${code.toString(16).padStart(4, '0')}` : char;
    })
    .join('');
}

test.each(UNSAFE_IDS.map((id) => [shown(id), id]))(
  'the id "%s" cannot be put in an address and is refused with a reason',
  (_shown, id) => {
    const checked = snapshotIdSchema.safeParse(id);
    expect(checked.success).toBe(false);
    expect(checked.error?.issues[0]?.message).toBe(
      'The id cannot be only dots or hold control characters or broken text (it could not be opened)',
    );
    const read = readRecord({ ...NEWER, id }, CURRENT_RECORD_VERSION);
    expect(read.ok).toBe(false);
  },
);

test.each(SAFE_IDS)('the id %j stays a valid id', (id) => {
  expect(snapshotIdSchema.safeParse(id).success).toBe(true);
  expect(readRecord({ ...NEWER, id }, CURRENT_RECORD_VERSION)).toEqual({
    ok: true,
    snapshot: { ...NEWER, id },
  });
});

test('a stored result whose id could not be opened is set aside; the others stay', () => {
  const { history, problem } = parseStoredHistory(storedHistory([{ ...NEWER, id: '..' }, OLDER]));
  expect(history?.entries).toEqual([OLDER]);
  expect(problem).toEqual({ kind: 'invalid-entries', count: 1, total: 2, fields: ['id'] });
});

test('on load, a stored result with an unsafe id is kept aside in the backup, not lost', () => {
  const raw = storedHistory([NEWER, { ...OLDER, id: 'new\nline' }]);
  localStorage.setItem(HISTORY_STORAGE_KEY, raw);
  const stores = createHistoryStore({ storage: createSafeStorage(() => localStorage) });
  open.push(stores);
  expect(stores.store.getState().entries.map((entry) => entry.id)).toEqual([NEWER.id]);
  expect(stores.status.getState().loadProblem).toMatchObject({ kind: 'invalid-entries' });
  expect(localStorage.getItem(HISTORY_BACKUP_KEY)).toContain(JSON.stringify(raw));
});

test('each stored history version says which record version its results are', () => {
  expect(recordVersionOfHistory(1)).toBe(1);
  expect(recordVersionOfHistory(2)).toBe(1);
  expect(recordVersionOfHistory(HISTORY_VERSION)).toBe(CURRENT_RECORD_VERSION);
  expect(recordVersionOfHistory(HISTORY_VERSION + 1)).toBeUndefined();
});

test('stored history of the current version is read through the record chain, unchanged', () => {
  const { history, problem } = parseStoredHistory(storedHistory([NEWER, OLDER]));
  expect(problem).toBeNull();
  expect(history?.entries).toEqual([NEWER, OLDER]);
});

test('the first format is migrated; what the migration cannot map is passed on unchanged', () => {
  expect(
    migrateHistory({ results: [{ id: 'x', date: 0, answers: {}, assessment: {} }, 'junk'] }, 1),
  ).toEqual({
    entries: [
      {
        id: 'x',
        createdAt: '1970-01-01T00:00:00.000Z',
        answers: {},
        assessment: {},
        scoringVersion: 0,
      },
      'junk',
    ],
    deletedIds: [],
  });
  const unknown = { something: 'else' };
  expect(migrateHistory(unknown, 1)).toBe(unknown);
  expect(migrateHistory(unknown, 0)).toBe(unknown);
});

test('history written by a newer version is not read, and the words say to update LegCheck', () => {
  const problem = { kind: 'newer-version', version: HISTORY_VERSION + 1 } as const;
  expect(parseStoredHistory(storedHistory([NEWER], [], HISTORY_VERSION + 1))).toEqual({
    history: null,
    problem,
  });
  expect(describeLoadProblem(problem)).toBe(
    `The stored data comes from a newer version of LegCheck (format ${HISTORY_VERSION + 1}) than this one. Reload this page while online to update LegCheck and open it.`,
  );
});
