// The rules of contract v2 ("What the scoring must respect", the named groups, the cautions and
// the work-up tests), checked over many generated answers and on the people they protect.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { assess, TRIAGE_LEVELS } from '../../src/scoring';
import type { Answers, Assessment, NutrientId, SupplementId } from '../../src/scoring';
import {
  B12_ABSORPTION_CONDITIONS,
  B12_ABSORPTION_MEDICATIONS,
  B12_FOOD_BOUND_MEDICATIONS,
  FAT_MALABSORPTION_CONDITIONS,
  hasB12AbsorptionProblem,
  hasB12FoodBoundCause,
  hasNerveSymptoms,
  LEFT_OUT_BY_PATTERN,
  NERVE_SYMPTOMS,
} from '../../src/scoring/groups';
import { FREQUENCIES } from '../../src/scoring/ids';
import { answersArb } from './arbitraries';
import { answersWith, VEGAN_DIET } from './fixtures';

const RUNS = { numRuns: 400 };
const factorOf = (result: Assessment, nutrient: NutrientId) => {
  const factor = result.ranked.find((item) => item.nutrient === nutrient);
  if (!factor) throw new Error(`${nutrient} missing`);
  return factor;
};
const withSupplement = (answers: Answers, supplement: SupplementId): Answers => ({
  ...answers,
  lifestyle: {
    ...answers.lifestyle,
    supplements: [...new Set([...answers.lifestyle.supplements, supplement])],
  },
});
const withoutB12Supplements = (answers: Answers): Answers => ({
  ...answers,
  lifestyle: {
    ...answers.lifestyle,
    supplements: answers.lifestyle.supplements.filter(
      (item) => item !== 'vitamin-b12' && item !== 'multivitamin',
    ),
  },
});

// Each B12 ABSORPTION problem, whether a condition or nitrous oxide (a substance in the group).
const absorptionProblemArb = fc.oneof(
  fc.constantFrom(...B12_ABSORPTION_CONDITIONS).map((condition) => ({ condition })),
  fc.constantFrom(...B12_ABSORPTION_MEDICATIONS).map((medication) => ({ medication })),
);

test('a B12 tablet or multivitamin never lowers B12 when there is an absorption problem', () => {
  fc.assert(
    fc.property(
      answersArb,
      absorptionProblemArb,
      fc.constantFrom<SupplementId>('vitamin-b12', 'multivitamin'),
      (generated, problem, supplement) => {
        const { conditions, medications } = generated.health;
        const answers = withoutB12Supplements({
          ...generated,
          health: {
            conditions:
              'condition' in problem
                ? [...new Set([...conditions, problem.condition])]
                : conditions,
            medications:
              'medication' in problem
                ? [...new Set([...medications, problem.medication])]
                : medications,
          },
        });
        const before = factorOf(assess(answers), 'vitamin-b12').score;
        const after = factorOf(assess(withSupplement(answers, supplement)), 'vitamin-b12').score;
        expect(after).toBe(before);
      },
    ),
    RUNS,
  );
});

test('with a food-bound cause and nerve symptoms, a B12 tablet does not lower B12 either', () => {
  fc.assert(
    fc.property(
      answersArb,
      fc.constantFrom(...B12_FOOD_BOUND_MEDICATIONS),
      fc.constantFrom(...NERVE_SYMPTOMS),
      (generated, medication, symptom) => {
        const answers = withoutB12Supplements({
          ...generated,
          symptoms: {
            ...generated.symptoms,
            kinds: [...new Set([...generated.symptoms.kinds, symptom])],
          },
          health: {
            ...generated.health,
            medications: [...new Set([...generated.health.medications, medication])],
          },
        });
        const before = factorOf(assess(answers), 'vitamin-b12').score;
        const after = factorOf(assess(withSupplement(answers, 'vitamin-b12')), 'vitamin-b12').score;
        expect(after).toBe(before);
      },
    ),
    RUNS,
  );
});

test('without an absorption problem or a food-bound cause, a B12 tablet still lowers B12', () => {
  const answers = answersWith({ diet: VEGAN_DIET, symptoms: { kinds: ['tingling'] } });
  const taking = withSupplement(answers, 'vitamin-b12');
  expect(factorOf(assess(taking), 'vitamin-b12').score).toBeLessThan(
    factorOf(assess(answers), 'vitamin-b12').score,
  );
});

