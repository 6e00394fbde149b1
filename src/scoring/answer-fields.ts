import type { Answers } from './answers';
import type { QuestionId, QuestionValue } from './questions';
import { QUESTION_IDS } from './questions';
import { isRecord } from './is-record';

/**
 * A dotted answer path that scoring reads, e.g. 'diet.dairy' (the brief's reason `field`): every
 * question of the table that sits in a section. The warning signs (`redFlags`, top level) are
 * read by triage, not weighed.
 */
export type AnswerField = Extract<QuestionId, `${string}.${string}`>;

/**
 * The value each dotted answer path can hold, as a reason's `value` string
 * (array answers: one item; booleans: 'true' / 'false'). Derived from the question table.
 */
export type AnswerValueMap = { [F in AnswerField]: QuestionValue<F> };

/** One value of one answer path, e.g. 'rarely' for 'diet.dairy'. */
export type AnswerValue<F extends AnswerField> = AnswerValueMap[F];

function isAnswerField(id: QuestionId): id is AnswerField {
  return id.includes('.');
}

/** Every answer path scoring reads, in questionnaire order (the order reasons tie-break on). */
export const ANSWER_FIELDS: readonly AnswerField[] = QUESTION_IDS.filter(isAnswerField);

/** Each answer path's values as a list (one item for single choices), read once per call. */
export type AnswerValues = { readonly [F in AnswerField]: readonly AnswerValue<F>[] };

function listOf(value: unknown): readonly string[] {
  if (Array.isArray(value)) return value.filter((item) => typeof item === 'string');
  if (typeof value === 'boolean') return [value ? 'true' : 'false'];
  return typeof value === 'string' ? [value] : [];
}

/** Flattens valid answers into lists keyed by dotted path, so rules can match them as data. */
export function readAnswers(answers: Answers): AnswerValues {
  const sections: Readonly<Record<string, unknown>> = answers;
  const values: Record<string, readonly string[]> = {};
  for (const field of ANSWER_FIELDS) {
    const dot = field.indexOf('.');
    const section = sections[field.slice(0, dot)];
    // A question a person was not asked (an optional answer) reads as an empty list.
    values[field] = isRecord(section) ? listOf(section[field.slice(dot + 1)]) : [];
  }
  // Every path of ANSWER_FIELDS, each holding the options valid answers allow there.
  return values as AnswerValues;
}

/** True when the answer at `field` is `value` (single choice) or includes it (multiple choice). */
export function answerHas<F extends AnswerField>(
  values: AnswerValues,
  field: F,
  value: AnswerValue<F>,
): boolean {
  // The mapped type cannot narrow per key through a generic index, so compare as strings.
  const list: readonly string[] = values[field];
  return list.includes(value);
}
