import { expect, test, vi } from 'vitest';
import { HISTORY_STORAGE_KEY, HISTORY_VERSION } from '../../../src/features/history/persistence';
import { createHistoryStorage } from '../../../src/features/history/storage-adapter';
import { safeLocalStorage } from '../../../src/lib/safe-storage';
import type { StorageResult } from '../../../src/lib/safe-storage';
import { NEWER, OLDER, storedHistory } from './fixtures';

const saved: StorageResult<void> = { ok: true, value: undefined };

function adapter(keepAside = vi.fn(() => saved)) {
  const onStorageProblem = vi.fn();
  return {
    keepAside,
    onStorageProblem,
    storage: createHistoryStorage({ storage: safeLocalStorage, keepAside, onStorageProblem }),
  };
}

test('reading text that is not JSON keeps it aside and reads nothing', () => {
  localStorage.setItem(HISTORY_STORAGE_KEY, 'oops');
  const { storage, keepAside } = adapter();
  expect(storage.persistStorage.getItem(HISTORY_STORAGE_KEY)).toBeNull();
  expect(keepAside).toHaveBeenCalledWith('oops', { kind: 'not-json' });
});

test('entries that fail their checks are kept aside when validated; the valid ones are read', () => {
  const text = storedHistory([NEWER, { ...OLDER, answers: 'lost' }]);
  localStorage.setItem(HISTORY_STORAGE_KEY, text);
  const { storage, keepAside } = adapter();
  const envelope = storage.persistStorage.getItem(HISTORY_STORAGE_KEY);
  if (!envelope || !('state' in envelope)) throw new Error('expected a stored envelope');
  expect(storage.validate(envelope.state).entries.map((entry) => entry.id)).toEqual([NEWER.id]);
  expect(keepAside).toHaveBeenCalledWith(
    text,
    expect.objectContaining({ kind: 'invalid-entries' }),
  );
});

test('unreadable text is not written over while its copy could not be kept', () => {
  localStorage.setItem(HISTORY_STORAGE_KEY, 'oops');
  const { storage, onStorageProblem } = adapter(
    vi.fn(() => ({ ok: false, kind: 'quota' }) as const),
  );
  const value = { state: { entries: [], deletedIds: [] }, version: HISTORY_VERSION };
  expect(storage.persistStorage.setItem(HISTORY_STORAGE_KEY, value)).toEqual({
    ok: false,
    kind: 'quota',
  });
  expect(localStorage.getItem(HISTORY_STORAGE_KEY)).toBe('oops');
  expect(onStorageProblem).toHaveBeenLastCalledWith('quota');
});

test('replacing unreadable text writes only over text that cannot be read', () => {
  const readable = storedHistory([NEWER]);
  localStorage.setItem(HISTORY_STORAGE_KEY, readable);
  const { storage } = adapter();
  storage.replaceUnreadable({ entries: [], deletedIds: [] }, HISTORY_VERSION);
  expect(localStorage.getItem(HISTORY_STORAGE_KEY)).toBe(readable);

  localStorage.setItem(HISTORY_STORAGE_KEY, 'oops');
  storage.replaceUnreadable({ entries: [NEWER], deletedIds: [] }, HISTORY_VERSION);
  expect(localStorage.getItem(HISTORY_STORAGE_KEY)).toBe(storedHistory([NEWER]));
});
