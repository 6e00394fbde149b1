// The questionnaire's steps, in order: a module of its own because the start page needs the
// list (src/features/wizard/steps.ts) and must not load the whole question table with it.

/**
 * The wizard's steps in order: the keys under which the draft and each step's form hold answers.
 * The warning signs come third, right after the symptoms (issue 13): a sign that needs care today
 * is asked before anything slow. Addresses name steps by key, so moving a step moves no link.
 */
export const QUESTION_STEPS = [
  'about',
  'symptoms',
  'warningSigns',
  'timing',
  'diet',
  'lifestyle',
  'health',
] as const;

/** One step of the questionnaire. */
export type QuestionStep = (typeof QUESTION_STEPS)[number];
