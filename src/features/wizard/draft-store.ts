// The questionnaire in progress, kept on this device only (localStorage) so a reload, browser
// Back/Forward or a closed tab loses nothing. Completeness is derived from the answers through
// the scoring schemas (draft-progress.ts), never stored. See docs/decisions/002 and 005.
//
// No zod in this module: the start page needs it, and a first visit's start page must stay
// light. What is read back from storage is still always checked with zod (draft-schema.ts):
// when there is a stored draft, that module is loaded before this one finishes loading (the
// top-level await below), so the draft is checked and ready before anything renders.
import { create } from 'zustand';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { persist } from 'zustand/middleware';
import type { KeptAsideDocument, KeptAsideItem } from '../../lib/kept-aside';
import { randomId } from '../../lib/random-id';
import type { StorageErrorKind, StorageResult } from '../../lib/safe-storage';
import { safeLocalStorage } from '../../lib/safe-storage';
import type { Draft, DraftSteps, StepDraft } from './draft-schema';
import type * as DraftValidationModule from './draft-validation';
import type { StepValues } from './step-schemas';
import type { StepKey } from './steps';

export type { Draft, DraftSteps, StepDraft } from './draft-schema';

/** The localStorage key of the draft. */
export const DRAFT_STORAGE_KEY = 'legcheck-draft';
/** Where unreadable drafts are kept aside instead of being thrown away: a list, every one kept. */
export const DRAFT_BACKUP_KEY = 'legcheck-draft-backup';
/** The `format` of the kept-aside list, and of the file the person can download. */
const DRAFT_BACKUP_FORMAT = 'legcheck-draft-backup';
const backupPlace = [DRAFT_BACKUP_KEY, DRAFT_BACKUP_FORMAT] as const;
/**
 * The version of the stored draft's shape; bump it (and add a branch to migrateDraft in
 * draft-schema.ts, with a frozen fixture of the old version) when the shape changes.
 * 1: `{ steps }`. 2: `{ steps, id }`.
 */
export const DRAFT_VERSION = 2;

interface DraftState extends Draft {
  actions: {
    /** A step passed its schema: keep its valid values. */
    stepCompleted: <K extends StepKey>(step: K, values: StepValues[K]) => void;
    /** Someone changed an answer on a step (valid or not yet): keep it so nothing is lost. */
    draftChanged: <K extends StepKey>(step: K, values: StepDraft<K>) => void;
    /** Someone chose to start over: no answers, and a new id for the next run. */
    draftCleared: () => void;
  };
}

const emptyDraft = (): Draft => ({ steps: {}, id: randomId() });

// Storage that never throws: blocked or full storage (private mode, policy, quota) must not
// break answering; the draft then simply lives in memory.
function readStorage(key: string): string | null {
  const result = safeLocalStorage.read(key);
  return result.ok ? result.value : null;
}

type DraftValidation = typeof DraftValidationModule;
let validation: DraftValidation | undefined;

/** Loads the draft's schemas and its backup (both use zod) once. */
async function loadValidation(): Promise<DraftValidation> {
  if (validation) return validation;
  const loaded: DraftValidation = await import('./draft-validation');
  validation ??= loaded;
  return validation;
}

/** What this visit knows about the draft's storage; never persisted. */
interface DraftStatus {
  /** Unreadable drafts found in this visit, held in memory too in case their backup failed. */
  keptAside: KeptAsideItem[];
  /**
   * The kept-aside drafts the person has not dealt with (downloaded or deleted), from the backup
   * key, so every visit and page says the same, and this visit's that could not be stored.
   */
  unreadable: KeptAsideItem[];
  /** Whether every one of this visit's also reached the backup key. */
  keptAsideStored: boolean;
  /** Whether the person dismissed the message about them. */
  unreadableNoticeDismissed: boolean;
  /** Why the latest write of the draft failed, or null once a write succeeds. */
  saveProblem: StorageErrorKind | null;
}

const INITIAL_STATUS: DraftStatus = {
  keptAside: [],
  unreadable: [],
  keptAsideStored: true,
  unreadableNoticeDismissed: false,
  saveProblem: null,
};

// Apart from the draft store: the draft store's every change is written to storage, and this
// is what those writes report.
const useDraftStatus = create<DraftStatus>()(() => INITIAL_STATUS);

// Unreadable drafts downloaded in this visit whose copy could not be stored: memory is all we have.
const downloadedHere = new Set<string>();

/** Reads again which kept-aside drafts the person has not dealt with yet. */
function refreshKeptAside(): void {
  if (!validation) return;
  const current = useDraftStatus.getState();
  const { unreadable, keptAsideStored } = validation.keptAsideStatus(
    validation.readKeptAside(safeLocalStorage, ...backupPlace),
    current.keptAside,
    downloadedHere,
  );
  const same =
    current.keptAsideStored === keptAsideStored &&
    current.unreadable.length === unreadable.length &&
    current.unreadable.every((item, index) => item.raw === unreadable[index]?.raw);
  if (!same) useDraftStatus.setState({ unreadable, keptAsideStored });
}

