import type { ChoiceOption } from '../../components/choice';
import type { AnswerLabels } from '../../knowledge/answer-labels';
import { ANSWER_LABELS, optionsFor } from '../../knowledge/answer-labels';

/** A question's legend, hint and options, from the one place answer words live. */
export function fieldText(field: keyof AnswerLabels): {
  legend: string;
  hint: string | undefined;
  options: ChoiceOption[];
} {
  const labels = ANSWER_LABELS[field];
  return { legend: labels.question, hint: labels.hint, options: optionsFor(field) };
}
