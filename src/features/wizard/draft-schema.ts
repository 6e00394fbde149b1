// What a stored draft may hold, checked with zod when the draft is read back from storage.
// Loaded only when there is a stored draft to check (draft-store.ts imports it on demand), so a
// first visit's start page never loads zod.
import { z } from 'zod/mini';
import {
  AGE_BANDS,
  ALCOHOL_USES,
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
import type { StepKey } from './steps';

const one = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.optional(z.enum(values));
const many = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.optional(z.array(z.enum(values)));

// A step's values while someone is still answering: every field may be missing, lists may be
// empty, and age may be "under 18". The finished shape is the scoring schema's alone.
const stepDraftSchemas = {
  about: z.object({
    ageBand: one([...AGE_BANDS, UNDER_18]),
    sex: one(SEXES),
    pregnant: z.optional(z.boolean()),
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
  warningSigns: z.object({ redFlags: many(RED_FLAG_IDS), noneOfThese: z.optional(z.boolean()) }),
};

/** What the draft keeps: each step's values so far. */
export const draftSchema = z.object({
  steps: z.object({
    about: z.optional(stepDraftSchemas.about),
    symptoms: z.optional(stepDraftSchemas.symptoms),
    timing: z.optional(stepDraftSchemas.timing),
    diet: z.optional(stepDraftSchemas.diet),
    lifestyle: z.optional(stepDraftSchemas.lifestyle),
    health: z.optional(stepDraftSchemas.health),
    warningSigns: z.optional(stepDraftSchemas.warningSigns),
  }),
});

/** The persisted draft. */
export type Draft = z.infer<typeof draftSchema>;
/** Every step's values so far. */
export type DraftSteps = Draft['steps'];
/** One step's values so far, as its form holds them. */
export type StepDraft<K extends StepKey> = NonNullable<DraftSteps[K]>;

/**
 * Reads a stored draft (zustand's persisted shape: `{ state, version }`): its steps when the
 * text is JSON of that shape at `version`, else null.
 */
export function parseStoredDraft(raw: string, version: number): DraftSteps | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  const result = z.object({ state: draftSchema, version: z.literal(version) }).safeParse(parsed);
  return result.success ? result.data.state.steps : null;
}

/** The steps of a draft that passes the schema, else null. */
export function readDraftSteps(value: unknown): DraftSteps | null {
  const result = draftSchema.safeParse(value);
  return result.success ? result.data.steps : null;
}
