import { expect, test, vi } from 'vitest';
import { createCrossTabSync } from '../../../src/features/history/cross-tab';
import { HISTORY_BACKUP_KEY, HISTORY_STORAGE_KEY } from '../../../src/features/history/persistence';
import { NEWER, OLDER } from './fixtures';

function sync() {
  const target = new EventTarget();
  const handlers = {
    rehydrate: vi.fn(() => Promise.resolve()),
    writeBack: vi.fn(),
    onBackupChanged: vi.fn(),
  };
  const tab = createCrossTabSync({ target, ...handlers });
  const stop = tab.listen();
  const announce = (key: string | null) =>
    target.dispatchEvent(new StorageEvent('storage', { key }));
  return { tab, stop, announce, ...handlers };
}

test('another tab changing the history makes this tab read it again', () => {
  const { announce, rehydrate, onBackupChanged } = sync();
  announce('legcheck-draft');
  expect(rehydrate).not.toHaveBeenCalled();
  announce(HISTORY_STORAGE_KEY);
  expect(rehydrate).toHaveBeenCalledTimes(1);
  expect(onBackupChanged).not.toHaveBeenCalled();
});

test('another tab changing the kept-aside data, or clearing storage, is passed on', () => {
  const { announce, rehydrate, onBackupChanged } = sync();
  announce(HISTORY_BACKUP_KEY);
  expect(onBackupChanged).toHaveBeenCalledTimes(1);
  expect(rehydrate).not.toHaveBeenCalled();
  announce(null);
  expect(onBackupChanged).toHaveBeenCalledTimes(2);
  expect(rehydrate).toHaveBeenCalledTimes(1);
});

test('results this tab held that storage lacked are written back; deletions from storage win', async () => {
  const { tab, announce, writeBack } = sync();
  const merged = tab.merge(
    { entries: [NEWER], deletedIds: [OLDER.id] },
    { entries: [OLDER], deletedIds: [] },
  );
  expect(merged).toEqual({ entries: [NEWER], deletedIds: [OLDER.id] });
  announce(HISTORY_STORAGE_KEY);
  await Promise.resolve();
  expect(writeBack).not.toHaveBeenCalled();

  const mine = { ...OLDER, id: 'only-here' };
  tab.merge({ entries: [NEWER], deletedIds: [] }, { entries: [mine], deletedIds: [] });
  announce(HISTORY_STORAGE_KEY);
  await vi.waitFor(() => expect(writeBack).toHaveBeenCalledTimes(1));
});

test('a tab that stopped listening hears nothing', () => {
  const { stop, announce, rehydrate } = sync();
  stop();
  announce(HISTORY_STORAGE_KEY);
  expect(rehydrate).not.toHaveBeenCalled();
});
