import { expect, test } from 'vitest';
import {
  buildTrend,
  clampScore,
  countMoves,
  dateLabels,
  dateLabelText,
  describeChart,
  describeMoves,
  describeSeries,
} from '../../../src/features/history/trend';
import type { TrendSource } from '../../../src/features/history/trend';
import { NUTRIENT_IDS } from '../../../src/scoring';
import type { Band, NutrientId } from '../../../src/scoring';
import { NEWER, OLDER } from './fixtures';

type Scores = Partial<Record<NutrientId, [number, Band]>>;

/** A saved result with only the figures a trend reads. */
function result(id: string, createdAt: string, scores: Scores): TrendSource {
  return {
    id,
    createdAt,
    assessment: {
      ranked: Object.entries(scores).flatMap(([nutrient, value]) => {
        const found = NUTRIENT_IDS.find((known) => known === nutrient);
        return found && value ? [{ nutrient: found, score: value[0], band: value[1] }] : [];
      }),
    },
  };
}


function seriesOf(trend: ReturnType<typeof buildTrend>, nutrient: NutrientId) {
  const series = trend.series.find((item) => item.nutrient === nutrient);
  if (!series) throw new Error(`no series for ${nutrient}`);
  return series;
}

test('results are put oldest first, whatever order they come in', () => {
  const trend = buildTrend([
    result('b', '2026-03-01T10:00:00.000Z', { 'vitamin-d': [40, 'possible'] }),
    result('c', '2026-05-01T10:00:00.000Z', { 'vitamin-d': [20, 'unlikely'] }),
    result('a', '2026-01-01T10:00:00.000Z', { 'vitamin-d': [72, 'likely'] }),
  ]);
  expect(trend.results.map((item) => item.id)).toEqual(['a', 'b', 'c']);
  expect(seriesOf(trend, 'vitamin-d').points.map((point) => point?.score)).toEqual([72, 40, 20]);
});

test('the real saved results chart every factor, newest ranking first', () => {
  const trend = buildTrend([NEWER, OLDER]);
  expect(trend.results.map((item) => item.id)).toEqual([OLDER.id, NEWER.id]);
  expect(trend.series.map((item) => item.nutrient)).toEqual(
    NEWER.assessment.ranked.map((factor) => factor.nutrient),
  );
  for (const series of trend.series) {
    expect(series.points).toHaveLength(2);
    expect(series.points.every((point) => point !== null)).toBe(true);
  }
});

test('results on the same day keep a stable order and their labels also show the time', () => {
  const morning = result('m', '2026-09-03T07:42:00.000Z', { iron: [10, 'unlikely'] });
  const evening = result('e', '2026-09-03T19:05:00.000Z', { iron: [30, 'possible'] });
  const later = result('l', '2026-10-21T12:00:00.000Z', { iron: [5, 'unlikely'] });
  const trend = buildTrend([later, evening, morning]);
  expect(trend.results.map((item) => item.id)).toEqual(['m', 'e', 'l']);
  const labels = dateLabels(trend.results);
  expect(labels.map(dateLabelText)).toEqual([
    'Sep 3, 2026, 7:42 AM',
    'Sep 3, 2026, 7:05 PM',
    'Oct 21, 2026',
  ]);
});

test('results in the same minute are told apart by their seconds', () => {
  const trend = buildTrend([
    result('a', '2026-11-29T23:37:34.838Z', { iron: [16, 'unlikely'] }),
    result('b', '2026-11-29T23:37:40.845Z', { iron: [57, 'likely'] }),
  ]);
  expect(dateLabels(trend.results).map(dateLabelText)).toEqual([
    'Nov 29, 2026, 11:37:34 PM',
    'Nov 29, 2026, 11:37:40 PM',
  ]);
});

test('two results saved at the same instant are ordered by id, the same in every tab', () => {
  const at = '2026-09-03T07:42:00.000Z';
  const one = result('x-1', at, { iron: [10, 'unlikely'] });
  const two = result('x-2', at, { iron: [30, 'possible'] });
  expect(buildTrend([one, two]).results.map((item) => item.id)).toEqual(
    buildTrend([two, one]).results.map((item) => item.id),
  );
});

