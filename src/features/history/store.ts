import { useStore } from 'zustand';
import { persist } from 'zustand/middleware';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { useShallow } from 'zustand/react/shallow';
import { createStore } from 'zustand/vanilla';
import type { Mutate, StoreApi } from 'zustand/vanilla';
import { safeLocalStorage } from '../../lib/safe-storage';
import type { SafeStorage, StorageErrorKind, StorageResult } from '../../lib/safe-storage';
import { SCORING_VERSION } from '../../scoring';
import type { Answers, Assessment } from '../../scoring';
import { deepEqual } from './deep-equal';
import {
  describeLoadProblem,
  EMPTY_HISTORY,
  HISTORY_STORAGE_KEY,
  HISTORY_VERSION,
  mergeHistories,
  migrateHistory,
  readBackup,
  normalizeHistory,
  parseStoredHistory,
  readEnvelope,
  validateHistory,
  writeBackup,
} from './persistence';
import type { Backup, KeptAsideItem, LoadProblem } from './persistence';
import { noteSchema, snapshotSchema } from './schema';
import type { PersistedHistory, Snapshot } from './schema';

/** What became of saving a result. */
export type SaveOutcome =
  | { ok: true; snapshot: Snapshot; reused: boolean }
  | { ok: false; snapshot: Snapshot; kind: StorageErrorKind }
  | { ok: false; snapshot: null; kind: 'invalid' };

/** What became of an import. */
export interface ImportOutcome {
  added: number;
  skipped: number;
  write: StorageResult<void>;
}

/** The history store's events. */
export interface HistoryActions {
  /** Saves a result; the same answers under the same rules as the newest entry are not saved twice. */
  resultSaved(answers: Answers, assessment: Assessment): SaveOutcome;
  /** Deletes one saved result; returns it so that the deletion can be undone. */
  resultDeleted(id: string): Snapshot | undefined;
  /** Puts deleted results back (undo). */
  resultsRestored(snapshots: readonly Snapshot[]): StorageResult<void>;
  /** Sets or clears the note of a saved result; a note over the limit is refused. */
  noteChanged(id: string, note: string): StorageResult<void> | { ok: false; kind: 'invalid' };
  /** Deletes every saved result; returns them. */
  historyCleared(): Snapshot[];
  /** Adds validated results from a file; results already here (same id) are skipped. */
  entriesImported(entries: readonly Snapshot[]): ImportOutcome;
  /** Hides the notice about unreadable data for the rest of the visit. */
  loadNoticeDismissed(): void;
  /** Offers to undo a deletion for a short while (replacing any earlier offer). */
  undoOffered(message: string, snapshots: readonly Snapshot[], focus: boolean): void;
  /** Takes the offered undo: the deleted results come back. */
  undoTaken(): StorageResult<void> | null;
  /** Withdraws the offer (time is up, or it was dismissed). */
  undoExpired(): void;
}

/** A deletion that can still be undone. */
export interface PendingUndo {
  /** Tells one offer from the next. */
  id: number;
  message: string;
  snapshots: readonly Snapshot[];
  /** Whether the Undo button should take focus (the deletion happened on the same page). */
  focus: boolean;
}

/** The history store's state: the persisted history plus its events. */
export interface HistoryState extends PersistedHistory {
  actions: HistoryActions;
}

/** What the app knows about the health of storage in this visit (never persisted). */
export interface HistoryStatus {
  /** The latest problem found while reading stored history, or null. */
  loadProblem: LoadProblem | null;
  /** Whether the person has dismissed the notice about it. */
  loadNoticeDismissed: boolean;
  /** Unreadable data found in this visit, kept in memory too in case the backup failed. */
  keptAside: KeptAsideItem[];
  /** Whether everything in `keptAside` also reached the backup key. */
  keptAsideStored: boolean;
  /** Set when the latest read or write of storage failed: changes live only in this page. */
  storageProblem: StorageErrorKind | null;
  /** The latest save, for the notice on the results page. */
  lastSave: SaveOutcome | null;
  /** A deletion that can be undone, until the next action or time runs out. */
  pendingUndo: PendingUndo | null;
}

