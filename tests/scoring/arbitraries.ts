// Reusable fast-check arbitraries of VALID answers, generated from the id lists in
// src/scoring/ids.ts, so a new option is covered without touching this file.
import fc from 'fast-check';
import type { Answers } from '../../src/scoring';
import {
  AGE_BANDS,
  ALCOHOL_USES,
  BODY_AREAS,
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
  WATER_INTAKES,
} from '../../src/scoring';

/** One value of a fixed list. */
const one = <T>(values: readonly T[]) => fc.constantFrom(...values);
/** A set of values of a fixed list (no repeats, any order); optionally at least one. */
const some = <T>(values: readonly T[], minLength = 0) =>
  fc.shuffledSubarray([...values], { minLength });

/** Step 1: pregnant is false whenever sex is male, as the schema requires. */
export const aboutArb: fc.Arbitrary<Answers['about']> = fc
  .record({ ageBand: one(AGE_BANDS), sex: one(SEXES), pregnant: fc.boolean() })
  .map((about) => (about.sex === 'male' ? { ...about, pregnant: false } : about));

/** Step 2: at least one symptom; where it is felt (contract v2) missing, empty or some places. */
export const symptomsArb: fc.Arbitrary<Answers['symptoms']> = fc.record(
  {
    kinds: some(SYMPTOM_KINDS, 1),
    where: some(BODY_AREAS),
    legs: one(LEG_SIDES),
    severity: one(SEVERITIES),
  },
  { requiredKeys: ['kinds', 'legs', 'severity'] },
);

/** Step 3: at least one time. */
export const timingArb: fc.Arbitrary<Answers['timing']> = fc.record({
  when: some(TIMING_PATTERNS, 1),
  duration: one(DURATIONS),
  onset: one(ONSETS),
});

/** Step 4. */
export const dietArb: fc.Arbitrary<Answers['diet']> = fc.record({
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
});

/** Step 5: supplements may be empty. */
export const lifestyleArb: fc.Arbitrary<Answers['lifestyle']> = fc.record({
  sun: one(SUN_EXPOSURES),
  sweating: one(SWEATING_LEVELS),
  supplements: some(SUPPLEMENT_IDS),
});

/** Step 6: both lists may be empty. */
export const healthArb: fc.Arbitrary<Answers['health']> = fc.record({
  conditions: some(CONDITION_IDS),
  medications: some(MEDICATION_IDS),
});

/**
 * Step 7: mostly none (as in real use), sometimes one or more signs. Biased so properties
 * exercise both the nutrition path and the red-flag path.
 */
export const redFlagsArb: fc.Arbitrary<Answers['redFlags']> = fc.oneof(
  { arbitrary: fc.constant<Answers['redFlags']>([]), weight: 2 },
  { arbitrary: some(RED_FLAG_IDS, 1), weight: 1 },
);

/** A whole set of valid answers (every one passes answersSchema). */
export const answersArb: fc.Arbitrary<Answers> = fc.record({
  about: aboutArb,
  symptoms: symptomsArb,
  timing: timingArb,
  diet: dietArb,
  lifestyle: lifestyleArb,
  health: healthArb,
  redFlags: redFlagsArb,
});
