import { formatAnswers } from '../../knowledge/answer-labels';
import { NUTRIENTS } from '../../knowledge/nutrients';
import type { Answers, Assessment, Band, NutrientId } from '../../scoring';

/** One question whose answer differs between two results. */
export interface AnswerChange {
  question: string;
  before: string;
  after: string;
}

/** What a summary shows for a question that one of the two results did not ask. */
export const NOT_ASKED = 'Not asked';

/** The questions answered differently, in questionnaire order, in plain words. */
export function changedAnswers(before: Answers, after: Answers): AnswerChange[] {
  const earlier = new Map(formatAnswers(before).map((line) => [line.question, line.answer]));
  const later = new Map(formatAnswers(after).map((line) => [line.question, line.answer]));
  // Questionnaire order: the later list, with any question only the earlier one asked (e.g.
  // pregnancy) slotted in after the question it followed.
  const questions = [...later.keys()];
  let previous = -1;
  for (const question of earlier.keys()) {
    const at = questions.indexOf(question);
    if (at === -1) {
      questions.splice(previous + 1, 0, question);
      previous += 1;
    } else {
      previous = at;
    }
  }
  return questions.flatMap((question) => {
    const was = earlier.get(question) ?? NOT_ASKED;
    const now = later.get(question) ?? NOT_ASKED;
    return was === now ? [] : [{ question, before: was, after: now }];
  });
}

/** How one factor's score and band moved between two results. */
export interface FactorMove {
  nutrient: NutrientId;
  name: string;
  before: { score: number; band: Band } | null;
  after: { score: number; band: Band } | null;
  /** Later score minus earlier score (0 when either is missing). */
  change: number;
}

/** Every factor, in the later result's ranking order, with its earlier and later score. */
export function factorMoves(before: Assessment, after: Assessment): FactorMove[] {
  const earlier = new Map(before.ranked.map((factor) => [factor.nutrient, factor]));
  const order = [
    ...after.ranked.map((factor) => factor.nutrient),
    ...before.ranked.map((factor) => factor.nutrient),
  ];
  const later = new Map(after.ranked.map((factor) => [factor.nutrient, factor]));
  return [...new Set(order)].map((nutrient) => {
    const was = earlier.get(nutrient);
    const now = later.get(nutrient);
    return {
      nutrient,
      name: NUTRIENTS[nutrient].name,
      before: was ? { score: was.score, band: was.band } : null,
      after: now ? { score: now.score, band: now.band } : null,
      change: was && now ? now.score - was.score : 0,
    };
  });
}

/** A score change in words, e.g. 'Up 12 points', 'Down 1 point', 'No change'. */
export function describeScoreChange(change: number): string {
  const size = Math.round(Math.abs(change) * 10) / 10;
  if (size === 0) return 'No change';
  const points = `${size} ${size === 1 ? 'point' : 'points'}`;
  return change > 0 ? `Up ${points}` : `Down ${points}`;
}
