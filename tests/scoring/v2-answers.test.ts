// The answers of contract v2 (where it is felt, the new conditions, medicines, supplement and
// warning signs) and what the scoring does with them, on the people they are for.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { assess } from '../../src/scoring';
import type { Answers, Assessment, NutrientId } from '../../src/scoring';
import { answersArb } from './arbitraries';
import { answersWith } from './fixtures';

const factorOf = (result: Assessment, nutrient: NutrientId) => {
  const factor = result.ranked.find((item) => item.nutrient === nutrient);
  if (!factor) throw new Error(`${nutrient} missing`);
  return factor;
};
const rankOf = (result: Assessment, nutrient: NutrientId) =>
  result.ranked.findIndex((item) => item.nutrient === nutrient) + 1;

test('sudden weakness: emergency when new (days), urgent when it began weeks or longer ago', () => {
  const sudden = {
    symptoms: { kinds: ['weakness' as const] },
    timing: { onset: 'sudden' as const },
  };
  expect(
    assess(answersWith({ ...sudden, timing: { ...sudden.timing, duration: 'days' } })).triage,
  ).toEqual({ level: 'emergency', reasons: ['sudden-weakness'] });
  expect(
    assess(answersWith({ ...sudden, timing: { ...sudden.timing, duration: 'months' } })).triage,
  ).toEqual({ level: 'urgent', reasons: ['sudden-weakness'] });
});

test('spasms with tingling around the mouth are the tetany signs: urgent, calcium and magnesium first', () => {
  const result = assess(
    answersWith({ symptoms: { kinds: ['spasms', 'tingling'], where: ['around-mouth'] } }),
  );
  expect(result.triage).toEqual({ level: 'urgent', reasons: ['tetany-signs'] });
  expect(
    result.ranked
      .slice(0, 2)
      .map((factor) => factor.nutrient)
      .sort(),
  ).toEqual(['calcium', 'magnesium']);
  expect(result.tests).toEqual(expect.arrayContaining(['calcium', 'magnesium']));
  // The same symptoms felt only in the calves are not the tetany pattern.
  const calves = assess(
    answersWith({ symptoms: { kinds: ['spasms', 'tingling'], where: ['calves'] } }),
  );
  expect(calves.triage.reasons).not.toContain('tetany-signs');
});

test('a long cramp is urgent, and an emergency with an injury, a swollen leg or severe pain', () => {
  expect(assess(answersWith({ redFlags: ['long-cramp'] })).triage).toEqual({
    level: 'urgent',
    reasons: ['long-cramp'],
  });
  expect(assess(answersWith({ redFlags: ['long-cramp', 'injury'] })).triage).toEqual({
    level: 'emergency',
    reasons: ['long-cramp', 'injury'],
  });
  expect(
    assess(answersWith({ redFlags: ['long-cramp'], symptoms: { severity: 'severe' } })).triage
      .level,
  ).toBe('emergency');
  expect(assess(answersWith({ redFlags: ['long-cramp', 'one-leg-swollen'] })).triage.level).toBe(
    'emergency',
  );
});

test('rest pain or a foot sore is urgent, and an emergency with fever and hot skin', () => {
  expect(assess(answersWith({ redFlags: ['rest-pain-ulcer'] })).triage.level).toBe('urgent');
  expect(assess(answersWith({ redFlags: ['rest-pain-ulcer', 'fever-hot-skin'] })).triage).toEqual({
    level: 'emergency',
    reasons: ['rest-pain-ulcer', 'fever-hot-skin'],
  });
  expect(assess(answersWith({ redFlags: ['very-unwell'] })).triage).toEqual({
    level: 'emergency',
    reasons: ['very-unwell'],
  });
});

