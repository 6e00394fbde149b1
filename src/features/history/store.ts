// The saved history: one zustand persist store composed of small parts, each with its own tests:
// the storage (storage-adapter.ts), keeping unreadable data aside (keep-aside.ts) and keeping
// open tabs in step (cross-tab.ts). The store itself holds the events people cause.
import { useStore } from 'zustand';
import { persist } from 'zustand/middleware';
import { useShallow } from 'zustand/react/shallow';
import { createStore } from 'zustand/vanilla';
import type { Mutate, StoreApi } from 'zustand/vanilla';
import { safeLocalStorage } from '../../lib/safe-storage';
import type { SafeStorage, StorageErrorKind, StorageResult } from '../../lib/safe-storage';
import { SCORING_VERSION } from '../../scoring';
import type { Answers, Assessment } from '../../scoring';
import { createCrossTabSync } from './cross-tab';
import type { StorageEventTarget } from './cross-tab';
import { createKeepAside } from './keep-aside';
import {
  EMPTY_HISTORY,
  HISTORY_STORAGE_KEY,
  HISTORY_VERSION,
  mergeHistories,
  migrateHistory,
  normalizeHistory,
} from './persistence';
import type { KeptAsideDocument } from '../../lib/kept-aside';
import { decideSave, savedResultId } from './result-id';
import { noteSchema, snapshotSchema } from './schema';
import type { PersistedHistory, Snapshot } from './schema';
import { INITIAL_STATUS } from './status';
import type { HistoryStatus, SaveOutcome } from './status';
import { createHistoryStorage } from './storage-adapter';

/** What became of an import. */
export interface ImportOutcome {
  added: number;
  skipped: number;
  write: StorageResult<void>;
}

/**
 * What became of changing a note. `conflict`: storage already held another note for the result
 * (written in another tab since this one began editing); it was kept, and `theirs` is its text.
 */
export type NoteOutcome =
  | StorageResult<void>
  | { ok: false; kind: 'invalid' }
  | { ok: false; kind: 'conflict'; theirs: string };

/** The history store's events. */
export interface HistoryActions {
  /**
   * Saves the result of run `draftId` with these answers. Saved once: the same run and answers
   * give the same id, which is reused wherever it is, and not saved again after a deletion.
   */
  resultSaved(answers: Answers, assessment: Assessment, draftId: string): SaveOutcome;
  /** Deletes one saved result; returns it so that the deletion can be undone. */
  resultDeleted(id: string): Snapshot | undefined;
  /** Puts deleted results back (undo). */
  resultsRestored(snapshots: readonly Snapshot[]): StorageResult<void>;
  /**
   * Sets or clears the note of a saved result; a note over the limit is refused. With
   * `basedOn` (the note as it was when editing began), a different note in storage is not
   * overwritten: the outcome is a conflict.
   */
  noteChanged(id: string, note: string, basedOn?: string): NoteOutcome;
  /** Deletes every saved result; returns them. */
  historyCleared(): Snapshot[];
  /** Adds validated results from a file; results already here (same id) are skipped. */
  entriesImported(entries: readonly Snapshot[]): ImportOutcome;
  /** Hides the notice about unreadable data for the rest of the visit. */
  loadNoticeDismissed(): void;
  /** The person downloaded the kept-aside data (this file): it is not mentioned again. */
  unreadableDataDownloaded(file: KeptAsideDocument): StorageResult<void>;
  /** The person confirmed that the unreadable data can go: it is deleted from this device. */
  unreadableDataDiscarded(): StorageResult<void>;
  /** Offers to undo a deletion for a short while (replacing any earlier offer). */
  undoOffered(message: string, snapshots: readonly Snapshot[], focus: boolean): void;
  /** Takes the offered undo: the deleted results come back. */
  undoTaken(): StorageResult<void> | null;
  /** Withdraws the offer (time is up, or it was dismissed). */
  undoExpired(): void;
}

/** The history store's state: the persisted history plus its events. */
export interface HistoryState extends PersistedHistory {
  actions: HistoryActions;
}

/** What createHistoryStore needs from outside. */
export interface HistoryStoreOptions {
  /** Where the history lives. */
  storage: SafeStorage;
  /** The clock. */
  now?: () => Date;
  /** Where other tabs' changes are announced (the window), or null not to listen. */
  target?: StorageEventTarget | null;
}

/** The stores and clean-up of one history. */
export interface HistoryStores {
  store: Mutate<StoreApi<HistoryState>, [['zustand/persist', unknown]]>;
  status: StoreApi<HistoryStatus>;
  /** Everything kept aside as unreadable (stored copies and this visit's), as one file. */
  keptAsideFile(): KeptAsideDocument;
  /** Stops listening for other tabs. */
  dispose(): void;
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
  const status = createStore<HistoryStatus>()(() => ({ ...INITIAL_STATUS }));
  const keepAside = createKeepAside({ storage, now, status });
  const adapter = createHistoryStorage({
    storage,
    keepAside: keepAside.keep,
    onStorageProblem(kind: StorageErrorKind | null) {
      if (status.getState().storageProblem !== kind) status.setState({ storageProblem: kind });
    },
  });
  // The store is made below; the sync only reaches it after a storage event.
  const sync = createCrossTabSync({
    target: options.target ?? null,
    rehydrate: () => store.persist.rehydrate(),
    writeBack: () => store.setState(normalizeHistory(pick(store.getState()))),
    onBackupChanged: keepAside.refresh,
  });
  let undoCount = 0;

