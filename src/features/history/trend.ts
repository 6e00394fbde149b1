// How each factor's score moved across saved results, as plain data and sentences: the history
// chart, its table and the summary for a doctor draw from this, so the figures and words are
// tested here rather than in the components.
import { BAND_WORDS } from '../../knowledge/band-words';
import { NUTRIENTS } from '../../knowledge/nutrients';
import { NUTRIENT_IDS } from '../../scoring';
import type { Band, NutrientId } from '../../scoring';

/** What a trend needs of a saved result (a Snapshot has it). */
export interface TrendSource {
  id: string;
  createdAt: string;
  assessment: {
    ranked: ReadonlyArray<{ nutrient: NutrientId; score: number; band: Band }>;
  };
}

/** One saved result on the trend's time line. */
export interface TrendResult {
  id: string;
  createdAt: string;
}

/** A factor's score and band in one result. */
export interface TrendPoint {
  score: number;
  band: Band;
}

/** One factor across the results: `points[i]` belongs to `results[i]`, null where not scored. */
export interface TrendSeries {
  nutrient: NutrientId;
  name: string;
  points: ReadonlyArray<TrendPoint | null>;
}

/** Every factor across the results, oldest result first. */
export interface Trend {
  results: TrendResult[];
  series: TrendSeries[];
}

/** A score held within 0..100 (the chart's scale), or null when it is not a number at all. */
export function clampScore(score: number): number | null {
  if (!Number.isFinite(score)) return null;
  return Math.min(100, Math.max(0, score));
}

// Oldest first; the same instant by id, the reverse of the history list's order (schema.ts
// byNewest), so the chart reads left to right as the list reads bottom to top.
function byOldest(a: TrendResult, b: TrendResult): number {
  const byTime = Date.parse(a.createdAt) - Date.parse(b.createdAt);
  if (byTime !== 0) return byTime;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/**
 * Each factor's score across `sources`, oldest first. A factor a result did not score (a factor
 * added after that result was saved) has a gap there, never a made-up 0. Factors are listed in
 * the newest result's ranking, so the legend reads like the latest result.
 */
export function buildTrend(sources: readonly TrendSource[]): Trend {
  const ordered = [...sources].sort(byOldest);
  const newest = ordered.at(-1);
  const order: NutrientId[] = [
    ...(newest?.assessment.ranked.map((factor) => factor.nutrient) ?? []),
    ...NUTRIENT_IDS,
  ];
  const series = [...new Set(order)].flatMap((nutrient): TrendSeries[] => {
    const points = ordered.map((source) => {
      const factor = source.assessment.ranked.find((item) => item.nutrient === nutrient);
      const score = factor ? clampScore(factor.score) : null;
      return factor && score !== null ? { score, band: factor.band } : null;
    });
    if (points.every((point) => point === null)) return [];
    return [{ nutrient, name: NUTRIENTS[nutrient].name, points }];
  });
  return { results: ordered.map(({ id, createdAt }) => ({ id, createdAt })), series };
}

/** A score as the chart's words show it: whole numbers stay whole, others get one decimal. */
export function formatScore(score: number): string {
  return String(Math.round(score * 10) / 10);
}

/** One factor's score and band, e.g. "72 (likely)". */
export function describePoint(point: TrendPoint | null): string {
  return point ? `${formatScore(point.score)} (${BAND_WORDS[point.band].inline})` : 'Not scored';
}

/**
 * One factor's change from the first result that scored it to the last, in words:
 * "Vitamin D: 72 → 40, from likely to possible", or "Iron: 4 → 0, still unlikely".
 */
export function describeSeries(series: TrendSeries): string {
  const scored = series.points.filter((point) => point !== null);
  const first = scored[0];
  const last = scored.at(-1);
  if (!first || !last) return `${series.name}: not scored`;
  if (scored.length === 1) {
    return `${series.name}: ${describePoint(first)}, in the only result that scored it`;
  }
  const scores = `${formatScore(first.score)} → ${formatScore(last.score)}`;
  const bands =
    first.band === last.band
      ? `still ${BAND_WORDS[last.band].inline}`
      : `from ${BAND_WORDS[first.band].inline} to ${BAND_WORDS[last.band].inline}`;
  return `${series.name}: ${scores}, ${bands}`;
}

/** How many factors went down, up or stayed the same from their first score to their last. */
export interface TrendCounts {
  lower: number;
  higher: number;
  same: number;
}

/** Counts the factors whose score fell, rose or stayed, first scored result to last. */
export function countMoves(trend: Trend): TrendCounts {
  const counts: TrendCounts = { lower: 0, higher: 0, same: 0 };
  for (const series of trend.series) {
    const scored = series.points.filter((point) => point !== null);
    const first = scored[0];
    const last = scored.at(-1);
    if (!first || !last || scored.length < 2) continue;
    if (last.score < first.score) counts.lower += 1;
    else if (last.score > first.score) counts.higher += 1;
    else counts.same += 1;
  }
  return counts;
}

function factors(count: number): string {
  return `${count} ${count === 1 ? 'factor' : 'factors'}`;
}

/**
 * The whole change in one sentence, e.g. "From the first result to the latest, 2 factors went
 * down, 1 went up and 4 stayed the same." Lower means the answers point less to a shortfall.
 */
export function describeMoves(counts: TrendCounts): string {
  const parts = [
    counts.lower > 0 ? `${factors(counts.lower)} went down` : '',
    counts.higher > 0 ? `${counts.lower > 0 ? counts.higher : factors(counts.higher)} went up` : '',
    counts.same > 0
      ? `${counts.lower + counts.higher > 0 ? counts.same : factors(counts.same)} stayed the same`
      : '',
  ].filter((part) => part !== '');
  if (parts.length === 0) return 'No factor was scored in more than one result.';
  const last = parts.pop();
  const list = parts.length > 0 ? `${parts.join(', ')} and ${last}` : last;
  return `From the first result to the latest, ${list}.`;
}

const dayFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const yearFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
const secondsFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });
const fullDayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });

