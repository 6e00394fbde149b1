// Unreadable stored history is kept aside under HISTORY_BACKUP_KEY, never thrown away, and the
// person is told until they have dealt with it: downloaded it, or chosen to discard it. Whether
// they have is recorded in the backup document itself (an item's `downloadedAt`), so every page,
// every tab and every later visit derives the same answer from storage, not from memory.
import {
  keptAsideFile,
  keptAsideStatus,
  markKeptAsideDownloaded,
  readKeptAside,
  writeKeptAside,
} from '../../lib/kept-aside';
import type { KeptAsideDocument, KeptAsideItem } from '../../lib/kept-aside';
import type { SafeStorage, StorageResult } from '../../lib/safe-storage';
import { describeLoadProblem, HISTORY_BACKUP_KEY } from './persistence';
import type { LoadProblem } from './persistence';
import type { HistoryStatus } from './status';

/** The `format` of the document under HISTORY_BACKUP_KEY and of the file its download gives. */
export const HISTORY_BACKUP_FORMAT = 'legcheck-history-backup';

/** One stored kept-aside item. */
export type BackupItem = KeptAsideItem;

/** The document under HISTORY_BACKUP_KEY. */
export type BackupDocument = KeptAsideDocument;

/** Reads the backup document; text under the key that is not one is itself kept as an item. */
export function readBackupDocument(storage: SafeStorage): BackupDocument {
  return readKeptAside(storage, HISTORY_BACKUP_KEY, HISTORY_BACKUP_FORMAT);
}

function writeBackupDocument(storage: SafeStorage, items: readonly BackupItem[]) {
  return writeKeptAside(storage, HISTORY_BACKUP_KEY, HISTORY_BACKUP_FORMAT, items);
}

/** Keeping unreadable data aside, and the person dealing with it. */
export interface KeepAside {
  /** Keeps unreadable text aside (the same text once) and tells the person. */
  keep(raw: string, problem: LoadProblem): StorageResult<void>;
  /** Reads what is not dealt with again from the backup key (another tab changed it; a load). */
  refresh(): void;
  /** Everything kept aside (stored copies and this visit's), as one file. */
  file(): BackupDocument;
  /** The person downloaded `file()`: none of it needs mentioning again. */
  downloaded(file: BackupDocument): StorageResult<void>;
  /** The person chose to throw the kept-aside data away. */
  discarded(): StorageResult<void>;
}

/** Keeps unreadable data aside in `storage` and reports it in `status`. */
export function createKeepAside(options: {
  storage: SafeStorage;
  now: () => Date;
  status: {
    getState(): HistoryStatus;
    setState(partial: Partial<HistoryStatus>): void;
  };
}): KeepAside {
  const { storage, now, status } = options;
  // Text downloaded in this visit that could not be stored (storage full): memory is all we have.
  const downloadedHere = new Set<string>();

  function refresh() {
    const { unreadable, keptAsideStored } = keptAsideStatus(
      readBackupDocument(storage),
      status.getState().keptAside,
      downloadedHere,
    );
    const current = status.getState();
    const same =
      current.keptAsideStored === keptAsideStored &&
      current.unreadable.length === unreadable.length &&
      current.unreadable.every((item, index) => item.raw === unreadable[index]?.raw);
    if (!same) status.setState({ unreadable, keptAsideStored });
  }

  function keep(raw: string, problem: LoadProblem): StorageResult<void> {
    const document = readBackupDocument(storage);
    const item: KeptAsideItem = {
      keptAt: now().toISOString(),
      reason: describeLoadProblem(problem),
      raw,
    };
    const fresh = !document.items.some((kept) => kept.raw === raw);
    const write: StorageResult<void> = fresh
      ? writeBackupDocument(storage, [...document.items, item])
      : { ok: true, value: undefined };
    const current = status.getState();
    if (!current.keptAside.some((kept) => kept.raw === raw)) {
      status.setState({
        loadProblem: problem,
        // New unreadable data is news: the notice comes back even if it was hidden.
        loadNoticeDismissed: !fresh && current.loadNoticeDismissed,
        keptAside: [...current.keptAside, item],
      });
    }
    refresh();
    return write;
  }

  function file(): BackupDocument {
    return keptAsideFile(readBackupDocument(storage), status.getState().keptAside);
  }

  function downloaded(given: BackupDocument): StorageResult<void> {
    for (const item of given.items) downloadedHere.add(item.raw);
    const write = markKeptAsideDownloaded(
      storage,
      HISTORY_BACKUP_KEY,
      { format: HISTORY_BACKUP_FORMAT, items: given.items },
      now().toISOString(),
    );
    refresh();
    return write;
  }

  function discarded(): StorageResult<void> {
    const write = storage.remove(HISTORY_BACKUP_KEY);
    if (write.ok) {
      status.setState({ keptAside: [], loadProblem: null });
      downloadedHere.clear();
    }
    refresh();
    return write;
  }

  return { keep, refresh, file, downloaded, discarded };
}
