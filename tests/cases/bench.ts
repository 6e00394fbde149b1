// Scores the current model on the published cases: one result per case, and the four rates the
// bench prints and the test guards.
import { TRIAGE_LEVELS, answersSchema, assess, describeIssues } from '../../src/scoring';
import type { Answers, Band, NutrientId, TriageLevel } from '../../src/scoring';
import type { CaseFile } from './case-file';

/** How the current model did on one case. */
export interface CaseResult {
  id: string;
  confirmed: NutrientId;
  /** 1-based place of the confirmed factor in the ranking. */
  rank: number;
  band: Band;
  score: number;
  leader: NutrientId;
  confirmingTest: string;
  testSuggested: boolean;
  triage: TriageLevel;
  minimumTriage: TriageLevel;
  triageSafe: boolean;
}

const urgency = (level: TriageLevel) => TRIAGE_LEVELS.indexOf(level);

/** Validates and assesses one case. Answers the app rejects throw: an error, not a skip. */
export function runCase(item: CaseFile): CaseResult {
  const parsed = answersSchema.safeParse(item.answers);
  if (!parsed.success) {
    throw new Error(
      `${item.id}: the answers are not valid:\n  ${describeIssues(parsed.error).join('\n  ')}`,
    );
  }
  const answers: Answers = parsed.data;
  const assessment = assess(answers);
  const index = assessment.ranked.findIndex((factor) => factor.nutrient === item.confirmed);
  const factor = assessment.ranked[index];
  const leader = assessment.ranked[0];
  if (!factor || !leader) throw new Error(`${item.id}: the ranking lacks ${item.confirmed}`);
  return {
    id: item.id,
    confirmed: item.confirmed,
    rank: index + 1,
    band: factor.band,
    score: factor.score,
    leader: leader.nutrient,
    confirmingTest: item.confirmingTest,
    testSuggested: (assessment.tests as readonly string[]).includes(item.confirmingTest),
    triage: assessment.triage.level,
    minimumTriage: item.minimumTriage,
    triageSafe: urgency(assessment.triage.level) <= urgency(item.minimumTriage),
  };
}

/** A count out of the number of cases. */
export interface Rate {
  hits: number;
  total: number;
  /** 0..100, one decimal. */
  percent: number;
}

/** The four figures the bench reports. */
export interface Rates {
  top1: Rate;
  top3: Rate;
  testSuggested: Rate;
  triageSafe: Rate;
}

const rate = (results: readonly CaseResult[], hit: (r: CaseResult) => boolean): Rate => {
  const hits = results.filter(hit).length;
  const total = results.length;
  return { hits, total, percent: total === 0 ? 0 : Math.round((hits / total) * 1000) / 10 };
};

/** Confirmed factor first, in the top three, its test suggested, triage at or above the clinician's. */
export function ratesOf(results: readonly CaseResult[]): Rates {
  return {
    top1: rate(results, (r) => r.rank === 1),
    top3: rate(results, (r) => r.rank <= 3),
    testSuggested: rate(results, (r) => r.testSuggested),
    triageSafe: rate(results, (r) => r.triageSafe),
  };
}
