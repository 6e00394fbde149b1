// The questionnaire in progress, kept on this device only (localStorage) so a reload, browser
// Back/Forward or a closed tab loses nothing. Completeness is derived from the answers through
// the scoring schemas, never stored. See docs/decisions/002-routing-and-draft-store.md.
import { useMemo } from 'react';
import { z } from 'zod';
import { create } from 'zustand';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { persist } from 'zustand/middleware';
import { safeLocalStorage } from '../../lib/safe-storage';
import type { Answers } from '../../scoring';
import {
  AGE_BANDS,
  ALCOHOL_USES,
  answersSchema,
  CONDITION_IDS,
  DIET_PATTERNS,
  DURATIONS,
  FREQUENCIES,
  LEG_SIDES,
  MEDICATION_IDS,
  ONSETS,
  RED_FLAG_IDS,
  SEVERITIES,
  SEXES,
  SUN_EXPOSURES,
  SUPPLEMENT_IDS,
  SWEATING_LEVELS,
  SYMPTOM_KINDS,
  TIMING_PATTERNS,
  UNDER_18,
  WATER_INTAKES,
} from '../../scoring';
import type { StepKey, StepNumber, StepValues } from './steps';
import { STEP_NUMBERS, STEP_SCHEMAS, stepKey } from './steps';

/** The localStorage key of the draft. */
export const DRAFT_STORAGE_KEY = 'legcheck-draft';
/** Where an unreadable draft is kept aside instead of being thrown away. */
export const DRAFT_BACKUP_KEY = 'legcheck-draft-backup';
/** The version of the stored draft's shape; bump it (and add a migration) when the shape changes. */
export const DRAFT_VERSION = 1;

const one = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values).optional();
const many = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.array(z.enum(values)).optional();

// A step's values while someone is still answering: every field may be missing, lists may be
// empty, and age may be "under 18". The finished shape is the scoring schema's alone.
const stepDraftSchemas = {
  about: z.object({
    ageBand: one([...AGE_BANDS, UNDER_18]),
    sex: one(SEXES),
    pregnant: z.boolean().optional(),
  }),
  symptoms: z.object({
    kinds: many(SYMPTOM_KINDS),
    legs: one(LEG_SIDES),
    severity: one(SEVERITIES),
  }),
  timing: z.object({ when: many(TIMING_PATTERNS), duration: one(DURATIONS), onset: one(ONSETS) }),
  diet: z.object({
    pattern: one(DIET_PATTERNS),
    dairy: one(FREQUENCIES),
    fattyFish: one(FREQUENCIES),
    redMeat: one(FREQUENCIES),
    eggs: one(FREQUENCIES),
    leafyGreens: one(FREQUENCIES),
    nutsSeeds: one(FREQUENCIES),
    wholeGrains: one(FREQUENCIES),
    legumes: one(FREQUENCIES),
    fortifiedFoods: one(FREQUENCIES),
    water: one(WATER_INTAKES),
    alcohol: one(ALCOHOL_USES),
  }),
  lifestyle: z.object({
    sun: one(SUN_EXPOSURES),
    sweating: one(SWEATING_LEVELS),
    supplements: many(SUPPLEMENT_IDS),
  }),
  health: z.object({ conditions: many(CONDITION_IDS), medications: many(MEDICATION_IDS) }),
  warningSigns: z.object({ redFlags: many(RED_FLAG_IDS), noneOfThese: z.boolean().optional() }),
};

/** What the draft keeps: each step's values so far. */
export const draftSchema = z.object({
  steps: z.object({
    about: stepDraftSchemas.about.optional(),
    symptoms: stepDraftSchemas.symptoms.optional(),
    timing: stepDraftSchemas.timing.optional(),
    diet: stepDraftSchemas.diet.optional(),
    lifestyle: stepDraftSchemas.lifestyle.optional(),
    health: stepDraftSchemas.health.optional(),
    warningSigns: stepDraftSchemas.warningSigns.optional(),
  }),
});

/** The persisted draft. */
export type Draft = z.infer<typeof draftSchema>;
/** Every step's values so far. */
export type DraftSteps = Draft['steps'];
/** One step's values so far, as its form holds them. */
export type StepDraft<K extends StepKey> = NonNullable<DraftSteps[K]>;

interface DraftState extends Draft {
  actions: {
    /** A step passed its schema: keep its valid values. */
    stepCompleted: <K extends StepKey>(step: K, values: StepValues[K]) => void;
    /** Someone changed an answer on a step (valid or not yet): keep it so nothing is lost. */
    draftChanged: <K extends StepKey>(step: K, values: StepDraft<K>) => void;
    /** Someone chose to start over. */
    draftCleared: () => void;
  };
}

const emptyDraft: Draft = { steps: {} };