// A stored draft is checked before anything renders. So is a backup of unreadable drafts: the
// person is told about it on every visit until they download or delete it. Both are rare, so a
// first visit's start page still loads no zod.
if (readStorage(DRAFT_STORAGE_KEY) !== null || readStorage(DRAFT_BACKUP_KEY) !== null) {
  await loadValidation();
  refreshKeptAside();
}

// The text last read from storage, kept aside by merge when its content fails validation.
let lastRaw: string | null = null;

/** True for a draft state whose steps hold no answer at all. */
function hasNoAnswers(state: unknown): boolean {
  if (typeof state !== 'object' || state === null || !('steps' in state)) return false;
  const { steps } = state;
  return (
    typeof steps === 'object' &&
    steps !== null &&
    Object.values(steps).every((step) => step === undefined)
  );
}

// An unreadable draft whose copy could not be stored (a full quota, a huge value): it stays
// under the draft key, and nothing writes over it until a copy is safe.
let unsafeRaw: string | null = null;

/**
 * Keeps an unreadable stored draft aside: a copy is added to the backup list, and only once the
 * copy is stored is the draft itself removed. Tells the person either way.
 */
function keepAside(raw: string, check: DraftValidation): StorageResult<void> {
  const item: KeptAsideItem = {
    keptAt: new Date().toISOString(),
    reason: check.unreadableDraftReason(raw, DRAFT_VERSION),
    raw,
  };
  const saved = check.addKeptAside(safeLocalStorage, ...backupPlace, [item]);
  if (saved.ok) {
    unsafeRaw = null;
    // Only that text: another tab may have written a new draft since.
    if (readStorage(DRAFT_STORAGE_KEY) === raw) safeLocalStorage.remove(DRAFT_STORAGE_KEY);
  } else {
    unsafeRaw = raw;
  }
  const status = useDraftStatus.getState();
  if (!status.keptAside.some((kept) => kept.raw === raw)) {
    // New unreadable answers are news: the message comes back even if it was dismissed.
    useDraftStatus.setState({
      keptAside: [...status.keptAside, item],
      unreadableNoticeDismissed: false,
    });
  }
  refreshKeptAside();
  return saved;
}

/** Records how the latest write of the draft went, for the notice on the wizard's steps. */
function reportSave(result: StorageResult<void>): void {
  const saveProblem = result.ok ? null : result.kind;
  if (useDraftStatus.getState().saveProblem !== saveProblem) {
    useDraftStatus.setState({ saveProblem });
  }
}

/** The envelope of a stored draft; text that has none is kept aside and a fresh draft begins. */
function readEnvelope(raw: string, check: DraftValidation): StorageValue<unknown> {
  const envelope = check.readDraftEnvelope(raw, DRAFT_VERSION);
  if (envelope) return envelope;
  keepAside(raw, check);
  lastRaw = null;
  // An explicit fresh draft (not null) so a re-read also clears what memory held.
  return { state: emptyDraft(), version: DRAFT_VERSION };
}

/**
 * JSON storage that reads a stored draft's envelope: zustand's persist then migrates an older
 * version (`migrate`) and `merge` validates the result. Anything unreadable (bad JSON, no
 * envelope, a newer version, content that fails validation) is kept aside under the backup key
 * and the wizard starts fresh. Synchronous whenever the schemas are loaded (always, on a page
 * that started with a stored draft). Every write reports whether it reached storage.
 */
const validatingStorage: PersistStorage<unknown> = {
  getItem(name) {
    const raw = readStorage(name);
    lastRaw = raw;
    if (raw === null) return null;
    if (validation) return readEnvelope(raw, validation);
    return loadValidation().then((check) => readEnvelope(raw, check));
  },
  setItem(name, value: StorageValue<unknown>) {
    // Never write over (or remove) an unreadable draft until a copy of it is safe.
    if (unsafeRaw !== null && validation) {
      const kept = keepAside(unsafeRaw, validation);
      if (!kept.ok) {
        reportSave(kept);
        return;
      }
    }
    // A draft with no answer yet (a fresh start, "Start over") leaves nothing in storage, so the
    // next visit's start page has no draft to check and loads no zod.
    reportSave(
      hasNoAnswers(value.state)
        ? safeLocalStorage.remove(name)
        : safeLocalStorage.write(name, JSON.stringify(value)),
    );
  },
  removeItem(name) {
    safeLocalStorage.remove(name);
  },
};

