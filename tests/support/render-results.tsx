// The results page as a person sees it, for component tests of its parts.
import { render } from '@testing-library/react';
import { ResultsView } from '../../src/features/results/ResultsView';
import type { Answers, Assessment, QuestionStep } from '../../src/scoring';
import { assess } from '../../src/scoring';

/**
 * Renders the results for `answers` (scored now, unless a saved `assessment` is given) and returns
 * the assessment shown.
 */
export function renderResults(
  answers: Answers,
  options: { assessment?: Assessment; onChangeAnswer?: (step: QuestionStep) => void } = {},
): Assessment {
  const assessment = options.assessment ?? assess(answers);
  render(
    <ResultsView
      answers={answers}
      assessment={assessment}
      onChangeAnswer={options.onChangeAnswer}
    />,
  );
  return assessment;
}
