// The history's persist storage: every read is checked (envelope, version, each entry), and no
// write replaces stored text that could not be read until a copy of it is kept aside.
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { SafeStorage, StorageErrorKind, StorageResult } from '../../lib/safe-storage';
import {
  HISTORY_STORAGE_KEY,
  parseStoredHistory,
  readEnvelope,
  validateHistory,
} from './persistence';
import type { LoadProblem } from './persistence';
import type { PersistedHistory } from './schema';

/** The history's storage as persist and the store's actions use it. */
export interface HistoryStorageAdapter {
  /** For zustand's persist: reads the envelope, writes JSON, keeps unreadable text aside. */
  persistStorage: PersistStorage<unknown, StorageResult<void>>;
  /** persist's `merge` step: validates what was read; what fails is kept aside. */
  validate(persisted: unknown): PersistedHistory;
  /** The stored history, read and checked now; null when there is none or none could be read. */
  readStored(): PersistedHistory | null;
  /** The result of the latest write, read by the action that caused it. */
  lastWrite(): StorageResult<void>;
  /**
   * Writes `history` over stored text that could not be read, without keeping it aside first:
   * only for when the person has chosen to discard that text.
   */
  replaceUnreadable(history: PersistedHistory, version: number): StorageResult<void>;
}

/** Builds the storage of the history in `storage`. */
export function createHistoryStorage(options: {
  storage: SafeStorage;
  /** Keeps unreadable text aside; returns whether the copy is safe. */
  keepAside: (raw: string, problem: LoadProblem) => StorageResult<void>;
  /** Told when a read or write fails (the kind) or succeeds again (null). */
  onStorageProblem: (kind: StorageErrorKind | null) => void;
}): HistoryStorageAdapter {
  const { storage, keepAside, onStorageProblem } = options;
  // The text last read from storage, so that validate can keep it aside if its entries fail.
  let lastRaw: string | null = null;
  let lastWrite: StorageResult<void> = { ok: true, value: undefined };
  // The latest check of stored text, so a write right after a read does not re-validate.
  let checked: { raw: string; problem: LoadProblem | null } | null = null;

  function problemIn(raw: string): LoadProblem | null {
    if (checked?.raw !== raw) checked = { raw, problem: parseStoredHistory(raw).problem };
    return checked.problem;
  }

  const persistStorage: PersistStorage<unknown, StorageResult<void>> = {
    getItem(name) {
      const read = storage.read(name);
      if (!read.ok) {
        onStorageProblem(read.kind);
        lastRaw = null;
        return null;
      }
      lastRaw = read.value;
      if (read.value === null) return null;
      const envelope = readEnvelope(read.value);
      if (!envelope.ok) {
        keepAside(read.value, envelope.problem);
        return null;
      }
      return { state: envelope.state, version: envelope.version };
    },
    setItem(name, value: StorageValue<unknown>) {
      const text = JSON.stringify(value);
      const current = storage.read(name);
      if (current.ok && current.value === text) {
        lastWrite = { ok: true, value: undefined };
      } else {
        // Never overwrite data that could not be read unless a copy of it is safe elsewhere.
        const stored = current.ok ? current.value : null;
        const problem = stored === null ? null : problemIn(stored);
        const backup = problem && stored !== null ? keepAside(stored, problem) : null;
        lastWrite = backup && !backup.ok ? backup : storage.write(name, text);
      }
      onStorageProblem(lastWrite.ok ? null : lastWrite.kind);
      return lastWrite;
    },
    removeItem(name) {
      return storage.remove(name);
    },
  };

  return {
    persistStorage,
    validate(persisted) {
      const { history, problem } = validateHistory(persisted);
      if (problem && lastRaw !== null) keepAside(lastRaw, problem);
      return history;
    },
    readStored() {
      const read = storage.read(HISTORY_STORAGE_KEY);
      if (!read.ok || read.value === null) return null;
      const parsed = parseStoredHistory(read.value);
      checked = { raw: read.value, problem: parsed.problem };
      if (parsed.problem) keepAside(read.value, parsed.problem);
      return parsed.history;
    },
    lastWrite: () => lastWrite,
    replaceUnreadable(history, version) {
      const read = storage.read(HISTORY_STORAGE_KEY);
      if (!read.ok) return read;
      if (read.value === null || problemIn(read.value) === null)
        return { ok: true, value: undefined };
      const write = storage.write(HISTORY_STORAGE_KEY, JSON.stringify({ state: history, version }));
      onStorageProblem(write.ok ? null : write.kind);
      return write;
    },
  };
}