test('nitrous oxide: urgent with nerve symptoms, see a doctor otherwise; B12 with MMA and homocysteine', () => {
  const numb = assess(
    answersWith({
      symptoms: { kinds: ['numbness', 'tingling'] },
      health: { medications: ['nitrous-oxide'] },
    }),
  );
  expect(numb.triage).toEqual({ level: 'urgent', reasons: ['nitrous-oxide'] });
  expect(numb.ranked[0]?.nutrient).toBe('vitamin-b12');
  expect(numb.tests).toEqual(
    expect.arrayContaining(['vitamin-b12', 'methylmalonic-acid', 'homocysteine']),
  );
  expect(numb.cautions).toContain('b12-absorption');
  const aches = assess(answersWith({ health: { medications: ['nitrous-oxide'] } }));
  expect(aches.triage).toEqual({ level: 'see-doctor', reasons: ['nitrous-oxide'] });
});

test('with pernicious anaemia or stomach surgery a B12 tablet hides nothing; injections do treat it', () => {
  for (const condition of ['pernicious-anaemia', 'stomach-bowel-surgery'] as const) {
    const base = {
      symptoms: { kinds: ['tingling' as const] },
      health: { conditions: [condition] },
    };
    const none = factorOf(assess(answersWith(base)), 'vitamin-b12').score;
    const tablet = factorOf(
      assess(answersWith({ ...base, lifestyle: { supplements: ['vitamin-b12'] } })),
      'vitamin-b12',
    ).score;
    const injections = factorOf(
      assess(answersWith({ ...base, lifestyle: { supplements: ['b12-injections'] } })),
      'vitamin-b12',
    ).score;
    expect(tablet, condition).toBe(none);
    expect(injections, condition).toBeLessThan(none);
  }
});

test('where it is felt: stocking points to B12 (and diabetes), proximal to vitamin D', () => {
  const stocking = {
    kinds: ['numbness' as const],
    legs: 'both' as const,
    where: ['feet' as const],
  };
  const notSaid = { kinds: ['numbness' as const], legs: 'both' as const };
  const b12 = (symptoms: Answers['symptoms']) =>
    factorOf(assess(answersWith({ symptoms })), 'vitamin-b12').score;
  expect(b12({ ...stocking, severity: 'mild' })).toBeGreaterThan(
    b12({ ...notSaid, severity: 'mild' }),
  );
  const diabetic = assess(
    answersWith({ symptoms: stocking, health: { conditions: ['diabetes'] } }),
  );
  expect(diabetic.otherCauses).toContain('diabetic-neuropathy');
  expect(diabetic.tests).toContain('hba1c');

  const hips = assess(answersWith({ symptoms: { kinds: ['weakness'], where: ['thighs-hips'] } }));
  const unsaid = assess(answersWith({ symptoms: { kinds: ['weakness'] } }));
  expect(factorOf(hips, 'vitamin-d').score).toBeGreaterThan(factorOf(unsaid, 'vitamin-d').score);
  expect(rankOf(hips, 'vitamin-d')).toBe(1);
});

test('told to limit fluids: hydration at most possible, and the fluid caution', () => {
  fc.assert(
    fc.property(answersArb, (answers) => {
      const limited: Answers = {
        ...answers,
        health: {
          ...answers.health,
          conditions: [...new Set([...answers.health.conditions, 'fluid-restriction' as const])],
        },
      };
      const result = assess(limited);
      expect(factorOf(result, 'hydration').band).not.toBe('likely');
      expect(result.cautions).toContain('fluid-restriction');
    }),
    { numRuns: 300 },
  );
});

test('a blood thinner adds a little to iron and brings its two cautions', () => {
  const plain = assess(answersWith({}));
  const thinner = assess(answersWith({ health: { medications: ['blood-thinner'] } }));
  const gain = factorOf(thinner, 'iron').score - factorOf(plain, 'iron').score;
  expect(gain).toBeGreaterThan(0);
  expect(gain).toBeLessThanOrEqual(5);
  expect(thinner.cautions).toEqual(
    expect.arrayContaining(['blood-thinner-vitamin-e', 'warfarin-vitamin-k']),
  );
});

test('an underactive thyroid: thyroid as another cause, its test, and spacing of its tablets', () => {
  const result = assess(
    answersWith({
      symptoms: { kinds: ['cramps'] },
      health: { conditions: ['underactive-thyroid'] },
    }),
  );
  expect(result.otherCauses).toContain('thyroid');
  expect(result.tests).toContain('thyroid-function');
  expect(result.cautions).toContain('thyroid-medicine-spacing');
});
