// The contract's named groups (../shared/spec/questionnaire.md, "(v2) Named groups"), one list
// each. The scoring, the triage, the cautions and the tests all read them from here, so a group
// cannot mean one thing in the scores and another in the safety notes.
//
// Version 1 answers carry only part of each group: pernicious-anaemia, stomach-bowel-surgery and
// nitrous-oxide (B12 ABSORPTION) arrive with the v2 questions, and join these lists then.
import type { Answers } from './answers';
import type { AgeBand, ConditionId, MedicationId, SymptomKind } from './ids';

/** NERVE symptoms (weakness is not one). */
export const NERVE_SYMPTOMS = [
  'tingling',
  'numbness',
  'shooting-pain',
  'coordination',
] as const satisfies readonly SymptomKind[];

/** B12 ABSORPTION problem: the conditions of today's answers that stop B12 being absorbed. */
export const B12_ABSORPTION_CONDITIONS = [
  'malabsorption',
  'bariatric-surgery',
] as const satisfies readonly ConditionId[];

/** B12 FOOD-BOUND causes: medicines that keep B12 from being freed from food. */
export const B12_FOOD_BOUND_MEDICATIONS = [
  'acid-reducer',
  'metformin',
] as const satisfies readonly MedicationId[];

/** B12 FOOD-BOUND causes: the age band in which low stomach acid is common enough to count. */
export const B12_FOOD_BOUND_AGES = ['71+'] as const satisfies readonly AgeBand[];

const includesAny = <T extends string>(list: readonly T[], wanted: readonly T[]) =>
  wanted.some((item) => list.includes(item));

/** True when any NERVE symptom was ticked. */
export function hasNerveSymptoms(answers: Pick<Answers, 'symptoms'>): boolean {
  return includesAny(answers.symptoms.kinds, NERVE_SYMPTOMS);
}

/** True when the answers name a B12 ABSORPTION problem. */
export function hasB12AbsorptionProblem(answers: Pick<Answers, 'health'>): boolean {
  return includesAny(answers.health.conditions, B12_ABSORPTION_CONDITIONS);
}

/** True when the answers name a B12 FOOD-BOUND cause. */
export function hasB12FoodBoundCause(answers: Pick<Answers, 'health' | 'about'>): boolean {
  return (
    includesAny(answers.health.medications, B12_FOOD_BOUND_MEDICATIONS) ||
    includesAny([answers.about.ageBand], B12_FOOD_BOUND_AGES)
  );
}

/**
 * True when a B12 tablet (or a multivitamin) cannot be trusted to have dealt with B12 (contract
 * v2, "What the scoring must respect"): a B12 ABSORPTION problem, or a FOOD-BOUND cause together
 * with NERVE symptoms.
 */
export function b12SupplementMayNotWork(answers: Pick<Answers, 'health' | 'about' | 'symptoms'>) {
  return (
    hasB12AbsorptionProblem(answers) || (hasB12FoodBoundCause(answers) && hasNerveSymptoms(answers))
  );
}