  /** The stored history (checked) merged with what this tab holds. */
  function readBase(state: PersistedHistory): PersistedHistory {
    const stored = adapter.readStored();
    if (!stored) return normalizeHistory(pick(state));
    return mergeHistories(stored, pick(state)).history;
  }

  const store = createStore<HistoryState>()(
    persist<HistoryState, [], [], unknown>(
      (set, get) => {
        // Any change to the history ends an undo offer ("until the next action").
        function commit(change: (base: PersistedHistory) => PersistedHistory) {
          if (status.getState().pendingUndo) status.setState({ pendingUndo: null });
          const next = normalizeHistory(change(readBase(get())));
          set(next);
          return adapter.lastWrite();
        }

        function saveOutcome(
          snapshot: Snapshot,
          write: StorageResult<void>,
          reused: boolean,
        ): SaveOutcome {
          return write.ok
            ? { ok: true, snapshot, reused, deleted: false }
            : { ok: false, snapshot, kind: write.kind };
        }

        function save(answers: Answers, assessment: Assessment, draftId: string): SaveOutcome {
          const id = savedResultId(draftId, answers, SCORING_VERSION);
          // Parsing our own snapshot checks it and gives it the schema's key order.
          const parsed = snapshotSchema.safeParse({
            id,
            createdAt: now().toISOString(),
            answers,
            assessment,
            scoringVersion: SCORING_VERSION,
          });
          if (!parsed.success) return { ok: false, snapshot: null, kind: 'invalid' };
          const decision = decideSave(readBase(get()), id, answers, SCORING_VERSION);
          switch (decision.kind) {
            case 'reuse':
              return saveOutcome(
                decision.snapshot,
                commit((base) => base),
                true,
              );
            case 'deleted':
              // The person asked for this result to go (here or in another tab): keep it gone
              // (this tab catches up with the deletion), and let the page offer to keep it after
              // all.
              commit((base) => base);
              return { ok: true, snapshot: parsed.data, reused: false, deleted: true };
            case 'new':
              return saveOutcome(
                parsed.data,
                commit((base) => ({ ...base, entries: [parsed.data, ...base.entries] })),
                false,
              );
          }
        }

        return {
          ...EMPTY_HISTORY,
          actions: {
            resultSaved(answers, assessment, draftId) {
              const outcome = save(answers, assessment, draftId);
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
            noteChanged(id, note, basedOn) {
              const parsedNote = noteSchema.safeParse(note.trim());
              if (!parsedNote.success) return { ok: false, kind: 'invalid' };
              const text = parsedNote.data;
              if (basedOn !== undefined) {
                // Another tab may have changed the note since this one began editing: its
                // note is not overwritten unasked.
                const stored = readBase(get()).entries.find((entry) => entry.id === id);
                const theirs = stored?.note ?? '';
                if (stored && theirs !== basedOn.trim() && theirs !== text) {
                  // Shows the other tab's note here too, even before its storage event arrives.
                  commit((base) => base);
                  return { ok: false, kind: 'conflict', theirs };
                }
              }
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
            unreadableDataDownloaded(file) {
              return keepAside.downloaded(file);
            },
            unreadableDataDiscarded() {
              // The unreadable text under the history key goes too, or the next load would
              // find it and keep it aside again.
              const replaced = adapter.replaceUnreadable(
                normalizeHistory(pick(get())),
                HISTORY_VERSION,
              );
              if (!replaced.ok) return replaced;
              return keepAside.discarded();
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
        storage: adapter.persistStorage,
        partialize: pick,
        migrate: migrateHistory,
        // Runs on every load (migrate runs only on a version change): validate, keep aside
        // what fails, and merge with what this tab already holds.
        merge(persisted, current) {
          // Also on a load with nothing stored: what is kept aside is read from the backup key.
          keepAside.refresh();
          return { ...current, ...sync.merge(adapter.validate(persisted), pick(current)) };
        },
      },
    ),
  );

  const stopListening = sync.listen();

  return {
    store,
    status,
    keptAsideFile: keepAside.file,
    dispose: stopListening,
  };
}

/** The app's one history, in this browser's localStorage (named so as not to hide window.history). */
export const historyStores: HistoryStores = createHistoryStore({
  storage: safeLocalStorage,
  target: typeof window === 'undefined' ? null : window,
});

/** All saved results, newest first. */
export function useHistoryEntries(): Snapshot[] {
  return useStore(historyStores.store, (state) => state.entries);
}

/** One saved result by id, or undefined. */
export function useHistoryEntry(id: string): Snapshot | undefined {
  return useStore(historyStores.store, (state) => state.entries.find((entry) => entry.id === id));
}

/** Whether the person deleted the result with this id (here or in another tab). */
export function useIsDeleted(id: string | undefined): boolean {
  return useStore(
    historyStores.store,
    (state) => id !== undefined && state.deletedIds.includes(id),
  );
}

/** The history store's events. */
export function useHistoryActions(): HistoryActions {
  return useStore(historyStores.store, (state) => state.actions);
}

/** Part of the status of storage in this visit; the selector returns a value or a flat object. */
export function useHistoryStatus<T>(selector: (status: HistoryStatus) => T): T {
  return useStore(historyStores.status, useShallow(selector));
}

/** How many results are saved (for the start page's link to them). */
export function useSavedCount(): number {
  return useStore(historyStores.store, (state) => state.entries.length);
}
