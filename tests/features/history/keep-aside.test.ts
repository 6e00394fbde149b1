import { expect, test } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { createKeepAside, readBackupDocument } from '../../../src/features/history/keep-aside';
import { HISTORY_BACKUP_KEY } from '../../../src/features/history/persistence';
import { INITIAL_STATUS } from '../../../src/features/history/status';
import type { HistoryStatus } from '../../../src/features/history/status';
import { createSafeStorage, safeLocalStorage } from '../../../src/lib/safe-storage';

const NOW = new Date('2026-11-29T12:00:00.000Z');

function keeper(storage = safeLocalStorage) {
  const status = createStore<HistoryStatus>()(() => ({ ...INITIAL_STATUS }));
  return { status, keepAside: createKeepAside({ storage, now: () => NOW, status }) };
}

test('unreadable text is kept once, and is not dealt with until downloaded', () => {
  const { status, keepAside } = keeper();
  keepAside.keep('broken', { kind: 'not-json' });
  keepAside.keep('broken', { kind: 'not-json' });
  expect(readBackupDocument(safeLocalStorage).items).toEqual([
    {
      keptAt: NOW.toISOString(),
      reason: 'The stored data is damaged and cannot be read.',
      raw: 'broken',
    },
  ]);
  expect(status.getState().unreadable).toHaveLength(1);

  keepAside.downloaded(keepAside.file());
  expect(status.getState().unreadable).toEqual([]);
  expect(readBackupDocument(safeLocalStorage).items[0]?.downloadedAt).toBe(NOW.toISOString());
  // A new tab or visit reads the same from storage.
  const later = keeper();
  later.keepAside.refresh();
  expect(later.status.getState().unreadable).toEqual([]);
});

test('a backup written by an earlier version (no marks) counts as not dealt with', () => {
  localStorage.setItem(
    HISTORY_BACKUP_KEY,
    JSON.stringify({
      format: 'legcheck-history-backup',
      items: [{ keptAt: '2025-01-01T00:00:00.000Z', reason: 'Damaged.', raw: 'old text' }],
    }),
  );
  const { status, keepAside } = keeper();
  keepAside.refresh();
  expect(status.getState().unreadable.map((item) => item.raw)).toEqual(['old text']);
});

test('text under the backup key in an unknown form is itself kept and offered', () => {
  localStorage.setItem(HISTORY_BACKUP_KEY, 'something else');
  const { status, keepAside } = keeper();
  keepAside.refresh();
  expect(status.getState().unreadable.map((item) => item.raw)).toEqual(['something else']);
  expect(keepAside.file().items.map((item) => item.raw)).toEqual(['something else']);
});

test('discarding removes the kept-aside data from the device', () => {
  const { status, keepAside } = keeper();
  keepAside.keep('broken', { kind: 'wrong-shape' });
  expect(keepAside.discarded().ok).toBe(true);
  expect(localStorage.getItem(HISTORY_BACKUP_KEY)).toBeNull();
  expect(status.getState().unreadable).toEqual([]);
});

test('when the copy cannot be stored, it stays in memory and is offered until downloaded', () => {
  const refusing = createSafeStorage(() => ({
    ...localStorage,
    getItem: (key: string) => localStorage.getItem(key),
    setItem: () => {
      throw new DOMException('full', 'QuotaExceededError');
    },
    removeItem: (key: string) => localStorage.removeItem(key),
  }));
  const { status, keepAside } = keeper(refusing);
  expect(keepAside.keep('broken', { kind: 'not-json' }).ok).toBe(false);
  expect(status.getState()).toMatchObject({ keptAsideStored: false });
  expect(status.getState().unreadable.map((item) => item.raw)).toEqual(['broken']);
  keepAside.downloaded(keepAside.file());
  expect(status.getState().unreadable).toEqual([]);
});