const useDraftStore = create<DraftState>()(
  persist<DraftState, [], [], unknown>(
    (set) => {
      const keep = <K extends StepKey>(step: K, values: StepDraft<K> | StepValues[K]) =>
        set((state) => ({ steps: { ...state.steps, [step]: values } }));
      return {
        ...emptyDraft(),
        actions: {
          stepCompleted: keep,
          draftChanged: keep,
          draftCleared: () => set(emptyDraft()),
        },
      };
    },
    {
      name: DRAFT_STORAGE_KEY,
      version: DRAFT_VERSION,
      storage: validatingStorage,
      partialize: (state): Draft => ({ steps: state.steps, id: state.id }),
      // Runs only for an older version; pure (draft-schema.ts). The schemas are loaded: getItem
      // found a stored draft.
      migrate: (persisted, version) => validation?.migrateDraft(persisted, version) ?? persisted,
      // Runs on every load: what storage held (migrated) must pass the schema, or it is kept aside.
      merge: (persisted, current) => {
        const draft = validation?.readDraft(persisted);
        if (draft) return { ...current, ...draft };
        if (persisted !== undefined && lastRaw !== null && validation)
          keepAside(lastRaw, validation);
        return { ...current, ...emptyDraft() };
      },
    },
  ),
);

/** One step's values so far (undefined before the step is first touched). */
export function useStepDraft<K extends StepKey>(step: K): DraftSteps[K] {
  return useDraftStore((state) => state.steps[step]);
}

/** Every step's values so far; a new object only when an answer changes. */
export function useDraftSteps(): DraftSteps {
  return useDraftStore((state) => state.steps);
}

/** True once any answer has been given. */
export function useHasDraft(): boolean {
  return useDraftStore((state) => Object.values(state.steps).some((step) => step !== undefined));
}

/** The draft's actions outside React (for example the app clearing it after a result is saved). */
export const draftActions: DraftState['actions'] = useDraftStore.getState().actions;

/** Reads the draft from storage again (another tab changed it; tests). */
export async function rehydrateDraft(): Promise<void> {
  await loadValidation();
  refreshKeptAside();
  await useDraftStore.persist.rehydrate();
}

/** The id of this run through the questionnaire (a new one after "Start over"). */
export function useDraftId(): string {
  return useDraftStore((state) => state.id);
}

/** Every step's values right now, read once (forms take their defaults from it on mount). */
export function getDraftSteps(): DraftSteps {
  return useDraftStore.getState().steps;
}

/**
 * Whether answers from an earlier visit could not be read: 'kept' when a copy is stored on this
 * device, 'not-kept' when the copy could not be stored (the draft is then left untouched), or
 * null when there is nothing to tell (or the person dismissed the message).
 */
export function useUnreadableDraft(): 'kept' | 'not-kept' | null {
  return useDraftStatus((status) => {
    if (status.unreadable.length === 0 || status.unreadableNoticeDismissed) return null;
    return status.keptAsideStored ? 'kept' : 'not-kept';
  });
}

/** Why the latest write of the draft failed (storage full or blocked), or null once one succeeds. */
export function useDraftSaveProblem(): StorageErrorKind | null {
  return useDraftStatus((status) => status.saveProblem);
}

/** Events about the draft's storage, from the person. */
export const draftStatusActions = {
  /** The person read the message about unreadable answers and put it away. */
  unreadableNoticeDismissed: (): void =>
    useDraftStatus.setState({ unreadableNoticeDismissed: true }),
  /** The person downloaded `file`: none of it needs mentioning again. */
  unreadableDraftsDownloaded: (file: KeptAsideDocument): StorageResult<void> => {
    for (const item of file.items) downloadedHere.add(item.raw);
    const write = validation
      ? validation.markKeptAsideDownloaded(
          safeLocalStorage,
          DRAFT_BACKUP_KEY,
          file,
          new Date().toISOString(),
        )
      : { ok: true as const, value: undefined };
    refreshKeptAside();
    return write;
  },
  /** The person chose to throw the unreadable answers away. */
  unreadableDraftsDiscarded: (): StorageResult<void> => {
    const write = safeLocalStorage.remove(DRAFT_BACKUP_KEY);
    if (!write.ok) return write;
    // Their choice: an unreadable draft whose copy could not be stored may now be written over.
    if (unsafeRaw !== null && readStorage(DRAFT_STORAGE_KEY) === unsafeRaw) {
      safeLocalStorage.remove(DRAFT_STORAGE_KEY);
    }
    unsafeRaw = null;
    downloadedHere.clear();
    useDraftStatus.setState({ keptAside: [], unreadable: [], keptAsideStored: true });
    return write;
  },
};

/**
 * Every unreadable draft kept aside (the stored copies and this visit's, which may not have been
 * stored), as one document for the person to download.
 */
export function unreadableDraftsFile(): KeptAsideDocument {
  const { keptAside } = useDraftStatus.getState();
  if (!validation) return { format: DRAFT_BACKUP_FORMAT, items: keptAside };
  return validation.keptAsideFile(
    validation.readKeptAside(safeLocalStorage, ...backupPlace),
    keptAside,
  );
}

/** Forgets what this visit learnt about storage, as a new page does (tests). */
export function draftStatusReset(): void {
  unsafeRaw = null;
  downloadedHere.clear();
  useDraftStatus.setState(INITIAL_STATUS);
}
