// The shape of one evaluation case (tests/cases/<nn>-<name>.json) and the loader that reads them
// all. A case's answers follow contract v2 (../shared/spec/questionnaire.md), which the app does
// not accept yet; the id lists below are the spec's v2 lists, kept here (not in src/) so the cases
// can be written against the contract the app is moving to. See README.md in this folder.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod/mini';
import {
  AGE_BANDS,
  ALCOHOL_USES,
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

/** Where it is felt (v2). */
export const V2_BODY_AREAS = [
  'feet',
  'calves',
  'shins',
  'thighs-hips',
  'hands-arms',
  'around-mouth',
] as const;
/** Supplements (v2 adds b12-injections). */
export const V2_SUPPLEMENT_IDS = [
  'vitamin-d',
  'vitamin-b12',
  'magnesium',
  'calcium',
  'iron',
  'vitamin-e',
  'multivitamin',
  'b12-injections',
] as const;
/** Conditions (v2 adds the last six). */
export const V2_CONDITION_IDS = [
  'malabsorption',
  'bariatric-surgery',
  'kidney-disease',
  'heavy-periods',
  'frequent-blood-donation',
  'diabetes',
  'darker-skin',
  'pernicious-anaemia',
  'stomach-bowel-surgery',
  'recent-diarrhoea-vomiting',
  'underactive-thyroid',
  'liver-disease',
  'fluid-restriction',
] as const;
/** Medicines and substances (v2 adds blood-thinner and nitrous-oxide). */
export const V2_MEDICATION_IDS = [
  'acid-reducer',
  'metformin',
  'diuretic',
  'statin',
  'anticonvulsant',
  'corticosteroid',
  'blood-thinner',
  'nitrous-oxide',
] as const;
/** Warning signs (v2 adds very-unwell, rest-pain-ulcer and long-cramp). */
export const V2_RED_FLAG_IDS = [
  'one-leg-swollen',
  'breathless-chest-pain',
  'cold-pale-leg',
  'saddle-numbness',
  'dark-urine',
  'rapid-weakness',
  'injury',
  'fever-hot-skin',
  'very-unwell',
  'rest-pain-ulcer',
  'long-cramp',
] as const;
/** Blood tests (v2 adds the last seven). */
export const V2_LAB_TEST_IDS = [
  '25-hydroxy-vitamin-d',
  'vitamin-b12',
  'ferritin',
  'full-blood-count',
  'magnesium',
  'calcium',
  'electrolytes',
  'vitamin-e',
  'methylmalonic-acid',
  'transferrin-saturation',
  'kidney-function',
  'thyroid-function',
  'creatine-kinase',
  'hba1c',
  'homocysteine',
] as const;

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
    where: z.optional(list(V2_BODY_AREAS)),
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
    supplements: list(V2_SUPPLEMENT_IDS),
  }),
  health: z.strictObject({
    conditions: list(V2_CONDITION_IDS),
    medications: list(V2_MEDICATION_IDS),
  }),
  redFlags: list(V2_RED_FLAG_IDS),
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
  confirmingTest: z.enum(V2_LAB_TEST_IDS),
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
