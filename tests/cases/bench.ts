// Scores the current model on the published cases: the projection of v2 answers onto what the
// app accepts today, one result per case, and the four rates the bench prints and the test guards.
import {
  CONDITION_IDS,
  MEDICATION_IDS,
  RED_FLAG_IDS,
  STEP_SCHEMAS,
  SUPPLEMENT_IDS,
  TRIAGE_LEVELS,
  answersSchema,
  assess,
  describeIssues,
} from '../../src/scoring';
import type { Answers, Band, NutrientId, TriageLevel } from '../../src/scoring';
import type { CaseFile, V2Answers } from './case-file';

/** What the answers lost on the way to the current contract, for the printout. */
export interface Projection {
  answers: unknown;
  dropped: string[];
}

const keep = <T extends string>(values: readonly string[], allowed: readonly T[]) =>
  values.filter((value): value is T => (allowed as readonly string[]).includes(value));

/**
 * CONTRACT V1 ADAPTER: drop it when the app accepts contract v2.
 *
 * Projects v2 answers onto what the app's current `answersSchema` accepts: `symptoms.where` is
 * removed while the symptoms step does not know it, and ids the current lists do not hold (v2
 * conditions, medicines, supplements, warning signs) are left out. It reads the app's own lists,
 * so each v2 id comes back by itself as the app learns it. The result is still validated by
 * `answersSchema` (see `runCase`); nothing is made up here.
 */
export function projectToCurrentContract(v2: V2Answers): Projection {
  const dropped: string[] = [];
  const filtered = <T extends string>(
    field: string,
    values: readonly string[],
    allowed: readonly T[],
  ) => {
    const kept = keep(values, allowed);
    for (const value of values) if (!kept.includes(value as T)) dropped.push(`${field}=${value}`);
    return kept;
  };

  const { where, ...symptoms } = v2.symptoms;
  const knowsWhere = 'where' in STEP_SCHEMAS.symptoms.shape;
  if (!knowsWhere && where && where.length > 0) dropped.push(`symptoms.where=${where.join('+')}`);

  return {
    answers: {
      ...v2,
      symptoms: knowsWhere ? v2.symptoms : symptoms,
      lifestyle: {
        ...v2.lifestyle,
        supplements: filtered('lifestyle.supplements', v2.lifestyle.supplements, SUPPLEMENT_IDS),
      },
      health: {
        conditions: filtered('health.conditions', v2.health.conditions, CONDITION_IDS),
        medications: filtered('health.medications', v2.health.medications, MEDICATION_IDS),
      },
      redFlags: filtered('redFlags', v2.redFlags, RED_FLAG_IDS),
    },
    dropped,
  };
}

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
  dropped: string[];
}

const urgency = (level: TriageLevel) => TRIAGE_LEVELS.indexOf(level);

/** Projects, validates and assesses one case. Answers the app rejects throw: an error, not a skip. */
export function runCase(item: CaseFile): CaseResult {
  const projection = projectToCurrentContract(item.answers);
  const parsed = answersSchema.safeParse(projection.answers);
  if (!parsed.success) {
    throw new Error(
      `${item.id}: the projected answers are not valid:\n  ${describeIssues(parsed.error).join('\n  ')}`,
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
    dropped: projection.dropped,
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