test('a food group the diet pattern leaves out adds nothing beyond the pattern', () => {
  fc.assert(
    fc.property(answersArb, fc.constantFrom(...FREQUENCIES), (answers, frequency) => {
      const leftOut = LEFT_OUT_BY_PATTERN[answers.diet.pattern];
      const changed: Answers = {
        ...answers,
        diet: {
          ...answers.diet,
          ...Object.fromEntries(leftOut.map((group) => [group, frequency])),
        },
      };
      expect(assess(changed).ranked).toEqual(assess(answers).ranked);
    }),
    RUNS,
  );
});

test("a vegan's dairy, fish, meat and eggs answers, each set any way, change nothing at all", () => {
  const often = fc.constantFrom(...FREQUENCIES);
  fc.assert(
    fc.property(
      answersArb,
      fc.record({ dairy: often, fattyFish: often, redMeat: often, eggs: often }),
      (generated, animalFoods) => {
        const vegan: Answers = { ...generated, diet: { ...generated.diet, pattern: 'vegan' } };
        const changed: Answers = { ...vegan, diet: { ...vegan.diet, ...animalFoods } };
        // Scores, reasons, tests, other causes (overuse reads the diet), cautions and triage.
        expect(assess(changed)).toEqual(assess(vegan));
      },
    ),
    RUNS,
  );
});

test('food answers move vitamin E only when a condition stops fat being absorbed', () => {
  fc.assert(
    fc.property(answersArb, (answers) => {
      const fatAbsorbed = !FAT_MALABSORPTION_CONDITIONS.some((condition) =>
        answers.health.conditions.includes(condition),
      );
      const vitaminE = factorOf(assess(answers), 'vitamin-e');
      if (fatAbsorbed) {
        expect(vitaminE.reasons.filter((reason) => reason.field.startsWith('diet.'))).toEqual([]);
      }
    }),
    RUNS,
  );
});

test("'likely' always has a matching symptom and at least one risk factor among its reasons", () => {
  fc.assert(
    fc.property(answersArb, (answers) => {
      for (const factor of assess(answers).ranked) {
        if (factor.band !== 'likely') continue;
        const positive = factor.reasons.filter((reason) => reason.weight > 0);
        expect(positive.some((reason) => /^(symptoms|timing)\./.test(reason.field))).toBe(true);
        expect(
          positive.some((reason) => /^(diet|lifestyle|health|about)\./.test(reason.field)),
        ).toBe(true);
      }
    }),
    RUNS,
  );
});

test('symptoms alone stay at most possible, however many there are', () => {
  const result = assess(
    answersWith({
      symptoms: { kinds: ['tingling', 'numbness', 'shooting-pain', 'coordination', 'weakness'] },
    }),
  );
  expect(factorOf(result, 'vitamin-b12').band).toBe('possible');
});

test('every caution appears whenever its trigger is in the answers', () => {
  fc.assert(
    fc.property(answersArb, (answers) => {
      const result = assess(answers);
      const has = (id: Assessment['cautions'][number]) => result.cautions.includes(id);
      expect(has('kidney-disease-supplements')).toBe(
        answers.health.conditions.includes('kidney-disease'),
      );
      expect(has('diuretic-calcium-vitamin-d')).toBe(
        answers.health.medications.includes('diuretic'),
      );
      expect(has('pregnancy-supplements')).toBe(answers.about.pregnant);
      expect(has('b12-absorption')).toBe(hasB12AbsorptionProblem(answers));
      expect(has('b12-food-bound')).toBe(hasB12FoodBoundCause(answers));
      const iron = factorOf(result, 'iron');
      const ironCause =
        iron.band !== 'unlikely' &&
        (answers.about.sex !== 'female' || ['51-70', '71+'].includes(answers.about.ageBand)) &&
        !answers.about.pregnant &&
        !answers.health.conditions.includes('heavy-periods');
      expect(has('iron-cause-check')).toBe(ironCause);
      // The caution also sets the advice to at least "see a doctor".
      if (ironCause) {
        expect(TRIAGE_LEVELS.indexOf(result.triage.level)).toBeLessThanOrEqual(
          TRIAGE_LEVELS.indexOf('see-doctor'),
        );
      }
    }),
    RUNS,
  );
});

