// The wizard's steps in the spec's order (brief: 1 about ... 7 warning signs): keys, numbers and
// titles. A step's place is its place in the question table's list of steps
// (src/scoring/question-steps.ts) and nowhere else: pages ask for a step's number with
// stepNumberOf(key) and for its address with paths.step (src/lib/paths.ts, which also reads
// addresses back; isStepNumber says whether a number is a step). No zod here: the start page
// needs these, and zod stays out of its first load (the steps' schemas are in step-schemas.ts),
// and so does the question table: only its list of steps is loaded here.
import { STEP_WORDS } from '../../knowledge/step-words';
import { QUESTION_STEPS } from '../../scoring/question-steps';

/** The draft keys of the steps, in order: the question table's steps. */
export const STEP_KEYS = QUESTION_STEPS;

/** One step's key in the draft. */
export type StepKey = (typeof STEP_KEYS)[number];

/** How many steps the wizard has. */
export const STEP_COUNT = STEP_KEYS.length;

/** The numbers 1 to N (N a literal), as a union: 1 | 2 | ... | N. */
type OneTo<N extends number, Counted extends unknown[] = [unknown]> = Counted['length'] extends N
  ? N
  : Counted['length'] | OneTo<N, [...Counted, unknown]>;

/** A step number, 1 to the number of steps (a type that follows the list of steps). */
export type StepNumber = OneTo<(typeof STEP_KEYS)['length']>;

/** Narrows a number to a step number. */
export function isStepNumber(value: number): value is StepNumber {
  return Number.isInteger(value) && value >= 1 && value <= STEP_COUNT;
}

/** The step numbers, in order. */
export const STEP_NUMBERS: readonly StepNumber[] = STEP_KEYS.map((_, index) => index + 1).filter(
  isStepNumber,
);

/** The heading of each step (its words live with the rest of the questionnaire's words). */
export function stepTitle(key: StepKey): string {
  return STEP_WORDS[key].title;
}

/** The number of the step with this key, e.g. stepNumberOf('warningSigns'). */
export function stepNumberOf(key: StepKey): StepNumber {
  const step = STEP_KEYS.indexOf(key) + 1;
  // Every StepKey is in STEP_KEYS: the check only narrows the number's type.
  return isStepNumber(step) ? step : 1;
}

/**
 * Whether a step opens before the steps ahead of it are answered: only the warning signs, which
 * the "when to see a doctor" line links to from every page, and which must never wait.
 */
export function opensEarly(key: StepKey): boolean {
  return key === 'warningSigns';
}

/**
 * The first unanswered step before `key` when `key` opens early (its Next then leads there, and
 * its button says so), else null. `gap` is the draft's first unanswered step.
 */
export function earlierGap(key: StepKey, gap: StepNumber | null): StepNumber | null {
  return opensEarly(key) && gap !== null && gap < stepNumberOf(key) ? gap : null;
}

/** The key of a step number. */
export function stepKey(step: StepNumber): StepKey {
  return STEP_KEYS[step - 1] ?? 'about';
}

/** The step before `step`, or null for the first. */
export function stepBefore(step: StepNumber): StepNumber | null {
  const previous = step - 1;
  return isStepNumber(previous) ? previous : null;
}
