import { afterEach, expect, test } from 'vitest';
import { z } from 'zod/mini';
import { keptAsideItemSchema } from '../../../src/lib/kept-aside';
import { createSafeStorage } from '../../../src/lib/safe-storage';
import {
  HISTORY_BACKUP_KEY,
  HISTORY_STORAGE_KEY,
  HISTORY_VERSION,
} from '../../../src/features/history/persistence';
import { createHistoryStore } from '../../../src/features/history/store';
import type { StorageEventTarget } from '../../../src/features/history/cross-tab';
import type { HistoryStores } from '../../../src/features/history/store';
import {
  CRAMPS_ANSWERS,
  NEWER,
  OLDER,
  snapshotOf,
  storedHistory,
  TINGLING_ANSWERS,
} from './fixtures';
import HISTORY_V1 from '../../fixtures/records/history-v1.json?raw';
import { assess, SCORING_VERSION } from '../../../src/scoring';

const open: HistoryStores[] = [];

afterEach(() => {
  for (const stores of open.splice(0)) stores.dispose();
});

/** The draft id of one run through the questionnaire. */
const RUN = 'run-1';

/** A tab of the app: its own history store on the shared localStorage. */
function openTab(
  options: { storage?: Storage; target?: StorageEventTarget | null } = {},
): HistoryStores {
  const backing = options.storage ?? localStorage;
  const stores = createHistoryStore({
    storage: createSafeStorage(() => backing),
    target: options.target ?? null,
  });
  open.push(stores);
  return stores;
}

/** Just enough of the frozen first-format history to state what the migration must give. */
const v1Fixture = z.object({
  state: z.object({
    results: z.array(
      z.object({
        id: z.string(),
        date: z.number(),
        answers: z.unknown(),
        note: z.optional(z.string()),
      }),
    ),
  }),
});

/** The backup document as the store must write it (strict: a malformed one fails the test). */
const backupDocument = z.object({
  format: z.literal('legcheck-history-backup'),
  items: z.array(keptAsideItemSchema),
});

function backupItems() {
  const raw = localStorage.getItem(HISTORY_BACKUP_KEY);
  return raw === null ? [] : backupDocument.parse(JSON.parse(raw)).items;
}

function storedIds(): string[] {
  const raw = localStorage.getItem(HISTORY_STORAGE_KEY);
  if (raw === null) return [];
  const parsed: { state: { entries: { id: string }[] } } = JSON.parse(raw);
  return parsed.state.entries.map((entry) => entry.id);
}

