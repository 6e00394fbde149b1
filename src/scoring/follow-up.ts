import type { Answers } from './answers';
import type { RankedFactor } from './assessment';
import {
  hasB12AbsorptionProblem,
  hasNerveSymptoms,
  hasProximalPattern,
  hasStockingPattern,
  hasTetanyPattern,
  LEFT_OUT_BY_PATTERN,
  TETANY_MOVEMENTS,
} from './groups';
import { FOOD_GROUPS, OTHER_CAUSE_IDS } from './ids';
import type {
  FoodGroup,
  LabTestId,
  NutrientId,
  OtherCauseId,
  SymptomKind,
  TimingPattern,
} from './ids';
import { MUSCLE_SYMPTOMS } from './triage';

/**
 * Blood tests to ask about per factor (reference 1.6, 2.6, 3.6, 4.6, 5.6, 6.6, 7.6; S81 lists
 * U&E, calcium and magnesium together for cramps). A full blood count goes with B12 and iron
 * because both show in the red cells; electrolytes go with magnesium, calcium and fluid.
 */
export const FACTOR_TESTS = {
  'vitamin-d': ['25-hydroxy-vitamin-d'],
  'vitamin-b12': ['vitamin-b12', 'full-blood-count'],
  magnesium: ['magnesium', 'electrolytes'],
  calcium: ['calcium', 'electrolytes'],
  iron: ['ferritin', 'full-blood-count'],
  'vitamin-e': ['vitamin-e'],
  hydration: ['electrolytes'],
} as const satisfies Record<NutrientId, readonly LabTestId[]>;

/**
 * The tests the reference checks alongside a suggested factor (contract v2: calcium, magnesium
 * and vitamin D bring each other's tests where the reference pairs them):
 * - vitamin D: calcium (1.6, the soft-bone work-up, S35);
 * - magnesium: calcium and kidney function (3.6 "check alongside"; failing kidneys keep
 *   magnesium, so kidney function comes before any magnesium supplement, S82);
 * - calcium: magnesium, vitamin D and kidney function (4.6 companion tests, S37).
 */
export const PAIRED_TESTS = {
  'vitamin-d': ['calcium'],
  'vitamin-b12': [],
  magnesium: ['calcium', 'kidney-function'],
  calcium: ['magnesium', '25-hydroxy-vitamin-d', 'kidney-function'],
  iron: [],
  'vitamin-e': [],
  hydration: [],
} as const satisfies Record<NutrientId, readonly LabTestId[]>;

/** Muscle symptoms that, with a statin, call for a creatine kinase test (S75-S77). */
const STATIN_MUSCLE_SYMPTOMS = ['aches', 'weakness', 'cramps'] as const;

/**
 * Signs NICE lists as pointing to a cause behind cramps (leg numbness or weakness), so that the
 * blood tests are worth doing (S81); tingling is numbness's milder form.
 */
const CRAMP_CAUSE_SIGNS = [
  'numbness',
  'tingling',
  'weakness',
] as const satisfies readonly SymptomKind[];
/** Durations long enough for a loss of balance to be a slowly worsening (progressive) one. */
const PROGRESSIVE: readonly Answers['timing']['duration'][] = ['months', 'over-3-months'];

const hasAnyKind = (answers: Answers, kinds: readonly SymptomKind[]) =>
  kinds.some((kind) => answers.symptoms.kinds.includes(kind));

/**
 * The usual work-up the symptom pattern calls for even when no factor scores high (contract v2):
 * NERVE symptoms bring the B12 test and a full blood count (S34: nerve signs can come without
 * anaemia); a B12 ABSORPTION problem brings methylmalonic acid and homocysteine as well, since
 * serum B12 misses many of these cases (S83, S39); a statin with muscle symptoms, or dark urine,
 * brings creatine kinase (S76, S70); diabetes with nerve symptoms brings HbA1c (S81, S90); and
 * (scoring 3) the TETANY and PROXIMAL patterns, cramps with a sign of a cause, slowly worsening
 * balance and a spinal cord sign bring the tests their sources name. Each test once, first place
 * kept.
 */
