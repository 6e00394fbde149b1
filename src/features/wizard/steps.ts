// The seven wizard steps in the spec's order (brief: 1 about ... 7 warning signs): keys, numbers,
// titles and addresses. No zod here: the start page needs these, and zod stays out of its first
// load (the steps' schemas are in step-schemas.ts), and so does the question table: only the
// list of steps is loaded here.
import { QUESTION_STEPS } from '../../scoring/question-steps';

/** Where the wizard goes after the last step when every answer is in. */
export const RESULTS_PATH = '/results';

/** The draft keys of the steps, in order: the question table's steps. */
export const STEP_KEYS = QUESTION_STEPS;

/** One step's key in the draft. */
export type StepKey = (typeof STEP_KEYS)[number];

/** How many steps the wizard has. */
export const STEP_COUNT = STEP_KEYS.length;

/** The step numbers, in order. */
export const STEP_NUMBERS = [1, 2, 3, 4, 5, 6, 7] as const;

/** A step number, 1 to 7. */
export type StepNumber = (typeof STEP_NUMBERS)[number];

/** The heading of each step. */
export const STEP_TITLES: Record<StepKey, string> = {
  about: 'About you',
  symptoms: 'Symptoms',
  timing: 'Timing',
  diet: 'Diet',
  lifestyle: 'Lifestyle',
  health: 'Health and medicines',
  warningSigns: 'Warning signs',
};

/** The address of a step. */
export function stepPath(step: StepNumber): string {
  return `/step/${step}`;
}

/** Narrows a number to a step number. */
export function isStepNumber(value: number): value is StepNumber {
  return Number.isInteger(value) && value >= 1 && value <= STEP_COUNT;
}

/** The step number of a '/step/N' path, or null for any other path. */
export function stepFromPath(path: string): StepNumber | null {
  const match = /^\/step\/(\d)\/?$/.exec(path);
  const step = Number(match?.[1]);
  return isStepNumber(step) ? step : null;
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
