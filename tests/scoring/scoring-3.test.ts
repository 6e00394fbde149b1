// Scoring 3 (decision 001, "Version 3"): the TETANY pattern counts once, its movement-with-
// sensation half where no TETANY place is said, and the work-up tests the symptom patterns call
// for, checked on the people they are for and over many generated answers.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { assess, SCORING_VERSION } from '../../src/scoring';
import type { Answers, Assessment, BodyArea, NutrientId } from '../../src/scoring';
import {
  hasProximalPattern,
  hasTetanyPattern,
  TETANY_AREAS,
  TETANY_MOVEMENTS,
} from '../../src/scoring/groups';
import { answersArb } from './arbitraries';
import { answersWith } from './fixtures';

const RUNS = { numRuns: 400 };
const scoreOf = (result: Assessment, nutrient: NutrientId) => {
  const factor = result.ranked.find((item) => item.nutrient === nutrient);
  if (!factor) throw new Error(`${nutrient} missing`);
  return factor.score;
};
const scores = (answers: Answers) =>
  Object.fromEntries(assess(answers).ranked.map((factor) => [factor.nutrient, factor.score]));
const withWhere = (answers: Answers, where: readonly BodyArea[]): Answers => ({
  ...answers,
  symptoms: { ...answers.symptoms, where: [...where] },
});

test('the scoring version is 3: results of these rules differ from those of version 2', () => {
  expect(SCORING_VERSION).toBe(3);
});

test('tetany felt around the mouth and in the hands counts once, as felt in one place', () => {
  const kinds = ['spasms' as const, 'tingling' as const];
  const mouth = assess(answersWith({ symptoms: { kinds, where: ['around-mouth'] } }));
  const both = assess(answersWith({ symptoms: { kinds, where: ['around-mouth', 'hands-arms'] } }));
  expect(scoreOf(both, 'calcium')).toBe(scoreOf(mouth, 'calcium'));
  expect(scoreOf(both, 'magnesium')).toBe(scoreOf(mouth, 'magnesium'));
});

test('adding a second tetany place never changes any score (the pattern counts once)', () => {
  fc.assert(
    fc.property(answersArb, (answers) => {
      const [first, second] = TETANY_AREAS;
      const tetanyAreas: readonly BodyArea[] = TETANY_AREAS;
      const others = (answers.symptoms.where ?? []).filter((area) => !tetanyAreas.includes(area));
      expect(scores(withWhere(answers, [...others, first, second]))).toEqual(
        scores(withWhere(answers, [...others, first])),
      );
    }),
    RUNS,
  );
});

test('cramps with pins and needles, place not said: calcium and magnesium a little higher', () => {
  const crampsOnly = assess(answersWith({ symptoms: { kinds: ['cramps'] } }));
  const tinglingOnly = assess(answersWith({ symptoms: { kinds: ['tingling'] } }));
  const both = assess(answersWith({ symptoms: { kinds: ['cramps', 'tingling'] } }));
  for (const nutrient of ['calcium', 'magnesium'] as const) {
    const apart = scoreOf(crampsOnly, nutrient) + scoreOf(tinglingOnly, nutrient);
    expect(scoreOf(both, nutrient), nutrient).toBe(apart + 6);
  }
  // Spasms and cramps together with tingling and numbness are still one piece of evidence.
  const all = assess(
    answersWith({ symptoms: { kinds: ['cramps', 'spasms', 'tingling', 'numbness'] } }),
  );
  const reasons = all.ranked.find((factor) => factor.nutrient === 'calcium')?.reasons ?? [];
  const combined = reasons.find((r) => r.field === 'symptoms.kinds' && r.value === 'spasms');
  expect(combined?.weight).toBe(12 + 6);
  const cramps = reasons.find((r) => r.field === 'symptoms.kinds' && r.value === 'cramps');
  expect(cramps?.weight).toBe(10);
});

test('with a tetany place said, the half pattern adds nothing on top of it', () => {
  const kinds = ['cramps' as const, 'tingling' as const];
  const hands = assess(answersWith({ symptoms: { kinds, where: ['hands-arms'] } }));
  // cramps 10 + tingling 8 + TETANY 15, as before scoring 3.
  expect(scoreOf(hands, 'calcium')).toBe(33);
});

test('cramps with pins and needles bring the tests NICE lists when a cause is suspected', () => {
  const result = assess(answersWith({ symptoms: { kinds: ['cramps', 'tingling'] } }));
  expect(result.tests).toEqual(
    expect.arrayContaining(['electrolytes', 'calcium', 'magnesium', 'kidney-function']),
  );
  // Night cramps alone do not: NICE advises no tests without a sign of a cause.
  const plain = assess(
    answersWith({ symptoms: { kinds: ['cramps'] }, timing: { when: ['night'] } }),
  );
  expect(plain.tests).not.toContain('calcium');
});

test('weak thighs and hips bring the vitamin D and calcium tests, even when D scores low', () => {
  const result = assess(answersWith({ symptoms: { kinds: ['weakness'], where: ['thighs-hips'] } }));
  expect(result.ranked.find((factor) => factor.nutrient === 'vitamin-d')?.band).toBe('unlikely');
  expect(result.tests).toEqual(expect.arrayContaining(['25-hydroxy-vitamin-d', 'calcium']));
});

test('balance that has worsened slowly for months brings the vitamin E test; a few days do not', () => {
  const months = assess(
    answersWith({ symptoms: { kinds: ['coordination'] }, timing: { duration: 'over-3-months' } }),
  );
  expect(months.tests).toContain('vitamin-e');
  const days = assess(answersWith({ symptoms: { kinds: ['coordination'] } }));
  expect(days.tests).not.toContain('vitamin-e');
});

test('weak legs with bladder or bowel trouble: emergency first, and the B12 test with a blood count', () => {
  const result = assess(
    answersWith({
      symptoms: { kinds: ['weakness', 'fatigue'], severity: 'severe' },
      timing: { duration: 'weeks' },
      redFlags: ['saddle-numbness'],
    }),
  );
  expect(result.triage.level).toBe('emergency');
  expect(result.tests).toEqual(expect.arrayContaining(['vitamin-b12', 'full-blood-count']));
});

test('the work-up follows the TETANY, PROXIMAL and cramps patterns over many answers', () => {
  fc.assert(
    fc.property(answersArb, (answers) => {
      const { tests } = assess(answers);
      if (hasTetanyPattern(answers)) {
        expect(tests).toEqual(
          expect.arrayContaining([
            'calcium',
            'magnesium',
            'kidney-function',
            '25-hydroxy-vitamin-d',
          ]),
        );
      }
      if (hasProximalPattern(answers)) {
        expect(tests).toEqual(expect.arrayContaining(['25-hydroxy-vitamin-d', 'calcium']));
      }
      const kinds: readonly string[] = answers.symptoms.kinds;
      const crampsWithSign =
        TETANY_MOVEMENTS.some((kind) => kinds.includes(kind)) &&
        ['numbness', 'tingling', 'weakness'].some((kind) => kinds.includes(kind));
      if (crampsWithSign) {
        expect(tests).toEqual(
          expect.arrayContaining(['electrolytes', 'calcium', 'magnesium', 'kidney-function']),
        );
      }
    }),
    RUNS,
  );
});
