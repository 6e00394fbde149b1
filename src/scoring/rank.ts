import { answerHas } from './answer-fields';
import type { AnswerValues } from './answer-fields';
import type { RankedFactor, Reason } from './assessment';
import { NUTRIENT_IDS } from './ids';
import type { Band, NutrientId } from './ids';
import { WEIGHTS } from './weights';
import type { WeightRule } from './weights';

/**
 * Lowest score of each band (docs/decisions/001-scoring-weights.md): 'likely' needs a matching
 * symptom plus solid risk factors; one symptom or one risk factor alone stays below it.
 */
export const BAND_THRESHOLDS = { likely: 50, possible: 25 } as const;

/** The band a 0..100 score falls in. */
export function bandFor(score: number): Band {
  if (score >= BAND_THRESHOLDS.likely) return 'likely';
  if (score >= BAND_THRESHOLDS.possible) return 'possible';
  return 'unlikely';
}

/** A factor's score from the sum of its signed reasons: rounded, then held within 0..100. */
export function scoreFrom(sum: number): number {
  return Math.min(100, Math.max(0, Math.round(sum)));
}

/** True when a weight rule's answer and all its extra conditions hold. */
export function ruleApplies(values: AnswerValues, rule: WeightRule): boolean {
  if (!answerHas(values, rule.field, rule.value)) return false;
  return (rule.also ?? []).every((condition) =>
    condition.anyOf.some((value) => answerHas(values, condition.field, value)),
  );
}

// Biggest effect first; on equal size a point for the factor before one against it; then the
// order the table first credits the answer (stable sort), so the list is always the same.
function byWeight(a: Reason, b: Reason): number {
  return Math.abs(b.weight) - Math.abs(a.weight) || Math.sign(b.weight) - Math.sign(a.weight);
}

/** Says whether a weight row's points for one factor count for these answers (all by default). */
export type Counts = (rule: WeightRule, nutrient: NutrientId) => boolean;

// Answers that are risk factors (diet, absorption, losses, sun, age, pregnancy, medicine,
// condition) rather than symptoms or their timing.
const RISK_SECTIONS = ['diet.', 'lifestyle.', 'health.', 'about.'];
const isSymptomReason = (reason: Reason) =>
  reason.weight > 0 && (reason.field.startsWith('symptoms.') || reason.field.startsWith('timing.'));
const isRiskReason = (reason: Reason) =>
  reason.weight > 0 && RISK_SECTIONS.some((section) => reason.field.startsWith(section));

/**
 * Contract v2: 'likely' needs a matching symptom and at least one risk factor from the answers;
 * symptoms alone, or risk factors alone, stay at most 'possible'. Such a score is held just
 * below the 'likely' threshold (decision 001), so the ranking and the band still agree.
 */
export function mayBeLikely(reasons: readonly Reason[]): boolean {
  return reasons.some(isSymptomReason) && reasons.some(isRiskReason);
}

/** Highest score each factor may reach for these answers (contract v2: fluid restriction). */
export type Caps = Partial<Record<NutrientId, number>>;

/** Scores all seven factors from the weight table, highest first, ties in NUTRIENT_IDS order. */
export function rank(
  values: AnswerValues,
  counts: Counts = () => true,
  caps: Caps = {},
): RankedFactor[] {
  // One reason per answer per factor: a plain row and a combination row crediting the same
  // answer add up into one reason.
  const reasons = new Map<NutrientId, Map<string, Reason>>(
    NUTRIENT_IDS.map((nutrient) => [nutrient, new Map()]),
  );
  // Rows sharing a `once` key are one piece of evidence: the first that applies counts.
  const counted = new Set<string>();
  for (const rule of WEIGHTS) {
    if (!ruleApplies(values, rule)) continue;
    if (rule.once !== undefined) {
      if (counted.has(rule.once)) continue;
      counted.add(rule.once);
    }
    const key = `${rule.field}=${rule.value}`;
    for (const nutrient of NUTRIENT_IDS) {
      const weight = rule.effects[nutrient];
      if (weight === undefined || weight === 0 || !counts(rule, nutrient)) continue;
      const byAnswer = reasons.get(nutrient);
      const existing = byAnswer?.get(key);
      if (existing) existing.weight += weight;
      else byAnswer?.set(key, { field: rule.field, value: rule.value, weight });
    }
  }

  const factors = NUTRIENT_IDS.map((nutrient): RankedFactor => {
    const list = [...(reasons.get(nutrient)?.values() ?? [])]
      .filter((reason) => reason.weight !== 0)
      .sort(byWeight);
    const sum = scoreFrom(list.reduce((total, reason) => total + reason.weight, 0));
    const uncapped = mayBeLikely(list) ? sum : Math.min(sum, BAND_THRESHOLDS.likely - 1);
    const score = Math.min(uncapped, caps[nutrient] ?? 100);
    return { nutrient, score, band: bandFor(score), reasons: list };
  });
  // Array.prototype.sort is stable, and factors start in NUTRIENT_IDS order: that is the tie-break.
  return factors.sort((a, b) => b.score - a.score);
}