test('a factor an older record did not score leaves a gap there, never a made-up 0', () => {
  const old = result('old', '2025-01-01T00:00:00.000Z', { 'vitamin-d': [60, 'likely'] });
  const now = result('now', '2026-01-01T00:00:00.000Z', {
    'vitamin-d': [30, 'possible'],
    'vitamin-e': [12, 'unlikely'],
  });
  const trend = buildTrend([old, now]);
  expect(seriesOf(trend, 'vitamin-e').points).toEqual([null, { score: 12, band: 'unlikely' }]);
  expect(describeSeries(seriesOf(trend, 'vitamin-e'))).toBe(
    'Vitamin E: 12 (unlikely), in the only result that scored it',
  );
  // A factor no result scored is not charted at all.
  expect(trend.series.map((item) => item.nutrient)).toEqual(['vitamin-d', 'vitamin-e']);
  // It counts neither as up nor as down.
  expect(countMoves(trend)).toEqual({ lower: 1, higher: 0, same: 0 });
});

test('scores outside 0 to 100 are held at the edges of the chart', () => {
  expect(clampScore(-4)).toBe(0);
  expect(clampScore(130)).toBe(100);
  expect(clampScore(42.5)).toBe(42.5);
  expect(clampScore(Number.NaN)).toBeNull();
  const trend = buildTrend([
    result('a', '2026-01-01T00:00:00.000Z', { magnesium: [140, 'likely'] }),
    result('b', '2026-02-01T00:00:00.000Z', { magnesium: [-10, 'unlikely'] }),
    result('c', '2026-03-01T00:00:00.000Z', { magnesium: [Number.NaN, 'unlikely'] }),
  ]);
  expect(seriesOf(trend, 'magnesium').points).toEqual([
    { score: 100, band: 'likely' },
    { score: 0, band: 'unlikely' },
    null,
  ]);
});

test('each factor’s change is one line in words', () => {
  const trend = buildTrend([
    result('a', '2026-01-01T00:00:00.000Z', {
      'vitamin-d': [72, 'likely'],
      iron: [4, 'unlikely'],
      hydration: [33, 'possible'],
    }),
    result('b', '2026-02-01T00:00:00.000Z', {
      'vitamin-d': [55, 'likely'],
      iron: [0, 'unlikely'],
      hydration: [33, 'possible'],
    }),
    result('c', '2026-03-01T00:00:00.000Z', {
      'vitamin-d': [40, 'possible'],
      iron: [0, 'unlikely'],
      hydration: [45.25, 'possible'],
    }),
  ]);
  expect(describeSeries(seriesOf(trend, 'vitamin-d'))).toBe(
    'Vitamin D: 72 → 40, from likely to possible',
  );
  expect(describeSeries(seriesOf(trend, 'iron'))).toBe('Iron: 4 → 0, still unlikely');
  expect(describeSeries(seriesOf(trend, 'hydration'))).toBe(
    'Fluids (hydration): 33 → 45.3, still possible',
  );
  expect(describeMoves(countMoves(trend))).toBe(
    'From the first result to the latest, 2 factors went down and 1 went up.',
  );
});

test('the whole change in one sentence names only the moves that happened', () => {
  expect(describeMoves({ lower: 1, higher: 0, same: 6 })).toBe(
    'From the first result to the latest, 1 factor went down and 6 stayed the same.',
  );
  expect(describeMoves({ lower: 0, higher: 2, same: 5 })).toBe(
    'From the first result to the latest, 2 factors went up and 5 stayed the same.',
  );
  expect(describeMoves({ lower: 3, higher: 1, same: 3 })).toBe(
    'From the first result to the latest, 3 factors went down, 1 went up and 3 stayed the same.',
  );
  expect(describeMoves({ lower: 0, higher: 0, same: 0 })).toBe(
    'No factor was scored in more than one result.',
  );
});

test('the chart’s summary for a screen reader says how many results and from when to when', () => {
  const trend = buildTrend([NEWER, OLDER]);
  expect(describeChart(trend)).toBe(
    'Line chart of each factor’s score in 2 saved results, from January 10, 2025 to March 14, 2025.',
  );
});
