// Whether this device holds any saved history, read without loading the history store (which
// checks everything with zod): the start page shows its history link only when there is some,
// and a first visit loads none of it.
import { useSyncExternalStore } from 'react';
import { safeLocalStorage } from '../../lib/safe-storage';

/** The localStorage key of the saved history. */
export const HISTORY_STORAGE_KEY = 'legcheck-history';
/** The localStorage key where unreadable history data is kept aside, never thrown away. */
export const HISTORY_BACKUP_KEY = 'legcheck-history-backup';

/** True when saved results, or unreadable history kept aside, are in storage. */
export function hasStoredHistory(): boolean {
  return [HISTORY_STORAGE_KEY, HISTORY_BACKUP_KEY].some((key) => {
    const read = safeLocalStorage.read(key);
    return read.ok && read.value !== null;
  });
}

function subscribe(onChange: () => void): () => void {
  // Another tab saving or clearing results; this tab's own saves re-render through the router.
  window.addEventListener('storage', onChange);
  return () => window.removeEventListener('storage', onChange);
}

/** hasStoredHistory(), kept current when another tab changes the history. */
export function useHasStoredHistory(): boolean {
  return useSyncExternalStore(subscribe, hasStoredHistory, () => false);
}