export function workUpFor(answers: Answers): LabTestId[] {
  const tests: LabTestId[] = [];
  const nerve = hasNerveSymptoms(answers);
  if (nerve || hasB12AbsorptionProblem(answers)) tests.push('vitamin-b12', 'full-blood-count');
  if (hasB12AbsorptionProblem(answers)) tests.push('methylmalonic-acid', 'homocysteine');
  const statinMuscle =
    answers.health.medications.includes('statin') &&
    STATIN_MUSCLE_SYMPTOMS.some((kind) => answers.symptoms.kinds.includes(kind));
  if (statinMuscle || answers.redFlags.includes('dark-urine')) tests.push('creatine-kinase');
  if (nerve && answers.health.conditions.includes('diabetes')) tests.push('hba1c');
  // Thyroid disease mimics leg cramps and aches, and NICE lists thyroid tests (TFT) when a cause
  // is suspected (S81, S91).
  if (answers.health.conditions.includes('underactive-thyroid')) tests.push('thyroid-function');
  // TETANY: the signs of a low blood calcium or magnesium; the first tests are calcium, magnesium,
  // kidney function and vitamin D (S92, S36).
  if (hasTetanyPattern(answers)) {
    tests.push('calcium', 'magnesium', 'kidney-function', '25-hydroxy-vitamin-d');
  }
  // Cramps or spasms with numbness, tingling or weakness: NICE's signs of a cause behind the
  // cramps, which then call for salts and kidney function, calcium and magnesium (S81). The rest
  // of its list (thyroid, glucose, liver tests, creatine kinase) comes here only with the answers
  // that point to it (thyroid, diabetes, a statin, dark urine).
  if (hasAnyKind(answers, TETANY_MOVEMENTS) && hasAnyKind(answers, CRAMP_CAUSE_SIGNS)) {
    tests.push('electrolytes', 'calcium', 'magnesium', 'kidney-function');
  }
  // PROXIMAL: weak or aching thighs and hips are the muscle sign of soft bones from low vitamin D;
  // the work-up is the vitamin D test with calcium (S35, reference 1.5-1.6).
  if (hasProximalPattern(answers)) tests.push('25-hydroxy-vitamin-d', 'calcium');
  // Poor balance or coordination that has come on slowly over months: ataxia specialists test
  // vitamin E first among the treatable causes (S93); B12 comes with the NERVE work-up above.
  if (
    answers.symptoms.kinds.includes('coordination') &&
    answers.timing.onset === 'gradual' &&
    PROGRESSIVE.includes(answers.timing.duration)
  ) {
    tests.push('vitamin-e');
  }
  // Weak legs with numbness between the legs or bladder or bowel trouble can come from the spinal
  // cord. The warning sign sends the person to emergency care first; low B12 is the treatable
  // cause of a cord damaged from within, looked for with B12 and a blood count (S94, S34).
  if (answers.redFlags.includes('saddle-numbness') && answers.symptoms.kinds.includes('weakness')) {
    tests.push('vitamin-b12', 'full-blood-count');
  }
  return [...new Set(tests)];
}

/**
 * Tests for the 'likely' and 'possible' factors, in ranking order (the leading factor's tests
 * first, each followed by the tests the reference pairs with it), then the work-up the symptom
 * pattern calls for; each test once.
 */
export function testsFor(ranked: readonly RankedFactor[], answers: Answers): LabTestId[] {
  const tests: LabTestId[] = [];
  const add = (test: LabTestId) => {
    if (!tests.includes(test)) tests.push(test);
  };
  for (const factor of ranked) {
    if (factor.band === 'unlikely') continue;
    FACTOR_TESTS[factor.nutrient].forEach(add);
    PAIRED_TESTS[factor.nutrient].forEach(add);
  }
  workUpFor(answers).forEach(add);
  return tests;
}

/** True when every food group the person's pattern includes is eaten at least weekly. */
export function dietIsVaried(diet: Answers['diet']): boolean {
  const leftOut: readonly FoodGroup[] = LEFT_OUT_BY_PATTERN[diet.pattern];
  return FOOD_GROUPS.every((group) => leftOut.includes(group) || diet[group] !== 'rarely');
}

const EXERCISE_TIMES: readonly TimingPattern[] = ['during-exercise', 'after-exercise'];
const ONE_LEG_NERVE = ['shooting-pain', 'numbness'] as const;
const DIABETIC_NERVE = ['tingling', 'numbness', 'shooting-pain'] as const;

const OTHER_CAUSE_RULES: Record<OtherCauseId, (answers: Answers) => boolean> = {
  'statin-muscle-symptoms': ({ health, symptoms }) =>
    health.medications.includes('statin') &&
    MUSCLE_SYMPTOMS.some((kind) => symptoms.kinds.includes(kind)),
  'circulation-claudication': ({ timing }) => timing.when.includes('walking-eases-rest'),
  'nerve-compression': ({ symptoms }) =>
    symptoms.legs === 'one' && ONE_LEG_NERVE.some((kind) => symptoms.kinds.includes(kind)),
  // Exercise cramps are mostly neuromuscular fatigue (S46): with exercise the only trigger and
  // no food group missing, overuse is the first thing to consider.
  overuse: ({ timing, diet }) =>
    timing.when.every((when) => EXERCISE_TIMES.includes(when)) && dietIsVaried(diet),
  // An underactive thyroid can cause aches, cramps and weakness (S81, S91).
  thyroid: ({ health }) => health.conditions.includes('underactive-thyroid'),
  // Diabetes is one of the commonest causes of numb, tingling or burning feet (S89, S90). Where
  // it is felt is said, the STOCKING pattern must be there; where it is not said (v1 answers),
  // any of these nerve symptoms is enough, as before.
  'diabetic-neuropathy': (answers) =>
    answers.health.conditions.includes('diabetes') &&
    DIABETIC_NERVE.some((kind) => answers.symptoms.kinds.includes(kind)) &&
    ((answers.symptoms.where ?? []).length === 0 || hasStockingPattern(answers)),
};

/** Non-nutritional explanations the answers point to, in OTHER_CAUSE_IDS order. */
export function otherCausesFor(answers: Answers): OtherCauseId[] {
  return OTHER_CAUSE_IDS.filter((cause) => OTHER_CAUSE_RULES[cause](answers));
}
