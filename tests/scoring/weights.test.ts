import { expect, test } from 'vitest';
import {
  ANSWER_FIELDS,
  BAND_THRESHOLDS,
  bandFor,
  FACTOR_TESTS,
  LAB_TEST_IDS,
  NUTRIENT_IDS,
  SUPPLEMENT_IDS,
  WEIGHTS,
} from '../../src/scoring';
import { SOURCES } from '../../src/knowledge/sources';
import { readAnswers } from '../../src/scoring/answer-fields';
import { dietIsVaried } from '../../src/scoring/follow-up';
import { BASE_ANSWERS, VEGAN_DIET } from './fixtures';

// The reference's source key: S1..S53 (nutrients.md), S58..S81 (red-flags.md) and, for contract
// v2, S82 onwards; each is a source the knowledge module can show.
const knownSource = (id: string) => /^S\d+$/.test(id) && Object.hasOwn(SOURCES, id);

test('every weight row names at least one known source id', () => {
  for (const rule of WEIGHTS) {
    expect(rule.sources.length).toBeGreaterThan(0);
    for (const source of rule.sources) expect(knownSource(source), source).toBe(true);
  }
});

test('every weight row reads a known answer path and moves at least one factor', () => {
  for (const rule of WEIGHTS) {
    expect(ANSWER_FIELDS).toContain(rule.field);
    for (const condition of rule.also ?? []) expect(ANSWER_FIELDS).toContain(condition.field);
    const effects = Object.entries(rule.effects);
    expect(effects.length).toBeGreaterThan(0);
    for (const [nutrient, weight] of effects) {
      expect(NUTRIENT_IDS).toContain(nutrient);
      expect(Number.isInteger(weight)).toBe(true);
      expect(weight).not.toBe(0);
    }
  }
});

test('a supplement row only ever lowers scores, and lowers its own nutrient', () => {
  const supplementRows = WEIGHTS.filter((rule) => rule.field === 'lifestyle.supplements');
  expect(supplementRows.map((rule) => rule.value).sort()).toEqual([...SUPPLEMENT_IDS].sort());
  for (const rule of supplementRows) {
    for (const weight of Object.values(rule.effects)) expect(weight).toBeLessThan(0);
    // B12 injections (contract v2) treat vitamin B12, like a B12 tablet but whatever the gut does.
    const own = rule.value === 'b12-injections' ? 'vitamin-b12' : rule.value;
    if (own !== 'multivitamin') expect(rule.effects[own]).toBeLessThan(0);
  }
});

test('a multivitamin lowers every nutrient a little, less than a single supplement', () => {
  const multivitamin = WEIGHTS.find(
    (rule) => rule.field === 'lifestyle.supplements' && rule.value === 'multivitamin',
  );
  for (const nutrient of NUTRIENT_IDS.filter((id) => id !== 'hydration')) {
    const single = WEIGHTS.find(
      (rule) => rule.field === 'lifestyle.supplements' && rule.value === nutrient,
    );
    const little = multivitamin?.effects[nutrient] ?? 0;
    expect(little).toBeLessThan(0);
    expect(Math.abs(little)).toBeLessThan(Math.abs(single?.effects[nutrient] ?? 0));
  }
  expect(multivitamin?.effects.hydration).toBeUndefined();
});

test('weak evidence weighs less: fluid counts less than magnesium for cramps', () => {
  const cramps = WEIGHTS.find(
    (rule) => rule.field === 'symptoms.kinds' && rule.value === 'cramps' && !rule.also,
  );
  expect(cramps?.effects.hydration ?? 0).toBeLessThan(cramps?.effects.magnesium ?? 0);
  const nightCramps = WEIGHTS.find(
    (rule) => rule.field === 'timing.when' && rule.value === 'night',
  );
  expect(nightCramps?.sources).toContain('S16');
  expect(nightCramps?.effects.magnesium ?? 0).toBeLessThanOrEqual(6);
});

test('bands: likely from 50, possible from 25', () => {
  expect(BAND_THRESHOLDS).toEqual({ likely: 50, possible: 25 });
  expect([0, 24, 25, 49, 50, 100].map(bandFor)).toEqual([
    'unlikely',
    'unlikely',
    'possible',
    'possible',
    'likely',
    'likely',
  ]);
});

test('every factor has at least one blood test, all from the spec list', () => {
  for (const nutrient of NUTRIENT_IDS) {
    expect(FACTOR_TESTS[nutrient].length).toBeGreaterThan(0);
    for (const labTest of FACTOR_TESTS[nutrient]) expect(LAB_TEST_IDS).toContain(labTest);
  }
});

test('a varied diet means no included food group is eaten rarely', () => {
  expect(dietIsVaried(BASE_ANSWERS.diet)).toBe(true);
  expect(dietIsVaried({ ...BASE_ANSWERS.diet, legumes: 'rarely' })).toBe(false);
  expect(dietIsVaried({ ...BASE_ANSWERS.diet, ...VEGAN_DIET })).toBe(true);
  expect(dietIsVaried({ ...BASE_ANSWERS.diet, ...VEGAN_DIET, fortifiedFoods: 'rarely' })).toBe(
    false,
  );
  expect(dietIsVaried({ ...BASE_ANSWERS.diet, redMeat: 'rarely' })).toBe(false);
});

test('ANSWER_FIELDS lists every answer path scoring reads, once', () => {
  expect([...ANSWER_FIELDS].sort()).toEqual(Object.keys(readAnswers(BASE_ANSWERS)).sort());
  expect(new Set(ANSWER_FIELDS).size).toBe(ANSWER_FIELDS.length);
});
