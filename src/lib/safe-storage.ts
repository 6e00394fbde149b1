// Web storage can throw on any call: blocked cookies or site data, private modes, a full quota,
// or a sandboxed frame. Callers get a result with the kind of failure instead of an exception.

/** Why a storage call failed: the quota is full, storage is blocked or missing, or anything else. */
export type StorageErrorKind = 'quota' | 'unavailable' | 'unknown';

/** The outcome of one storage call: the value, or the kind of failure. */
export type StorageResult<T> = { ok: true; value: T } | { ok: false; kind: StorageErrorKind };

/** Storage calls that never throw. */
export interface SafeStorage {
  /** The stored text for `key`, or null when there is none. */
  read(key: string): StorageResult<string | null>;
  /** Stores `value` under `key`. */
  write(key: string, value: string): StorageResult<void>;
  /** Removes `key`. */
  remove(key: string): StorageResult<void>;
}

/** Sorts a thrown value into a StorageErrorKind. */
export function storageErrorKind(error: unknown): StorageErrorKind {
  if (error instanceof DOMException || (error instanceof Error && 'code' in error)) {
    const code = 'code' in error && typeof error.code === 'number' ? error.code : undefined;
    // 22: QuotaExceededError in most browsers; 1014: NS_ERROR_DOM_QUOTA_REACHED in old Firefox.
    if (
      error.name === 'QuotaExceededError' ||
      error.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
      code === 22 ||
      code === 1014
    ) {
      return 'quota';
    }
    if (error.name === 'SecurityError' || error.name === 'InvalidAccessError') return 'unavailable';
  }
  return 'unknown';
}

/** Wraps a storage getter (which itself may throw, e.g. when site data is blocked). */
export function createSafeStorage(getStorage: () => Storage | null | undefined): SafeStorage {
  function attempt<T>(action: (storage: Storage) => T): StorageResult<T> {
    let storage: Storage | null | undefined;
    try {
      storage = getStorage();
    } catch {
      return { ok: false, kind: 'unavailable' };
    }
    if (!storage) return { ok: false, kind: 'unavailable' };
    try {
      return { ok: true, value: action(storage) };
    } catch (error) {
      return { ok: false, kind: storageErrorKind(error) };
    }
  }
  return {
    read: (key) => attempt((storage) => storage.getItem(key)),
    write: (key, value) => attempt((storage) => storage.setItem(key, value)),
    remove: (key) => attempt((storage) => storage.removeItem(key)),
  };
}

/** The browser's localStorage behind calls that never throw. */
export const safeLocalStorage: SafeStorage = createSafeStorage(() =>
  typeof window === 'undefined' ? null : window.localStorage,
);
