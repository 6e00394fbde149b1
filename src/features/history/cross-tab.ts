// Other open tabs change the same history. Each tab listens for `storage` events, reads the
// history again through the same checks, merges it with what it holds, and writes the union
// back when it held results storage lacked (two tabs saving at once). Every tab writes the same
// order and an unchanged text is not written, so the tabs settle instead of echoing.
import { HISTORY_BACKUP_KEY, HISTORY_STORAGE_KEY, mergeHistories } from './persistence';
import type { PersistedHistory } from './schema';

/** Something that announces `storage` events, like the window. */
export interface StorageEventTarget {
  addEventListener(type: 'storage', listener: (event: Event) => void): void;
  removeEventListener(type: 'storage', listener: (event: Event) => void): void;
}

/** The cross-tab part of the history store. */
export interface CrossTabSync {
  /** persist's `merge`: storage is the truth for deletions; nothing this tab holds is lost. */
  merge(stored: PersistedHistory, memory: PersistedHistory): PersistedHistory;
  /** Starts listening; returns the function that stops. */
  listen(): () => void;
}

/** Keeps one tab's history in step with the others. */
export function createCrossTabSync(options: {
  /** Where other tabs' changes are announced (the window), or null not to listen. */
  target: StorageEventTarget | null;
  /** Reads the history from storage again (persist's rehydrate, which calls `merge`). */
  rehydrate: () => Promise<void>;
  /** Writes what this tab holds (after a merge that added to what storage had). */
  writeBack: () => void;
  /** Another tab changed the kept-aside data (downloaded or discarded it, or kept more). */
  onBackupChanged: () => void;
}): CrossTabSync {
  const { target, rehydrate, writeBack, onBackupChanged } = options;
  // Set by merge when this tab held entries storage lacked.
  let needsWriteBack = false;

  function onStorage(event: Event) {
    if (!(event instanceof StorageEvent)) return;
    // key null means another tab cleared all of storage.
    if (event.key === HISTORY_BACKUP_KEY || event.key === null) onBackupChanged();
    if (event.key !== HISTORY_STORAGE_KEY && event.key !== null) return;
    void rehydrate().then(() => {
      if (!needsWriteBack) return;
      needsWriteBack = false;
      writeBack();
    });
  }

  return {
    merge(stored, memory) {
      const merged = mergeHistories(stored, memory);
      needsWriteBack = merged.added > 0;
      return merged.history;
    },
    listen() {
      target?.addEventListener('storage', onStorage);
      return () => target?.removeEventListener('storage', onStorage);
    },
  };
}
