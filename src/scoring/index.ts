// The scoring module's public door: the answers schema, the types, and `assess`.
export { answersSchema, describeIssues } from './answers';
export type { Answers } from './answers';
export { STEP_SCHEMAS } from './answers';
export type { AnswerSection } from './answers';
export type { StepSchema } from './answers/questions';
export {
  dependenciesOf,
  dependentsOf,
  fieldOf,
  hasNoneOfThese,
  isQuestionId,
  isShown,
  knownAnswerOf,
  optionsOf,
  QUESTION_GROUPS,
  QUESTION_IDS,
  QUESTION_STEPS,
  QUESTIONS,
  questionOf,
  questionsOfStep,
  sectionOf,
  YES_NO,
} from './questions';
export type {
  FieldOf,
  KnownWhen,
  NoneOfTheseId,
  Question,
  QuestionAnswer,
  QuestionGroup,
  QuestionId,
  Questions,
  QuestionStep,
  QuestionValue,
  ShownWhen,
  StepQuestionId,
} from './questions';
export { assessmentSchema } from './assessment';
export type { Assessment, RankedFactor, Reason } from './assessment';
export * from './ids';
export { isRedFlagId, isTriageRuleId } from './id-guards';
export { assess, SCORING_VERSION } from './assess';
export { redFlagLevel } from './triage';
export { ANSWER_FIELDS } from './answer-fields';
// Reading unknown data (stored answers, drafts, histories) safely: one guard for every reader.
export { isRecord } from './is-record';
export type { AnswerField, AnswerValue } from './answer-fields';
export { BAND_THRESHOLDS, bandFor } from './rank';
export { FACTOR_TESTS } from './follow-up';
export { WEIGHTS } from './weights';
export type { SourceRef, WeightRule } from './weights';