test('the work-up follows the symptom pattern', () => {
  fc.assert(
    fc.property(answersArb, (answers) => {
      const { tests, ranked } = assess(answers);
      if (hasNerveSymptoms(answers)) {
        expect(tests).toEqual(expect.arrayContaining(['vitamin-b12', 'full-blood-count']));
      }
      if (hasB12AbsorptionProblem(answers)) {
        expect(tests).toEqual(
          expect.arrayContaining(['vitamin-b12', 'methylmalonic-acid', 'homocysteine']),
        );
      }
      const muscle = ['aches', 'weakness', 'cramps'].some((kind) =>
        answers.symptoms.kinds.some((ticked) => ticked === kind),
      );
      if (
        (answers.health.medications.includes('statin') && muscle) ||
        answers.redFlags.includes('dark-urine')
      ) {
        expect(tests).toContain('creatine-kinase');
      }
      const magnesium = ranked.find((factor) => factor.nutrient === 'magnesium');
      if (magnesium && magnesium.band !== 'unlikely') {
        expect(tests).toEqual(expect.arrayContaining(['kidney-function', 'calcium']));
      }
    }),
    RUNS,
  );
});

test('a person of 71+ with tingling and numbness who takes B12 is still pointed to a B12 test', () => {
  const result = assess(
    answersWith({
      about: { ageBand: '71+' },
      symptoms: { kinds: ['tingling', 'numbness'] },
      lifestyle: { supplements: ['vitamin-b12'] },
    }),
  );
  expect(factorOf(result, 'vitamin-b12').band).not.toBe('unlikely');
  expect(result.ranked[0]?.nutrient).toBe('vitamin-b12');
  expect(result.tests).toEqual(expect.arrayContaining(['vitamin-b12', 'full-blood-count']));
  expect(result.cautions).toContain('b12-food-bound');
});

test('after weight-loss surgery, B12 tablets do not hide B12, and the tests look further', () => {
  const result = assess(
    answersWith({
      symptoms: { kinds: ['numbness'] },
      health: { conditions: ['bariatric-surgery'] },
      lifestyle: { supplements: ['vitamin-b12'] },
    }),
  );
  expect(result.ranked[0]?.nutrient).toBe('vitamin-b12');
  expect(result.tests).toEqual(
    expect.arrayContaining(['vitamin-b12', 'methylmalonic-acid', 'homocysteine']),
  );
  expect(result.cautions).toContain('b12-absorption');
});

test('a man whose iron may be low is sent to a doctor to look for the cause', () => {
  const result = assess(
    answersWith({
      about: { sex: 'male', ageBand: '51-70' },
      symptoms: { kinds: ['restless-legs'] },
      timing: { when: ['evening-rest'] },
      diet: { pattern: 'vegetarian' },
    }),
  );
  expect(factorOf(result, 'iron').band).not.toBe('unlikely');
  expect(result.cautions).toContain('iron-cause-check');
  expect(result.triage.level).toBe('see-doctor');
  expect(result.triage.reasons).toContain('iron-cause-check');
});

test('a woman of 31-50 with heavy periods and restless legs gets no iron-cause caution', () => {
  const result = assess(
    answersWith({
      about: { sex: 'female', ageBand: '31-50' },
      symptoms: { kinds: ['restless-legs'] },
      health: { conditions: ['heavy-periods'] },
    }),
  );
  expect(result.cautions).not.toContain('iron-cause-check');
});

test('weakness that came on suddenly days ago is an emergency; weeks ago, urgent', () => {
  const sudden = { kinds: ['weakness' as const] };
  const days = assess(
    answersWith({ symptoms: sudden, timing: { onset: 'sudden', duration: 'days' } }),
  );
  expect(days.triage).toEqual({ level: 'emergency', reasons: ['sudden-weakness'] });
  const weeks = assess(
    answersWith({ symptoms: sudden, timing: { onset: 'sudden', duration: 'weeks' } }),
  );
  expect(weeks.triage).toEqual({ level: 'urgent', reasons: ['sudden-weakness'] });
});

test('long-term acid reducers with cramps point to magnesium before B12', () => {
  const result = assess(
    answersWith({
      about: { ageBand: '51-70' },
      symptoms: { kinds: ['cramps', 'spasms'] },
      health: { medications: ['acid-reducer'] },
    }),
  );
  expect(result.ranked[0]?.nutrient).toBe('magnesium');
  expect(result.tests).toEqual(expect.arrayContaining(['magnesium', 'calcium', 'kidney-function']));
});

test('a statin with aching legs brings the creatine kinase test', () => {
  const result = assess(
    answersWith({ symptoms: { kinds: ['aches'] }, health: { medications: ['statin'] } }),
  );
  expect(result.tests).toContain('creatine-kinase');
});

test('kidney disease always carries the supplement caution, for magnesium', () => {
  const result = assess(answersWith({ health: { conditions: ['kidney-disease'] } }));
  expect(result.cautions).toContain('kidney-disease-supplements');
});
