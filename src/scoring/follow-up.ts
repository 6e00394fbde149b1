import type { Answers } from './answers';
import type { RankedFactor } from './assessment';
import { FOOD_GROUPS, OTHER_CAUSE_IDS } from './ids';
import type {
  DietPattern,
  FoodGroup,
  LabTestId,
  NutrientId,
  OtherCauseId,
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
 * Tests for the 'likely' and 'possible' factors, in ranking order (the leading factor's tests
 * first), each test once.
 */
export function testsFor(ranked: readonly RankedFactor[]): LabTestId[] {
  const tests: LabTestId[] = [];
  for (const factor of ranked) {
    if (factor.band === 'unlikely') continue;
    for (const test of FACTOR_TESTS[factor.nutrient]) if (!tests.includes(test)) tests.push(test);
  }
  return tests;
}

/** Food groups a diet pattern leaves out by choice: eating them rarely is not a poor diet. */
export const LEFT_OUT_BY_PATTERN = {
  omnivore: [],
  pescatarian: ['redMeat'],
  vegetarian: ['redMeat', 'fattyFish'],
  vegan: ['redMeat', 'fattyFish', 'dairy', 'eggs'],
} as const satisfies Record<DietPattern, readonly FoodGroup[]>;

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
  // Needs the v2 condition 'underactive-thyroid' (the thyroid is not asked about yet).
  thyroid: () => false,
  // Diabetes is one of the commonest causes of numb, tingling or burning feet (S89, S90). The
  // v2 STOCKING pattern will narrow this once `where` is asked.
  'diabetic-neuropathy': ({ health, symptoms }) =>
    health.conditions.includes('diabetes') &&
    DIABETIC_NERVE.some((kind) => symptoms.kinds.includes(kind)),
};

/** Non-nutritional explanations the answers point to, in OTHER_CAUSE_IDS order. */
export function otherCausesFor(answers: Answers): OtherCauseId[] {
  return OTHER_CAUSE_IDS.filter((cause) => OTHER_CAUSE_RULES[cause](answers));
}