/** A localStorage stand-in that refuses writes (to every key, or some) as a full quota would. */
class FullStorage implements Storage {
  readonly #items = new Map<string, string>();
  readonly #refused: ((key: string) => boolean) | undefined;
  constructor(initial: Record<string, string> = {}, refused?: (key: string) => boolean) {
    for (const [key, value] of Object.entries(initial)) this.#items.set(key, value);
    this.#refused = refused;
  }
  get length() {
    return this.#items.size;
  }
  clear() {
    this.#items.clear();
  }
  getItem(key: string) {
    return this.#items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.#items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.#items.delete(key);
  }
  setItem(key: string, value: string): void {
    if (!this.#refused || this.#refused(key)) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    this.#items.set(key, value);
  }
}

test('a saved result is there after a reload, with the current rules version', () => {
  const first = openTab();
  const outcome = first.store
    .getState()
    .actions.resultSaved(CRAMPS_ANSWERS, assess(CRAMPS_ANSWERS), RUN);
  expect(outcome.ok).toBe(true);

  const reloaded = openTab();
  const [entry] = reloaded.store.getState().entries;
  expect(entry?.answers).toEqual(CRAMPS_ANSWERS);
  expect(entry?.assessment).toEqual(assess(CRAMPS_ANSWERS));
  expect(entry?.scoringVersion).toBe(SCORING_VERSION);
  expect(Date.parse(entry?.createdAt ?? '')).not.toBeNaN();
});

test('the same answers saved twice in a row are kept once', () => {
  const tab = openTab();
  const { resultSaved } = tab.store.getState().actions;
  const first = resultSaved(CRAMPS_ANSWERS, assess(CRAMPS_ANSWERS), RUN);
  const second = resultSaved(structuredClone(CRAMPS_ANSWERS), assess(CRAMPS_ANSWERS), RUN);
  expect(second.snapshot?.id).toBe(first.snapshot?.id);
  expect(second.ok && second.reused).toBe(true);
  expect(tab.store.getState().entries).toHaveLength(1);

  resultSaved(TINGLING_ANSWERS, assess(TINGLING_ANSWERS), 'run-2');
  resultSaved(CRAMPS_ANSWERS, assess(CRAMPS_ANSWERS), RUN);
  expect(tab.store.getState().entries).toHaveLength(2);
});

test('history from the first storage format is migrated and nothing is lost', () => {
  // The frozen text LegCheck's first storage format left (tests/fixtures/records), never today's.
  localStorage.setItem(HISTORY_STORAGE_KEY, HISTORY_V1);
  const frozen = v1Fixture.parse(JSON.parse(HISTORY_V1)).state.results;
  const newestFirst = frozen.toSorted((a, b) => b.date - a.date);
  const tab = openTab();
  const { entries } = tab.store.getState();
  expect(entries.map((entry) => entry.id)).toEqual(newestFirst.map((result) => result.id));
  for (const [index, result] of newestFirst.entries()) {
    expect(entries[index]).toMatchObject({
      createdAt: new Date(result.date).toISOString(),
      scoringVersion: 0,
      answers: result.answers,
      ...(result.note === undefined ? {} : { note: result.note }),
    });
    // Through the record chain: a result of the first format had no cautions, and shows none.
    expect(entries[index]?.assessment.cautions).toEqual([]);
  }
  expect(tab.status.getState().loadProblem).toBeNull();
  // The migrated history is written back in the current format.
  const stored: { version: number; state: unknown } = JSON.parse(
    localStorage.getItem(HISTORY_STORAGE_KEY) ?? '',
  );
  expect(stored.version).toBe(HISTORY_VERSION);
  expect(storedIds()).toEqual(newestFirst.map((result) => result.id));
});

test('stored text that is not JSON: the app starts, says so, and keeps the text aside', () => {
  localStorage.setItem(HISTORY_STORAGE_KEY, '{"state": {"entries": [');
  const tab = openTab();
  expect(tab.store.getState().entries).toEqual([]);
  expect(tab.status.getState().loadProblem).toEqual({ kind: 'not-json' });
  expect(backupItems().map((item) => item.raw)).toEqual(['{"state": {"entries": [']);

  // Saving again is possible, and the kept copy stays.
  tab.store.getState().actions.resultSaved(CRAMPS_ANSWERS, assess(CRAMPS_ANSWERS), RUN);
  expect(storedIds()).toHaveLength(1);
  expect(backupItems()).toHaveLength(1);
});

test('stored data of the wrong shape is kept aside', () => {
  localStorage.setItem(HISTORY_STORAGE_KEY, JSON.stringify({ hello: 'world' }));
  const tab = openTab();
  expect(tab.status.getState().loadProblem).toEqual({ kind: 'wrong-shape' });
  expect(backupItems()[0]?.raw).toBe(JSON.stringify({ hello: 'world' }));
  expect(tab.store.getState().entries).toEqual([]);
});

test('history written by a newer version is kept aside, not read', () => {
  const newer = storedHistory([OLDER], [], HISTORY_VERSION + 1);
  localStorage.setItem(HISTORY_STORAGE_KEY, newer);
  const tab = openTab();
  expect(tab.status.getState().loadProblem).toEqual({
    kind: 'newer-version',
    version: HISTORY_VERSION + 1,
  });
  expect(tab.store.getState().entries).toEqual([]);
  expect(backupItems()[0]?.raw).toBe(newer);
  expect(backupItems()[0]?.reason).toMatch(/newer version/);
});

test('entries that fail validation are kept aside and the valid ones stay', () => {
  const broken = { ...OLDER, id: 'broken', assessment: { triage: 'none' } };
  const text = storedHistory([NEWER, broken, 42]);
  localStorage.setItem(HISTORY_STORAGE_KEY, text);
  const tab = openTab();
  expect(tab.store.getState().entries.map((entry) => entry.id)).toEqual([NEWER.id]);
  const problem = tab.status.getState().loadProblem;
  expect(problem).toMatchObject({ kind: 'invalid-entries', count: 2, total: 3 });
  expect(problem?.kind === 'invalid-entries' && problem.fields).toContain('assessment.triage');
  expect(backupItems().map((item) => item.raw)).toEqual([text]);
  // Loading the same data again does not pile up copies.
  openTab();
  expect(backupItems()).toHaveLength(1);
});

test('a full storage: the save is reported as failed and nothing is lost in memory', () => {
  const tab = openTab({ storage: new FullStorage() });
  const outcome = tab.store
    .getState()
    .actions.resultSaved(CRAMPS_ANSWERS, assess(CRAMPS_ANSWERS), RUN);
  expect(outcome).toMatchObject({ ok: false, kind: 'quota' });
  expect(tab.status.getState().storageProblem).toBe('quota');
  expect(tab.store.getState().entries.map((entry) => entry.answers)).toEqual([CRAMPS_ANSWERS]);
  expect(tab.status.getState().lastSave).toBe(outcome);
});

test('storage that cannot be opened at all: the app starts and says storage is unavailable', () => {
  const stores = createHistoryStore({
    storage: createSafeStorage(() => {
      throw new DOMException('Access is denied', 'SecurityError');
    }),
  });
  open.push(stores);
  expect(stores.store.getState().entries).toEqual([]);
  expect(stores.status.getState().storageProblem).toBe('unavailable');
  const outcome = stores.store
    .getState()
    .actions.resultSaved(CRAMPS_ANSWERS, assess(CRAMPS_ANSWERS), RUN);
  expect(outcome).toMatchObject({ ok: false, kind: 'unavailable' });
  expect(stores.store.getState().entries).toHaveLength(1);
});

test('unreadable data is never overwritten while no copy of it could be kept', () => {
  const garbage = 'not json at all';
  // Only the backup key is refused: the history key itself could be written.
  const storage = new FullStorage(
    { [HISTORY_STORAGE_KEY]: garbage },
    (key) => key === HISTORY_BACKUP_KEY,
  );
  const tab = openTab({ storage });
  expect(tab.status.getState().keptAsideStored).toBe(false);
  expect(tab.status.getState().keptAside.map((item) => item.raw)).toEqual([garbage]);
  const outcome = tab.store
    .getState()
    .actions.resultSaved(CRAMPS_ANSWERS, assess(CRAMPS_ANSWERS), RUN);
  expect(outcome.ok).toBe(false);
  expect(storage.getItem(HISTORY_STORAGE_KEY)).toBe(garbage);
  expect(tab.store.getState().entries).toHaveLength(1);
});

test('notes are kept, changed and cleared; a note over 500 characters is refused', () => {
  localStorage.setItem(HISTORY_STORAGE_KEY, storedHistory([NEWER, OLDER]));
  const tab = openTab();
  const { noteChanged } = tab.store.getState().actions;
  expect(noteChanged(OLDER.id, '  Ask about ferritin  ').ok).toBe(true);
  expect(openTab().store.getState().entries[1]?.note).toBe('Ask about ferritin');
  expect(noteChanged(OLDER.id, 'x'.repeat(501))).toEqual({ ok: false, kind: 'invalid' });
  expect(tab.store.getState().entries[1]?.note).toBe('Ask about ferritin');
  noteChanged(OLDER.id, '');
  expect(tab.store.getState().entries[1]).not.toHaveProperty('note');
});

test('a deleted result can be restored, and a cleared history can be imported again', () => {
  localStorage.setItem(HISTORY_STORAGE_KEY, storedHistory([NEWER, OLDER]));
  const tab = openTab();
  const { resultDeleted, resultsRestored, historyCleared, entriesImported } =
    tab.store.getState().actions;
  const deleted = resultDeleted(OLDER.id);
  expect(storedIds()).toEqual([NEWER.id]);
  if (!deleted) throw new Error('nothing was deleted');
  resultsRestored([deleted]);
  expect(storedIds()).toEqual([NEWER.id, OLDER.id]);

  const removed = historyCleared();
  expect(removed).toHaveLength(2);
  expect(openTab().store.getState().entries).toEqual([]);
  const outcome = entriesImported([OLDER, NEWER, NEWER]);
  expect(outcome).toMatchObject({ added: 2, skipped: 1 });
  expect(storedIds()).toEqual([NEWER.id, OLDER.id]);
  expect(entriesImported([OLDER])).toMatchObject({ added: 0, skipped: 1 });
});

test('another tab saving a result shows up here through the storage event', () => {
  const target = new EventTarget();
  const here = openTab({ target });
  const there = openTab();
  there.store.getState().actions.resultSaved(CRAMPS_ANSWERS, assess(CRAMPS_ANSWERS), RUN);
  expect(here.store.getState().entries).toEqual([]);
  target.dispatchEvent(new StorageEvent('storage', { key: HISTORY_STORAGE_KEY }));
  expect(here.store.getState().entries.map((entry) => entry.answers)).toEqual([CRAMPS_ANSWERS]);
});

test('two tabs saving at the same moment both keep their result', async () => {
  const target = new EventTarget();
  const here = openTab({ target });
  here.store.getState().actions.resultSaved(CRAMPS_ANSWERS, assess(CRAMPS_ANSWERS), RUN);
  const mine = here.store.getState().entries[0];
  // The other tab wrote without seeing this tab's save (a real race between processes).
  localStorage.setItem(HISTORY_STORAGE_KEY, storedHistory([NEWER]));
  target.dispatchEvent(new StorageEvent('storage', { key: HISTORY_STORAGE_KEY }));

  expect(here.store.getState().entries.map((entry) => entry.id)).toEqual([mine?.id, NEWER.id]);
  // This tab writes the union back, so the other tab (and a reload) sees both.
  await expect.poll(storedIds).toEqual([mine?.id, NEWER.id]);
  expect(openTab().store.getState().entries).toHaveLength(2);
});

test('a result deleted in one tab is not brought back by another tab', () => {
  localStorage.setItem(HISTORY_STORAGE_KEY, storedHistory([NEWER, OLDER]));
  const targetB = new EventTarget();
  const a = openTab();
  const b = openTab({ target: targetB });
  a.store.getState().actions.resultDeleted(OLDER.id);
  // Tab B has not heard of the deletion yet and saves something new.
  b.store.getState().actions.resultSaved(CRAMPS_ANSWERS, assess(CRAMPS_ANSWERS), RUN);
  expect(b.store.getState().entries.map((entry) => entry.id)).not.toContain(OLDER.id);
  expect(storedIds()).not.toContain(OLDER.id);
  expect(storedIds()).toContain(NEWER.id);

  // And when B hears about it, it does not resurrect it either.
  targetB.dispatchEvent(new StorageEvent('storage', { key: HISTORY_STORAGE_KEY }));
  expect(b.store.getState().entries.map((entry) => entry.id)).not.toContain(OLDER.id);
});

test('a note edited in another tab arrives through the storage event', () => {
  localStorage.setItem(HISTORY_STORAGE_KEY, storedHistory([NEWER, OLDER]));
  const target = new EventTarget();
  const here = openTab({ target });
  const there = openTab();
  there.store.getState().actions.noteChanged(OLDER.id, 'Written in the other tab');
  target.dispatchEvent(new StorageEvent('storage', { key: HISTORY_STORAGE_KEY }));
  expect(here.store.getState().entries[1]?.note).toBe('Written in the other tab');
});

test('corrupt data written by another tab is kept aside and this tab keeps its history', () => {
  localStorage.setItem(HISTORY_STORAGE_KEY, storedHistory([NEWER]));
  const target = new EventTarget();
  const here = openTab({ target });
  localStorage.setItem(HISTORY_STORAGE_KEY, '<html>oops');
  target.dispatchEvent(new StorageEvent('storage', { key: HISTORY_STORAGE_KEY }));
  expect(here.store.getState().entries.map((entry) => entry.id)).toEqual([NEWER.id]);
  expect(here.status.getState().loadProblem).toEqual({ kind: 'not-json' });
  expect(backupItems().map((item) => item.raw)).toContain('<html>oops');
});

test('saving the same run again after a reload finds its result wherever it is in the list', () => {
  openTab().store.getState().actions.resultSaved(CRAMPS_ANSWERS, assess(CRAMPS_ANSWERS), RUN);
  // A later result from another run (or an import) is now first in the list.
  const later = openTab();
  later.store.getState().actions.resultSaved(TINGLING_ANSWERS, assess(TINGLING_ANSWERS), 'run-2');

  const reloaded = openTab();
  const outcome = reloaded.store
    .getState()
    .actions.resultSaved(CRAMPS_ANSWERS, assess(CRAMPS_ANSWERS), RUN);
  expect(outcome).toMatchObject({ ok: true, reused: true, deleted: false });
  expect(storedIds()).toHaveLength(2);
});

test('a result dated in the future does not make every reload save a duplicate', () => {
  const ahead = snapshotOf(TINGLING_ANSWERS, 'from-a-fast-clock', '2999-01-01T00:00:00.000Z');
  localStorage.setItem(HISTORY_STORAGE_KEY, storedHistory([ahead]));
  for (let reload = 0; reload < 3; reload += 1) {
    openTab().store.getState().actions.resultSaved(CRAMPS_ANSWERS, assess(CRAMPS_ANSWERS), RUN);
  }
  expect(storedIds()).toHaveLength(2);
});

test('a result the person deleted is not saved again when the results page is reloaded', () => {
  const tab = openTab();
  const saved = tab.store
    .getState()
    .actions.resultSaved(CRAMPS_ANSWERS, assess(CRAMPS_ANSWERS), RUN);
  tab.store.getState().actions.resultDeleted(saved.snapshot?.id ?? '');

  const outcome = openTab()
    .store.getState()
    .actions.resultSaved(CRAMPS_ANSWERS, assess(CRAMPS_ANSWERS), RUN);
  expect(outcome).toMatchObject({ ok: true, deleted: true });
  expect(outcome.snapshot?.id).toBe(saved.snapshot?.id);
  expect(storedIds()).toEqual([]);
});

test('a result deleted in another tab is not saved again by this tab', () => {
  const here = openTab();
  const there = openTab();
  const saved = here.store
    .getState()
    .actions.resultSaved(CRAMPS_ANSWERS, assess(CRAMPS_ANSWERS), RUN);
  there.store.getState().actions.resultDeleted(saved.snapshot?.id ?? '');
  // This tab has not heard of the deletion and shows the same result again.
  here.store.getState().actions.resultSaved(CRAMPS_ANSWERS, assess(CRAMPS_ANSWERS), RUN);
  expect(storedIds()).toEqual([]);
  expect(here.store.getState().entries).toEqual([]);
});

test('a result saved before ids were derived (a random id) is reused for the same answers', () => {
  const legacy = snapshotOf(
    CRAMPS_ANSWERS,
    '0b6c7f1e-9d1a-4c55-a0f2-2f0a0d3b8e11',
    '2025-01-10T09:30:00.000Z',
  );
  localStorage.setItem(HISTORY_STORAGE_KEY, storedHistory([NEWER, legacy]));
  const outcome = openTab()
    .store.getState()
    .actions.resultSaved(CRAMPS_ANSWERS, assess(CRAMPS_ANSWERS), RUN);
  expect(outcome).toMatchObject({ ok: true, reused: true });
  expect(outcome.snapshot?.id).toBe(legacy.id);
  expect(storedIds()).toEqual([NEWER.id, legacy.id]);
});

test('damaged history replaced by a save is still reported on every later load until downloaded', () => {
  localStorage.setItem(HISTORY_STORAGE_KEY, '{"state": {"entries": [');
  openTab().store.getState().actions.resultSaved(CRAMPS_ANSWERS, assess(CRAMPS_ANSWERS), RUN);
  expect(storedIds()).toHaveLength(1);

  const later = openTab();
  expect(later.status.getState().unreadable.map((item) => item.raw)).toEqual([
    '{"state": {"entries": [',
  ]);
  later.store.getState().actions.loadNoticeDismissed();
  // Hidden for this visit only.
  expect(openTab().status.getState().unreadable).toHaveLength(1);

  const file = later.keptAsideFile();
  expect(later.store.getState().actions.unreadableDataDownloaded(file).ok).toBe(true);
  expect(later.status.getState().unreadable).toEqual([]);
  expect(openTab().status.getState().unreadable).toEqual([]);
  // The copy itself stays on the device.
  expect(backupItems().map((item) => item.raw)).toEqual(['{"state": {"entries": [']);
});

test('deleting the unreadable data after confirming removes it, and it is not found again', () => {
  localStorage.setItem(HISTORY_STORAGE_KEY, storedHistory([NEWER, { ...OLDER, answers: 'lost' }]));
  const tab = openTab();
  expect(tab.status.getState().unreadable).toHaveLength(1);
  expect(tab.store.getState().actions.unreadableDataDiscarded().ok).toBe(true);
  expect(localStorage.getItem(HISTORY_BACKUP_KEY)).toBeNull();
  expect(storedIds()).toEqual([NEWER.id]);
  const later = openTab();
  expect(later.status.getState().unreadable).toEqual([]);
  expect(later.store.getState().entries.map((entry) => entry.id)).toEqual([NEWER.id]);
});

test('another tab downloading the unreadable data ends the notice here too', () => {
  localStorage.setItem(HISTORY_STORAGE_KEY, 'not json');
  const target = new EventTarget();
  const here = openTab({ target });
  const there = openTab();
  there.store.getState().actions.unreadableDataDownloaded(there.keptAsideFile());
  expect(here.status.getState().unreadable).toHaveLength(1);
  target.dispatchEvent(new StorageEvent('storage', { key: HISTORY_BACKUP_KEY }));
  expect(here.status.getState().unreadable).toEqual([]);
});

test('a note changed in another tab since editing began is kept, and can then be replaced', () => {
  localStorage.setItem(HISTORY_STORAGE_KEY, storedHistory([NEWER, OLDER]));
  const here = openTab();
  const there = openTab();
  // Both tabs start editing OLDER's note (none yet); the other tab saves first.
  there.store.getState().actions.noteChanged(OLDER.id, 'Written in the other tab', '');
  const outcome = here.store.getState().actions.noteChanged(OLDER.id, 'Written here', '');
  expect(outcome).toEqual({ ok: false, kind: 'conflict', theirs: 'Written in the other tab' });
  expect(openTab().store.getState().entries[1]?.note).toBe('Written in the other tab');
  expect(here.store.getState().entries[1]?.note).toBe('Written in the other tab');

  // Having seen the other note, the person replaces it.
  const replaced = here.store
    .getState()
    .actions.noteChanged(OLDER.id, 'Written here', 'Written in the other tab');
  expect(replaced.ok).toBe(true);
  expect(openTab().store.getState().entries[1]?.note).toBe('Written here');
});
