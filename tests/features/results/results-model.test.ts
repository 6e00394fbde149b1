// The results model chooses what the first screen shows (issue 12) and where each caution goes;
// the view only draws it. Tables of answers -> what the model gives.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
  buildResultsModel,
  FIRST_SCREEN_FACTORS,
  strongestReason,
} from '../../../src/features/results/results-model';
import { describeReason } from '../../../src/knowledge/answer-labels';
import { CAUTIONS } from '../../../src/knowledge/cautions';
import { sourceIdsOf } from '../../../src/knowledge/citations';
import { foodsFor } from '../../../src/knowledge/foods';
import { LAB_TEST_SHORT_NAMES } from '../../../src/knowledge/first-screen';
import { NUTRIENTS } from '../../../src/knowledge/nutrients';
import type { Answers } from '../../../src/scoring';
import { assess, CAUTION_IDS } from '../../../src/scoring';
import { answersWith, BASE_ANSWERS, VEGAN_TINGLING, VEGETARIAN_RESTLESS } from './fixtures';

/** Night cramps and spasms for months, few greens or nuts, on a blood thinner. */
const ON_A_BLOOD_THINNER = answersWith({
  symptoms: { kinds: ['cramps', 'spasms'], severity: 'moderate' },
  timing: { when: ['night'], duration: 'months' },
  diet: { leafyGreens: 'rarely', nutsSeeds: 'rarely' },
  health: { medications: ['blood-thinner'] },
});

const PEOPLE: Array<[string, Answers]> = [
  ['a mild, plain case', BASE_ANSWERS],
  ['a vegan with tingling', VEGAN_TINGLING],
  ['a vegetarian with restless legs', VEGETARIAN_RESTLESS],
  ['a person on a blood thinner', ON_A_BLOOD_THINNER],
];

test('the answer that raised a factor most is its one-line reason', () => {
  expect(
    strongestReason([
      { field: 'symptoms.kinds', value: 'cramps', weight: 12 },
      { field: 'health.medications', value: 'acid-reducer', weight: 21 },
      { field: 'lifestyle.supplements', value: 'magnesium', weight: -30 },
    ]),
  ).toBe(describeReason('health.medications', 'acid-reducer'));
  // The first of equals, in scoring's order.
  expect(
    strongestReason([
      { field: 'symptoms.kinds', value: 'tingling', weight: 18 },
      { field: 'symptoms.kinds', value: 'numbness', weight: 18 },
    ]),
  ).toBe(describeReason('symptoms.kinds', 'tingling'));
  // Nothing raised it: no reason rather than one that lowered it.
  expect(
    strongestReason([{ field: 'lifestyle.supplements', value: 'magnesium', weight: -30 }]),
  ).toBeNull();
});

test.each(PEOPLE)(
  'for %s, the first screen names every factor worth checking with its band',
  (_, answers) => {
    const assessment = assess(answers);
    const { firstScreen } = buildResultsModel(answers, assessment);
    const worth = assessment.ranked.filter((factor) => factor.band !== 'unlikely');

    expect(firstScreen.factors.length).toBeLessThanOrEqual(FIRST_SCREEN_FACTORS);
    expect(firstScreen.factors.map((factor) => factor.nutrient)).toEqual(
      worth.slice(0, FIRST_SCREEN_FACTORS).map((factor) => factor.nutrient),
    );
    for (const factor of firstScreen.factors) {
      const ranked = worth.find((item) => item.nutrient === factor.nutrient);
      expect(factor.band).toBe(ranked?.band);
      expect(factor.reason).toBe(strongestReason(ranked?.reasons ?? []));
    }
    // The rest are named, each once, under its band.
    const more = firstScreen.moreFactors.flatMap((group) =>
      group.names.map((name) => ({ name, band: group.band })),
    );
    expect(more).toEqual(
      expect.arrayContaining(
        worth
          .slice(FIRST_SCREEN_FACTORS)
          .map((factor) => ({ name: NUTRIENTS[factor.nutrient].name, band: factor.band })),
      ),
    );
    expect(more).toHaveLength(Math.max(0, worth.length - FIRST_SCREEN_FACTORS));

    // Every blood test, in the assessment's order, in a few words.
    expect(firstScreen.tests).toEqual(
      assessment.tests.map((id) => ({ id, name: LAB_TEST_SHORT_NAMES[id] })),
    );
    // Every caution the answers call for, once.
    expect(firstScreen.cautions.map((caution) => caution.key)).toEqual(assessment.cautions);
  },
);

test('the first foods are two or three that help the factors worth checking', () => {
  const model = buildResultsModel(VEGETARIAN_RESTLESS, assess(VEGETARIAN_RESTLESS));
  const worth = model.factors.filter((f) => f.band !== 'unlikely').map((f) => f.name);
  expect(model.firstScreen.foods.length).toBeGreaterThanOrEqual(2);
  expect(model.firstScreen.foods.length).toBeLessThanOrEqual(3);
  for (const food of model.firstScreen.foods) {
    for (const name of food.nutrientNames) expect(worth).toContain(name);
  }
  expect(model.firstScreen.foods[0]?.nutrientNames).toContain(worth[0]);
});

