// The contract's named groups (../shared/spec/questionnaire.md, "(v2) Named groups"), one list
// each. The scoring, the triage, the cautions and the tests all read them from here, so a group
// cannot mean one thing in the scores and another in the safety notes.
//
// Version 1 answers carry only part of each group (no `where`, none of the v2 conditions or
// medicines): a pattern that needs them is simply never met by them.
import type { Answers } from './answers';
import type {
  AgeBand,
  BodyArea,
  ConditionId,
  DietPattern,
  FoodGroup,
  MedicationId,
  SymptomKind,
} from './ids';
import { FOOD_GROUPS } from './ids';
import { knownAnswerOf } from './questions';

/** NERVE symptoms (weakness is not one). */
export const NERVE_SYMPTOMS = [
  'tingling',
  'numbness',
  'shooting-pain',
  'coordination',
] as const satisfies readonly SymptomKind[];

/** B12 ABSORPTION problem: the conditions that stop B12 being absorbed. */
export const B12_ABSORPTION_CONDITIONS = [
  'pernicious-anaemia',
  'stomach-bowel-surgery',
  'bariatric-surgery',
  'malabsorption',
] as const satisfies readonly ConditionId[];

/**
 * B12 ABSORPTION problem: the medicines and substances in it. Nitrous oxide inactivates B12 in
 * the body, so a tablet does not undo it and serum B12 can look normal (S83).
 */
export const B12_ABSORPTION_MEDICATIONS = [
  'nitrous-oxide',
] as const satisfies readonly MedicationId[];

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
  return (
    includesAny(answers.health.conditions, B12_ABSORPTION_CONDITIONS) ||
    includesAny(answers.health.medications, B12_ABSORPTION_MEDICATIONS)
  );
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

// The food groups whose answer this pattern already tells, read from the question table
// (`knownWhen`), so the wizard's skipped questions and the scoring's left-out groups are one fact.
const leftOutBy = (pattern: DietPattern): readonly FoodGroup[] =>
  FOOD_GROUPS.filter((group) => knownAnswerOf(`diet.${group}`, { pattern }) !== undefined);

/**
 * Food groups a diet pattern leaves out by choice (the wizard does not ask them). The pattern
 * already counts their absence, so their answers add nothing on top of it (contract v2: a diet
 * pattern counts once), and eating them rarely is not a poor diet.
 */
export const LEFT_OUT_BY_PATTERN = {
  omnivore: leftOutBy('omnivore'),
  pescatarian: leftOutBy('pescatarian'),
  vegetarian: leftOutBy('vegetarian'),
  vegan: leftOutBy('vegan'),
} as const satisfies Record<DietPattern, readonly FoodGroup[]>;

/**
 * Conditions that stop fat (and so vitamin E) being absorbed. A shortfall of vitamin E from diet
 * alone is essentially unseen in healthy people (reference 6.3, S13, S33), so food answers raise
 * vitamin E only together with one of these.
 */
export const FAT_MALABSORPTION_CONDITIONS = [
  'malabsorption',
  'bariatric-surgery',
] as const satisfies readonly ConditionId[];

/** True when the answers name a condition that stops fat being absorbed. */
export function hasFatMalabsorption(answers: Pick<Answers, 'health'>): boolean {
  return includesAny(answers.health.conditions, FAT_MALABSORPTION_CONDITIONS);
}

/** Where it is felt, "not said" (a v1 answer) read as no place. */
const whereOf = (answers: Pick<Answers, 'symptoms'>): readonly BodyArea[] =>
  answers.symptoms.where ?? [];

/** STOCKING pattern: both legs, felt in the feet, with one of these sensations. */
export const STOCKING_SYMPTOMS = ['tingling', 'numbness'] as const satisfies readonly SymptomKind[];
/** STOCKING pattern: the place it must include. */
export const STOCKING_AREAS = ['feet'] as const satisfies readonly BodyArea[];

/** True when the answers show the STOCKING pattern (nerves: B12, and diabetes as another cause). */
export function hasStockingPattern(answers: Pick<Answers, 'symptoms'>): boolean {
  return (
    answers.symptoms.legs === 'both' &&
    includesAny(whereOf(answers), STOCKING_AREAS) &&
    includesAny(answers.symptoms.kinds, STOCKING_SYMPTOMS)
  );
}

/** PROXIMAL pattern: the upper legs, with one of these symptoms (vitamin D). */
export const PROXIMAL_AREAS = ['thighs-hips'] as const satisfies readonly BodyArea[];
export const PROXIMAL_SYMPTOMS = [
  'weakness',
  'aches',
  'bone-pain',
] as const satisfies readonly SymptomKind[];

/** True when the answers show the PROXIMAL pattern. */
export function hasProximalPattern(answers: Pick<Answers, 'symptoms'>): boolean {
  return (
    includesAny(whereOf(answers), PROXIMAL_AREAS) &&
    includesAny(answers.symptoms.kinds, PROXIMAL_SYMPTOMS)
  );
}

/**
 * TETANY pattern (triage `tetany-signs`): spasms or cramps, with tingling or numbness, felt around
 * the mouth or in the hands or arms: the signs of a low blood calcium or magnesium (S36, S22).
 */
export const TETANY_MOVEMENTS = ['spasms', 'cramps'] as const satisfies readonly SymptomKind[];
export const TETANY_SENSATIONS = ['tingling', 'numbness'] as const satisfies readonly SymptomKind[];
export const TETANY_AREAS = ['around-mouth', 'hands-arms'] as const satisfies readonly BodyArea[];

/** True when the answers show the TETANY pattern. */
export function hasTetanyPattern(answers: Pick<Answers, 'symptoms'>): boolean {
  return (
    includesAny(answers.symptoms.kinds, TETANY_MOVEMENTS) &&
    includesAny(answers.symptoms.kinds, TETANY_SENSATIONS) &&
    includesAny(whereOf(answers), TETANY_AREAS)
  );
}