/** A result's date as the chart's axis shows it, in the person's locale and time zone. */
export interface DateLabel {
  /** "Sep 3". */
  day: string;
  /** "2026". */
  year: string;
  /**
   * "7:42 AM", only when another result falls on the same day ("7:42:18 AM" in the same minute),
   * else the labels would match.
   */
  time?: string;
}

/** The axis label of each result, oldest first; results on the same day also show the time. */
export function dateLabels(results: readonly TrendResult[]): DateLabel[] {
  const dates = results.map((result) => new Date(result.createdAt));
  const days = dates.map((date) => fullDayFormat.format(date));
  const times = dates.map((date) => `${fullDayFormat.format(date)} ${timeFormat.format(date)}`);
  const repeated = (list: readonly string[], index: number) =>
    list.filter((item) => item === list[index]).length > 1;
  return dates.map((date, index) => {
    // Two on the same day show the time; two in the same minute, the seconds too.
    const time = !repeated(days, index)
      ? undefined
      : repeated(times, index)
        ? secondsFormat.format(date)
        : timeFormat.format(date);
    return {
      day: dayFormat.format(date),
      year: yearFormat.format(date),
      ...(time ? { time } : {}),
    };
  });
}

/** A label in one line, for the table's column headers: "Sep 3, 2026" or "Sep 3, 2026, 7:42 AM". */
export function dateLabelText(label: DateLabel): string {
  return [`${label.day}, ${label.year}`, label.time].filter(Boolean).join(', ');
}

/** The chart's short summary for a screen reader (its figures are in the table). */
export function describeChart(trend: Trend): string {
  const first = trend.results[0];
  const last = trend.results.at(-1);
  if (!first || !last) return 'No saved results to chart.';
  return `Line chart of each factor’s score in ${trend.results.length} saved results, from ${fullDayFormat.format(new Date(first.createdAt))} to ${fullDayFormat.format(new Date(last.createdAt))}.`;
}
