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
import { randomId } from '../../lib/random-id';
import { safeLocalStorage } from '../../lib/safe-storage';
import type * as DraftSchemaModule from './draft-schema';
import type { Draft, DraftSteps, StepDraft } from './draft-schema';
import type { StepValues } from './step-schemas';
import type { StepKey } from './steps';

export type { Draft, DraftSteps, StepDraft } from './draft-schema';

/** The localStorage key of the draft. */
export const DRAFT_STORAGE_KEY = 'legcheck-draft';
/** Where an unreadable draft is kept aside instead of being thrown away. */
export const DRAFT_BACKUP_KEY = 'legcheck-draft-backup';
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

type DraftValidation = typeof DraftSchemaModule;
let validation: DraftValidation | undefined;

/** Loads the draft's schemas (zod) once. */
async function loadValidation(): Promise<DraftValidation> {
  validation ??= await import('./draft-schema');
  return validation;
}

if (readStorage(DRAFT_STORAGE_KEY) !== null) await loadValidation();

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

/** Keeps an unreadable stored draft aside under the backup key and removes it. */
function keepAside(raw: string): void {
  safeLocalStorage.write(DRAFT_BACKUP_KEY, raw);
  safeLocalStorage.remove(DRAFT_STORAGE_KEY);
}

/** The envelope of a stored draft; text that has none is kept aside and a fresh draft begins. */
function readEnvelope(raw: string, check: DraftValidation): StorageValue<unknown> {
  const envelope = check.readDraftEnvelope(raw, DRAFT_VERSION);
  if (envelope) return envelope;
  keepAside(raw);
  lastRaw = null;
  // An explicit fresh draft (not null) so a re-read also clears what memory held.
  return { state: emptyDraft(), version: DRAFT_VERSION };
}

/**
 * JSON storage that reads a stored draft's envelope: zustand's persist then migrates an older
 * version (`migrate`) and `merge` validates the result. Anything unreadable (bad JSON, no
 * envelope, a newer version, content that fails validation) is kept aside under the backup key
 * and the wizard starts fresh. Synchronous whenever the schemas are loaded (always, on a page
 * that started with a stored draft).
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
    // A draft with no answer yet (a fresh start, "Start over") leaves nothing in storage, so the
    // next visit's start page has no draft to check and loads no zod.
    if (hasNoAnswers(value.state)) safeLocalStorage.remove(name);
    else safeLocalStorage.write(name, JSON.stringify(value));
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
        if (persisted !== undefined && lastRaw !== null) keepAside(lastRaw);
        return { ...current, ...emptyDraft() };
      },
    },
  ),
);

/** The draft's actions, named as the events that cause them. */
export function useDraftActions(): DraftState['actions'] {
  return useDraftStore((state) => state.actions);
}

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
