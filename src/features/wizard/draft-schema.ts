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
import { canonicalJson, fingerprint } from '../../lib/fingerprint';
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

/** Every step's values so far (each step optional). */
const draftStepsSchema = z.object({
  about: z.optional(stepDraftSchemas.about),
  symptoms: z.optional(stepDraftSchemas.symptoms),
  timing: z.optional(stepDraftSchemas.timing),
  diet: z.optional(stepDraftSchemas.diet),
  lifestyle: z.optional(stepDraftSchemas.lifestyle),
  health: z.optional(stepDraftSchemas.health),
  warningSigns: z.optional(stepDraftSchemas.warningSigns),
});

/**
 * What the draft keeps (stored format version 2): each step's values so far, and the id of this
 * run through the questionnaire, which names the result it leads to (so that a reload or another
 * tab never saves that result twice, and a result the person chose not to keep stays deleted).
 */
export const draftSchema = z.object({
  steps: draftStepsSchema,
  id: z.string().check(z.minLength(1), z.maxLength(100)),
});

/** The persisted draft. */
export type Draft = z.infer<typeof draftSchema>;
/** Every step's values so far. */
export type DraftSteps = Draft['steps'];
/** One step's values so far, as its form holds them. */
export type StepDraft<K extends StepKey> = NonNullable<DraftSteps[K]>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Brings a stored draft of an older format version up to the current one. Pure: the same input
 * always gives the same output. Anything it cannot map is passed on unchanged, so validation
 * (readDraft) sets it aside rather than dropping it.
 * - Version 1 kept `{ steps }` only. It gets an id derived from its own answers, so two tabs
 *   migrating the same draft agree on it.
 */
export function migrateDraft(state: unknown, version: number): unknown {
  if (version === 1 && isRecord(state) && !('id' in state)) {
    return { ...state, id: `draft-v1-${fingerprint(canonicalJson(state.steps ?? null))}` };
  }
  return state;
}

/** zustand persist's envelope around a stored draft. */
const envelopeSchema = z.object({ state: z.unknown(), version: z.int().check(z.minimum(0)) });

/**
 * Reads a stored draft's text as far as its envelope: the state and its format version, or null
 * when the text is not JSON, not an envelope, or from a newer LegCheck than `currentVersion`.
 */
export function readDraftEnvelope(
  raw: string,
  currentVersion: number,
): { state: unknown; version: number } | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  const envelope = envelopeSchema.safeParse(parsed);
  if (!envelope.success || envelope.data.version > currentVersion) return null;
  return envelope.data;
}

/**
 * Reads a stored draft all the way (envelope, migration from any older version, validation): the
 * draft, or null when it cannot be read.
 */
export function parseStoredDraft(raw: string, currentVersion: number): Draft | null {
  const envelope = readDraftEnvelope(raw, currentVersion);
  if (!envelope) return null;
  const state =
    envelope.version === currentVersion
      ? envelope.state
      : migrateDraft(envelope.state, envelope.version);
  return readDraft(state);
}

/** A draft (current format) that passes the schema, else null. */
export function readDraft(value: unknown): Draft | null {
  const result = draftSchema.safeParse(value);
  return result.success ? result.data : null;
}
