// What the history pages put where: every caution once, each caution on paper, the chart's results.
import { expect, test } from 'vitest';
import { cautionsOnPaper, everyCaution, resultsUpTo } from '../../../src/features/history/layout';
import { buildResultsModel } from '../../../src/features/results/results-model';
import { answersWith } from '../../scoring/fixtures';
import { CRAMPS_ANSWERS, NEWER, OLDER, snapshotOf } from './fixtures';

const keysOf = (cautions: readonly { key: string }[]) => cautions.map((caution) => caution.key);

test('every caution the answers call for is placed on paper exactly once', () => {
  const answers = answersWith({
    symptoms: { kinds: ['cramps', 'spasms'], severity: 'moderate' },
    timing: { when: ['night'], duration: 'months' },
    diet: { dairy: 'rarely', leafyGreens: 'rarely' },
    health: { conditions: ['kidney-disease'], medications: ['blood-thinner', 'acid-reducer'] },
  });
  const { answers: a, assessment } = snapshotOf(answers, 'many-1', '2026-11-30T02:00:00.000Z');
  const model = buildResultsModel(a, assessment);
  // The warfarin note goes with the food lists on screen; paper has none, so it comes first.
  expect(keysOf(model.foodCautions)).toContain('warfarin-vitamin-k');

  const { beforeChanging, byFactor } = cautionsOnPaper(model);
  const placed = [
    ...keysOf(beforeChanging),
    ...byFactor.flatMap((item) => [...new Set(keysOf(item.fromAnswers))]),
  ];
  expect(new Set(placed)).toEqual(new Set(assessment.cautions));
  expect(keysOf(beforeChanging)).toContain('warfarin-vitamin-k');
  // The compare page lists each of them once.
  expect(keysOf(everyCaution(model)).sort()).toEqual([...assessment.cautions].sort());
  // Told before the factors, a caution is not told again under a factor.
  for (const item of byFactor) {
    for (const key of keysOf(item.fromAnswers)) expect(keysOf(beforeChanging)).not.toContain(key);
  }
});

test('interaction notes go only with factors worth checking, and factors with nothing are left out', () => {
  const { answers, assessment } = NEWER;
  const { byFactor } = cautionsOnPaper(buildResultsModel(answers, assessment));
  for (const item of byFactor) {
    expect(item.fromAnswers.length + item.interactions.length).toBeGreaterThan(0);
    if (item.factor.band === 'unlikely') expect(item.interactions).toEqual([]);
  }
  expect(byFactor.some((item) => item.interactions.length > 0)).toBe(true);
});

test('the chart of a summary covers the saved results up to it, and an unsaved result last', () => {
  expect(resultsUpTo(NEWER, [NEWER, OLDER]).map((entry) => entry.id)).toEqual([OLDER.id, NEWER.id]);
  expect(resultsUpTo(OLDER, [NEWER, OLDER]).map((entry) => entry.id)).toEqual([OLDER.id]);
  const unsaved = snapshotOf(CRAMPS_ANSWERS, 'not-saved', '2025-02-01T00:00:00.000Z');
  expect(resultsUpTo(unsaved, [NEWER, OLDER]).map((entry) => entry.id)).toEqual([
    OLDER.id,
    'not-saved',
  ]);
});