/** Something that announces `storage` events, like the window. */
export interface StorageEventTarget {
  addEventListener(type: 'storage', listener: (event: Event) => void): void;
  removeEventListener(type: 'storage', listener: (event: Event) => void): void;
}

/** What createHistoryStore needs from outside. */
export interface HistoryStoreOptions {
  /** Where the history lives. */
  storage: SafeStorage;
  /** The clock. */
  now?: () => Date;
  /** New ids. */
  newId?: () => string;
  /** Where other tabs' changes are announced (the window), or null not to listen. */
  target?: StorageEventTarget | null;
}

/** The stores and clean-up of one history. */
export interface HistoryStores {
  store: Mutate<StoreApi<HistoryState>, [['zustand/persist', unknown]]>;
  status: StoreApi<HistoryStatus>;
  /** Everything kept aside as unreadable (stored copies and this visit's), as one file. */
  keptAsideFile(): Backup;
  /** Stops listening for other tabs. */
  dispose(): void;
}

/** The status of a visit before anything has happened. */
export const INITIAL_STATUS: HistoryStatus = {
  loadProblem: null,
  loadNoticeDismissed: false,
  keptAside: [],
  keptAsideStored: true,
  storageProblem: null,
  lastSave: null,
  pendingUndo: null,
};

/** A random v4 UUID; randomUUID exists only in secure contexts, getRandomValues everywhere. */
export function randomId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function pick(state: PersistedHistory): PersistedHistory {
  return { entries: state.entries, deletedIds: state.deletedIds };
}

/**
 * Builds the history store. Every change first re-reads storage and applies the event to what
 * is there (so another tab's saves and deletions survive), then writes the result.
 */