// Storage that never throws: blocked or full storage (private mode, policy, quota) must not
// break answering; the draft then simply lives in memory.
function readStorage(key: string): string | null {
  const result = safeLocalStorage.read(key);
  return result.ok ? result.value : null;
}

const storedDraftSchema = z.object({ state: draftSchema, version: z.literal(DRAFT_VERSION) });

/**
 * JSON storage that validates what it reads: anything unreadable (bad JSON, wrong shape,
 * unknown version) is copied to the backup key and the wizard starts fresh.
 */
const validatingStorage: PersistStorage<Draft> = {
  getItem(name) {
    const raw = readStorage(name);
    if (raw === null) return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = undefined;
    }
    const result = storedDraftSchema.safeParse(parsed);
    if (result.success) return result.data;
    safeLocalStorage.write(DRAFT_BACKUP_KEY, raw);
    safeLocalStorage.remove(name);
    // An explicit empty draft (not null) so a re-read also clears what memory held.
    return { state: emptyDraft, version: DRAFT_VERSION };
  },
  setItem(name, value: StorageValue<Draft>) {
    safeLocalStorage.write(name, JSON.stringify(value));
  },
  removeItem(name) {
    safeLocalStorage.remove(name);
  },
};

const useDraftStore = create<DraftState>()(
  persist(
    (set) => {
      const keep = <K extends StepKey>(step: K, values: StepDraft<K> | StepValues[K]) =>
        set((state) => ({ steps: { ...state.steps, [step]: values } }));
      return {
        ...emptyDraft,
        actions: {
          stepCompleted: keep,
          draftChanged: keep,
          draftCleared: () => set({ steps: {} }),
        },
      };
    },
    {
      name: DRAFT_STORAGE_KEY,
      version: DRAFT_VERSION,
      storage: validatingStorage,
      partialize: (state): Draft => ({ steps: state.steps }),
      // Only version 1 exists and the storage lets no other version through, so there is no
      // older shape to migrate; a future version 2 adds its branch here.
      merge: (persisted, current) => {
        const result = draftSchema.safeParse(persisted);
        return result.success ? { ...current, steps: result.data.steps } : current;
      },
    },
  ),
);

// Every store change re-runs the selectors; the draft object only changes on a real change, so
// the schema checks are done once per draft (zod runs without code generation under the CSP).
const gapCache = new WeakMap<DraftSteps, StepNumber | null>();

/** The first step whose values do not pass its schema, or null when every step is complete. */
export function firstIncompleteStep(steps: DraftSteps): StepNumber | null {
  const cached = gapCache.get(steps);
  if (cached !== undefined) return cached;
  let gap: StepNumber | null = null;
  for (const step of STEP_NUMBERS) {
    const key = stepKey(step);
    if (!STEP_SCHEMAS[key].safeParse(steps[key]).success) {
      gap = step;
      break;
    }
  }
  gapCache.set(steps, gap);
  return gap;
}

/** The whole answers when every step is complete, parsed through the answers schema; else null. */
export function draftToAnswers(steps: DraftSteps): Answers | null {
  if (firstIncompleteStep(steps) !== null) return null;
  const result = answersSchema.safeParse({
    about: steps.about,
    symptoms: steps.symptoms,
    timing: steps.timing,
    diet: steps.diet,
    lifestyle: steps.lifestyle,
    health: steps.health,
    redFlags: steps.warningSigns?.redFlags,
  });
  return result.success ? result.data : null;
}

/** The draft's actions, named as the events that cause them. */
export function useDraftActions(): DraftState['actions'] {
  return useDraftStore((state) => state.actions);
}

/** One step's values so far (undefined before the step is first touched). */
export function useStepDraft<K extends StepKey>(step: K): DraftSteps[K] {
  return useDraftStore((state) => state.steps[step]);
}

/** The complete answers, or null while any step is unfinished. */
export function useCompletedAnswers(): Answers | null {
  const steps = useDraftStore((state) => state.steps);
  return useMemo(() => draftToAnswers(steps), [steps]);
}

/** The first unfinished step (where Resume and the step guard go), or null when all are done. */
export function useFirstIncompleteStep(): StepNumber | null {
  return useDraftStore((state) => firstIncompleteStep(state.steps));
}

/** True once any answer has been given. */
export function useHasDraft(): boolean {
  return useDraftStore((state) => Object.values(state.steps).some((step) => step !== undefined));
}

/** The draft's actions outside React (for example the app clearing it after a result is saved). */
export const draftActions: DraftState['actions'] = useDraftStore.getState().actions;

/** Reads the draft from storage again (another tab changed it; tests). */
export async function rehydrateDraft(): Promise<void> {
  await useDraftStore.persist.rehydrate();
}

/** Every step's values right now, read once (forms take their defaults from it on mount). */
export function getDraftSteps(): DraftSteps {
  return useDraftStore.getState().steps;
}
