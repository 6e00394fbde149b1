// The questionnaire's steps, in order: a module of its own because the start page needs the
// list (src/features/wizard/steps.ts) and must not load the whole question table with it.

/** The wizard's steps in order: the keys under which the draft and each step's form hold answers. */
export const QUESTION_STEPS = [
  'about',
  'symptoms',
  'timing',
  'diet',
  'lifestyle',
  'health',
  'warningSigns',
] as const;

/** One step of the questionnaire. */
export type QuestionStep = (typeof QUESTION_STEPS)[number];