export function createHistoryStore(options: HistoryStoreOptions): HistoryStores {
  const { storage } = options;
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? randomId;
  const status = createStore<HistoryStatus>()(() => ({ ...INITIAL_STATUS }));

  // The text last read from storage, so that merge can keep it aside if its entries fail.
  let lastRaw: string | null = null;
  // The result of the latest write, read by the action that caused it.
  let lastWrite: StorageResult<void> = { ok: true, value: undefined };
  // Set by merge when this tab held entries storage lacked (e.g. two tabs saved at once).
  let needsWriteBack = false;
  let undoCount = 0;

  // Remembers the latest check of stored text, so a write right after a read does not re-validate.
  let checked: { raw: string; problem: LoadProblem | null } | null = null;
  function problemIn(raw: string): LoadProblem | null {
    if (checked?.raw !== raw) checked = { raw, problem: parseStoredHistory(raw).problem };
    return checked.problem;
  }

  /** Keeps unreadable text aside (once) and tells the person; returns whether the copy is safe. */
  function keepAside(raw: string, problem: LoadProblem): StorageResult<void> {
    const item: KeptAsideItem = {
      keptAt: now().toISOString(),
      reason: describeLoadProblem(problem),
      raw,
    };
    const backup = writeBackup(storage, [item]);
    const current = status.getState();
    const isNew = !current.keptAside.some((kept) => kept.raw === raw);
    const keptAside = isNew ? [...current.keptAside, item] : current.keptAside;
    const inBackup = new Set(readBackup(storage).items.map((kept) => kept.raw));
    const keptAsideStored = keptAside.every((kept) => inBackup.has(kept.raw));
    if (isNew) {
      status.setState({
        loadProblem: problem,
        loadNoticeDismissed: false,
        keptAside,
        keptAsideStored,
      });
    } else if (keptAsideStored !== current.keptAsideStored) {
      status.setState({ keptAsideStored });
    }
    return backup;
  }

  function setStorageProblem(kind: StorageErrorKind | null) {
    if (status.getState().storageProblem !== kind) status.setState({ storageProblem: kind });
  }

  const persistStorage: PersistStorage<unknown, StorageResult<void>> = {
    getItem(name) {
      const read = storage.read(name);
      if (!read.ok) {
        setStorageProblem(read.kind);
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
        const problem = current.ok && current.value !== null ? problemIn(current.value) : null;
        const backup =
          problem && current.ok && current.value !== null
            ? keepAside(current.value, problem)
            : null;
        lastWrite = backup && !backup.ok ? backup : storage.write(name, text);
      }
      setStorageProblem(lastWrite.ok ? null : lastWrite.kind);
      return lastWrite;
    },
    removeItem(name) {
      return storage.remove(name);
    },
  };

  /** The stored history (validated) merged with what this tab holds. */
  function readBase(state: PersistedHistory): PersistedHistory {
    const read = storage.read(HISTORY_STORAGE_KEY);
    if (!read.ok || read.value === null) return normalizeHistory(pick(state));
    const parsed = parseStoredHistory(read.value);
    checked = { raw: read.value, problem: parsed.problem };
    if (parsed.problem) keepAside(read.value, parsed.problem);
    if (!parsed.history) return normalizeHistory(pick(state));
    return mergeHistories(parsed.history, pick(state)).history;
  }

  const store = createStore<HistoryState>()(
    persist<HistoryState, [], [], unknown>(
      (set, get) => {
        // Any change to the history ends an undo offer ("until the next action").
        function commit(change: (base: PersistedHistory) => PersistedHistory) {
          if (status.getState().pendingUndo) status.setState({ pendingUndo: null });
          const next = normalizeHistory(change(readBase(get())));
          set(next);
          return lastWrite;
        }
        return {
          ...EMPTY_HISTORY,
          actions: {
            resultSaved(answers, assessment) {
              const base = readBase(get());
              const newest = base.entries[0];
              let outcome: SaveOutcome;
              if (
                newest &&
                newest.scoringVersion === SCORING_VERSION &&
                deepEqual(newest.answers, answers)
              ) {
                const write = commit(() => base);
                outcome = write.ok
                  ? { ok: true, snapshot: newest, reused: true }
                  : { ok: false, snapshot: newest, kind: write.kind };
              } else {
                // Parsing our own snapshot checks it and gives it the schema's key order.
                const parsed = snapshotSchema.safeParse({
                  id: newId(),
                  createdAt: now().toISOString(),
                  answers,
                  assessment,
                  scoringVersion: SCORING_VERSION,
                });
                if (!parsed.success) {
                  outcome = { ok: false, snapshot: null, kind: 'invalid' };
                } else {
                  const snapshot = parsed.data;
                  const write = commit((current) => ({
                    ...current,
                    entries: [snapshot, ...current.entries],
                  }));
                  outcome = write.ok
                    ? { ok: true, snapshot, reused: false }
                    : { ok: false, snapshot, kind: write.kind };
                }
              }
              status.setState({ lastSave: outcome });
              return outcome;
            },
            resultDeleted(id) {
              let found: Snapshot | undefined;
              commit((current) => {
                found = current.entries.find((entry) => entry.id === id);
                return {
                  entries: current.entries.filter((entry) => entry.id !== id),
                  deletedIds: [...current.deletedIds, id],
                };
              });
              return found;
            },
            resultsRestored(snapshots) {
              const back = new Set(snapshots.map((snapshot) => snapshot.id));
              return commit((current) => ({
                entries: [...snapshots, ...current.entries.filter((entry) => !back.has(entry.id))],
                deletedIds: current.deletedIds.filter((id) => !back.has(id)),
              }));
            },
            noteChanged(id, note) {
              const parsedNote = noteSchema.safeParse(note.trim());
              if (!parsedNote.success) return { ok: false, kind: 'invalid' };
              const text = parsedNote.data;
              return commit((current) => ({
                ...current,
                entries: current.entries.map((entry) => {
                  if (entry.id !== id) return entry;
                  const { note: _old, ...rest } = entry;
                  return text ? { ...rest, note: text } : rest;
                }),
              }));
            },
            historyCleared() {
              let removed: Snapshot[] = [];
              commit((current) => {
                removed = current.entries;
                return {
                  entries: [],
                  deletedIds: [...current.deletedIds, ...current.entries.map((entry) => entry.id)],
                };
              });
              return removed;
            },
            entriesImported(entries) {
              let added = 0;
              let skipped = 0;
              const write = commit((current) => {
                const present = new Set(current.entries.map((entry) => entry.id));
                const fresh: Snapshot[] = [];
                for (const entry of entries) {
                  if (present.has(entry.id)) {
                    skipped += 1;
                  } else {
                    present.add(entry.id);
                    fresh.push(entry);
                    added += 1;
                  }
                }
                // An imported result comes back even if it was deleted here before.
                const back = new Set(fresh.map((entry) => entry.id));
                return {
                  entries: [...current.entries, ...fresh],
                  deletedIds: current.deletedIds.filter((id) => !back.has(id)),
                };
              });
              return { added, skipped, write };
            },
            loadNoticeDismissed() {
              status.setState({ loadNoticeDismissed: true });
            },
            undoOffered(message, snapshots, focus) {
              undoCount += 1;
              status.setState({
                pendingUndo: { id: undoCount, message, snapshots: [...snapshots], focus },
              });
            },
            undoTaken() {
              const pending = status.getState().pendingUndo;
              if (!pending) return null;
              return get().actions.resultsRestored(pending.snapshots);
            },
            undoExpired() {
              status.setState({ pendingUndo: null });
            },
          },
        };
      },
      {
        name: HISTORY_STORAGE_KEY,
        version: HISTORY_VERSION,
        storage: persistStorage,
        partialize: pick,
        migrate: migrateHistory,
        // Runs on every load (migrate runs only on a version change): validate, keep aside
        // what fails, and merge with what this tab already holds.
        merge(persisted, current) {
          const { history, problem } = validateHistory(persisted);
          if (problem && lastRaw !== null) keepAside(lastRaw, problem);
          const merged = mergeHistories(history, pick(current));
          needsWriteBack = merged.added > 0;
          return { ...current, ...merged.history };
        },
      },
    ),
  );

  const target = options.target ?? null;
  function onStorage(event: Event) {
    // key null means another tab cleared all of storage.
    if (!(event instanceof StorageEvent)) return;
    if (event.key !== HISTORY_STORAGE_KEY && event.key !== null) return;
    void store.persist.rehydrate().then(() => {
      if (needsWriteBack) {
        needsWriteBack = false;
        store.setState(normalizeHistory(pick(store.getState())));
      }
    });
  }
  target?.addEventListener('storage', onStorage);

  function keptAsideFile(): Backup {
    const backup = readBackup(storage);
    const stored = new Set(backup.items.map((item) => item.raw));
    const unsaved = status.getState().keptAside.filter((item) => !stored.has(item.raw));
    return { ...backup, items: [...backup.items, ...unsaved] };
  }

  return {
    store,
    status,
    keptAsideFile,
    dispose: () => target?.removeEventListener('storage', onStorage),
  };
}

/** The app's one history, in this browser's localStorage. */
export const history: HistoryStores = createHistoryStore({
  storage: safeLocalStorage,
  target: typeof window === 'undefined' ? null : window,
});

/** All saved results, newest first. */
export function useHistoryEntries(): Snapshot[] {
  return useStore(history.store, (state) => state.entries);
}

/** One saved result by id, or undefined. */
export function useHistoryEntry(id: string): Snapshot | undefined {
  return useStore(history.store, (state) => state.entries.find((entry) => entry.id === id));
}

/** The history store's events. */
export function useHistoryActions(): HistoryActions {
  return useStore(history.store, (state) => state.actions);
}

/** Part of the status of storage in this visit; the selector returns a value or a flat object. */
export function useHistoryStatus<T>(selector: (status: HistoryStatus) => T): T {
  return useStore(history.status, useShallow(selector));
}

/** How many results are saved (for the start page's link to them). */
export function useSavedCount(): number {
  return useStore(history.store, (state) => state.entries.length);
}
