import type { StorageErrorKind } from '../../lib/safe-storage';
import type { KeptAsideItem } from '../../lib/kept-aside';
import type { LoadProblem } from './persistence';
import type { Snapshot } from './schema';

/**
 * What became of saving a result. `deleted`: the person had asked for this very result to be
 * deleted (here or in another tab), so it was not saved again; `snapshot` is what Undo restores.
 */
export type SaveOutcome =
  | { ok: true; snapshot: Snapshot; reused: boolean; deleted: boolean }
  | { ok: false; snapshot: Snapshot; kind: StorageErrorKind }
  | { ok: false; snapshot: null; kind: 'invalid' };

/** A deletion that can still be undone. */
export interface PendingUndo {
  /** Tells one offer from the next. */
  id: number;
  message: string;
  snapshots: readonly Snapshot[];
  /** Whether the Undo button should take focus (the deletion happened on the same page). */
  focus: boolean;
}

/** What the app knows about the health of storage in this visit (never persisted). */
export interface HistoryStatus {
  /** The latest problem found while reading stored history in this visit, or null. */
  loadProblem: LoadProblem | null;
  /** Whether the person has hidden the notice about unreadable data for this visit. */
  loadNoticeDismissed: boolean;
  /**
   * Unreadable data the person has not dealt with yet (neither downloaded nor discarded): read
   * from the backup key, so it survives reloads and is the same in every tab.
   */
  unreadable: KeptAsideItem[];
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

/** The status of a visit before anything has happened. */
export const INITIAL_STATUS: HistoryStatus = {
  loadProblem: null,
  loadNoticeDismissed: false,
  unreadable: [],
  keptAside: [],
  keptAsideStored: true,
  storageProblem: null,
  lastSave: null,
  pendingUndo: null,
};
