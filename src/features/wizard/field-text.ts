import type { ChoiceOption } from '../../components/choice';
import type { AnswerFieldLabels } from '../../knowledge/answer-labels';
import { ANSWER_LABELS, optionsFor } from '../../knowledge/answer-labels';
import type { QuestionId } from '../../scoring';

/** A question's legend, hint and options, from the one place answer words live. */
export function fieldText(field: QuestionId): {
  legend: string;
  hint: string | undefined;
  options: ChoiceOption[];
} {
  const labels: AnswerFieldLabels<string> = ANSWER_LABELS[field];
  return { legend: labels.question, hint: labels.hint, options: optionsFor(field) };
}