test('a vegan whose only factor is B12 is offered the one B12 food that fits, not a padded list', () => {
  const model = buildResultsModel(VEGAN_TINGLING, assess(VEGAN_TINGLING));
  const b12Foods = foodsFor('vitamin-b12', VEGAN_TINGLING);
  expect(model.factors.filter((f) => f.band !== 'unlikely').map((f) => f.nutrient)).toEqual([
    'vitamin-b12',
  ]);
  expect(model.firstScreen.foods.map((food) => food.key)).toEqual(b12Foods.map((food) => food.key));
  expect(model.firstScreen.foods[0]?.name).toMatch(/fortified/);
});

test('a person told to limit fluids is offered no drink on the first screen', () => {
  const answers = answersWith({
    symptoms: { kinds: ['cramps'] },
    diet: { water: 'under-4-glasses' },
    health: { conditions: ['fluid-restriction'] },
  });
  const model = buildResultsModel(answers, assess(answers));
  expect(model.factors.find((f) => f.nutrient === 'hydration')?.band).not.toBe('unlikely');
  for (const food of model.firstScreen.foods) {
    expect(food.nutrientNames).not.toContain(NUTRIENTS.hydration.name);
  }
});

test('each food list carries the sources of all its foods, shown and folded', () => {
  const model = buildResultsModel(VEGETARIAN_RESTLESS, assess(VEGETARIAN_RESTLESS));
  expect(model.foods.length).toBeGreaterThan(0);
  for (const group of model.foods) {
    expect(group.sourceIds).toEqual(sourceIdsOf(foodsFor(group.nutrient, VEGETARIAN_RESTLESS)));
    for (const id of group.sourceIds) {
      expect(model.sources.map((source) => source.id)).toContain(id);
    }
  }
});

test('the warfarin note on leafy greens is given once, above the food lists', () => {
  const assessment = assess(ON_A_BLOOD_THINNER);
  expect(assessment.cautions).toContain('warfarin-vitamin-k');
  const model = buildResultsModel(ON_A_BLOOD_THINNER, assessment);

  expect(model.foodCautions.map((caution) => caution.key)).toEqual(['warfarin-vitamin-k']);
  const everywhere = [
    ...model.generalCautions,
    ...model.factors.flatMap((factor) => factor.cautions),
    ...model.upperLimits.flatMap((limit) => limit.cautions),
  ];
  expect(everywhere.filter((caution) => caution.key === 'warfarin-vitamin-k')).toEqual([]);
  expect(model.firstScreen.cautions).toContainEqual({
    key: 'warfarin-vitamin-k',
    title: CAUTIONS['warfarin-vitamin-k'].title,
    place: { section: 'foods' },
  });
});

test('with none of its food lists shown, the warfarin note moves to the top', () => {
  // A vegan with tingling on a blood thinner: only B12 is worth checking, so magnesium, calcium,
  // iron and vitamin E have no food list.
  const answers = answersWith({
    ...VEGAN_TINGLING,
    health: { medications: ['blood-thinner'] },
  });
  const model = buildResultsModel(answers, assess(answers));
  const listed = new Set(model.foods.map((group) => group.nutrient));
  const appliesTo = CAUTIONS['warfarin-vitamin-k'].appliesTo;
  expect(appliesTo.some((id) => listed.has(id))).toBe(false);
  expect(model.generalCautions.map((caution) => caution.key)).toContain('warfarin-vitamin-k');
});

test('every caution the answers call for is shown once near the top, above the foods, or in the card of a factor worth checking', () => {
  const medications = fc.subarray([
    'blood-thinner',
    'diuretic',
    'acid-reducer',
    'metformin',
  ] as const);
  const conditions = fc.subarray([
    'kidney-disease',
    'fluid-restriction',
    'heavy-periods',
    'underactive-thyroid',
    'malabsorption',
  ] as const);
  const kinds = fc.subarray(
    ['cramps', 'tingling', 'numbness', 'restless-legs', 'fatigue'] as const,
    {
      minLength: 1,
    },
  );
  fc.assert(
    fc.property(medications, conditions, kinds, (meds, conds, symptoms) => {
      const answers = answersWith({
        symptoms: { kinds: symptoms },
        health: { medications: meds, conditions: conds },
      });
      const assessment = assess(answers);
      const model = buildResultsModel(answers, assessment);
      for (const id of assessment.cautions) {
        const top = model.generalCautions.filter((c) => c.key === id).length;
        const foods = model.foodCautions.filter((c) => c.key === id).length;
        const open = model.factors
          .filter((f) => f.band !== 'unlikely')
          .filter((f) => f.cautions.some((c) => c.key === id)).length;
        expect(top + foods + Math.min(open, 1), id).toBe(1);
        const place = model.firstScreen.cautions.find((c) => c.key === id)?.place;
        expect(place?.section, id).toBe(top ? 'general' : foods ? 'foods' : 'factor');
      }
      expect(CAUTION_IDS).toEqual(expect.arrayContaining(assessment.cautions));
    }),
    { numRuns: 60 },
  );
});
