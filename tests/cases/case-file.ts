// The shape of one evaluation case (tests/cases/<nn>-<name>.json) and the loader that reads them
// all. A case's answers follow contract v2 (../shared/spec/questionnaire.md), with the app's own id
// lists (src/scoring/ids.ts, which match the contract); the app's cross-field rules are checked
// when the bench runs a case. See README.md in this folder.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod/mini';
import {
  AGE_BANDS,
  ALCOHOL_USES,
  BODY_AREAS,
  CONDITION_IDS,
  LAB_TEST_IDS,
  MEDICATION_IDS,
  RED_FLAG_IDS,
  SUPPLEMENT_IDS,
  DIET_PATTERNS,
  DURATIONS,
  FREQUENCIES,
  LEG_SIDES,
  NUTRIENT_IDS,
  ONSETS,
  SEVERITIES,
  SEXES,
  SUN_EXPOSURES,
  SWEATING_LEVELS,
  SYMPTOM_KINDS,
  TIMING_PATTERNS,
  TRIAGE_LEVELS,
  WATER_INTAKES,
} from '../../src/scoring';

const list = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.array(z.enum(values)).check(z.refine((xs) => new Set(xs).size === xs.length, 'repeated id'));
const nonEmptyList = <const T extends readonly [string, ...string[]]>(values: T) =>
  list(values).check(z.minLength(1));
const often = z.enum(FREQUENCIES);

/** Answers under contract v2, as a case file holds them (no cross-field rules: the app checks those). */
export const v2AnswersSchema = z.strictObject({
  about: z.strictObject({
    ageBand: z.enum(AGE_BANDS),
    sex: z.enum(SEXES),
    pregnant: z.boolean(),
  }),
  symptoms: z.strictObject({
    kinds: nonEmptyList(SYMPTOM_KINDS),
    where: z.optional(list(BODY_AREAS)),
    legs: z.enum(LEG_SIDES),
    severity: z.enum(SEVERITIES),
  }),
  timing: z.strictObject({
    when: nonEmptyList(TIMING_PATTERNS),
    duration: z.enum(DURATIONS),
    onset: z.enum(ONSETS),
  }),
  diet: z.strictObject({
    pattern: z.enum(DIET_PATTERNS),
    dairy: often,
    fattyFish: often,
    redMeat: often,
    eggs: often,
    leafyGreens: often,
    nutsSeeds: often,
    wholeGrains: often,
    legumes: often,
    fortifiedFoods: often,
    water: z.enum(WATER_INTAKES),
    alcohol: z.enum(ALCOHOL_USES),
  }),
  lifestyle: z.strictObject({
    sun: z.enum(SUN_EXPOSURES),
    sweating: z.enum(SWEATING_LEVELS),
    supplements: list(SUPPLEMENT_IDS),
  }),
  health: z.strictObject({
    conditions: list(CONDITION_IDS),
    medications: list(MEDICATION_IDS),
  }),
  redFlags: list(RED_FLAG_IDS),
});

/** Answers under contract v2. */
export type V2Answers = z.infer<typeof v2AnswersSchema>;

const text = z.string().check(z.minLength(1));

/** One case file: the published report, what it confirmed, and the answers the patient would give. */
export const caseFileSchema = z.strictObject({
  id: z.string().check(z.regex(/^\d{2}-[a-z0-9-]+$/)),
  source: z.strictObject({
    title: text,
    url: z.string().check(z.regex(/^https?:\/\//)),
    journal: text,
    // null where the stored page shows no date (some meeting abstracts and magazine pages).
    year: z.nullable(z.number().check(z.int(), z.gte(1900), z.lte(2100))),
    doi: z.optional(text),
  }),
  patient: text,
  confirmed: z.enum(NUTRIENT_IDS),
  confirmingTest: z.enum(LAB_TEST_IDS),
  minimumTriage: z.enum(TRIAGE_LEVELS),
  triageWhy: text,
  answers: v2AnswersSchema,
  answersNotes: text,
});

/** One evaluation case. */
export type CaseFile = z.infer<typeof caseFileSchema>;

/** The folder that holds the case files (this file's folder), as a path (not a URL: under jsdom the
 * global URL is not the one node:fs accepts). */
export const CASES_DIR = dirname(fileURLToPath(import.meta.url));

/**
 * Reads and validates every `<nn>-<name>.json` in the cases folder, in file-name order. A file
 * that does not fit the schema, or whose id is not its file name, throws: a broken case is an
 * error, never skipped.
 */
export function loadCases(dir: string = CASES_DIR): CaseFile[] {
  const files = readdirSync(dir)
    .filter((name) => /^\d{2}-.+\.json$/.test(name))
    .sort();
  return files.map((name) => {
    const raw: unknown = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    const parsed = caseFileSchema.safeParse(raw);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
      throw new Error(`${name} is not a valid case:\n  ${issues.join('\n  ')}`);
    }
    if (`${parsed.data.id}.json` !== name) {
      throw new Error(`${name}: its id "${parsed.data.id}" must be its file name`);
    }
    return parsed.data;
  });
}
