import { useMemo } from 'react';
import { Link } from '../../components/Link';
import { SaveResultNotice } from '../../features/history/SaveResultNotice';
import { ResultsView } from '../../features/results/ResultsView';
import { useCompletedAnswers, useFirstIncompleteStep } from '../../features/wizard/draft-progress';
import { useDraftId, useHasDraft } from '../../features/wizard/draft-store';
import type { StepKey } from '../../features/wizard/steps';
import { stepKey } from '../../features/wizard/steps';
import { paths } from '../../lib/paths';
import { navigate } from '../../lib/router';
import type { Answers } from '../../scoring';
import { assess } from '../../scoring';

function goToStep(step: StepKey) {
  navigate(paths.step(step));
}

function NoResultsYet() {
  const hasDraft = useHasDraft();
  const resumeStep = useFirstIncompleteStep();
  const to = paths.step(hasDraft && resumeStep !== null ? stepKey(resumeStep) : 'about');
  return (
    <div className="results">
      <h1 tabIndex={-1}>Your results</h1>
      <p>
        There are no results yet. Answer the questions first: it takes a few minutes, and your
        answers stay on this device.
      </p>
      <p>
        <Link to={to}>{hasDraft ? 'Resume the questionnaire' : 'Start the questionnaire'}</Link>
      </p>
    </div>
  );
}

function CurrentResults({ answers }: { answers: Answers }) {
  // Derived on every change of the answers, never stored: change an answer, come back, and
  // the results follow.
  const assessment = useMemo(() => assess(answers), [answers]);
  const draftId = useDraftId();
  return (
    <ResultsView
      answers={answers}
      assessment={assessment}
      onChangeAnswer={goToStep}
      actions={<SaveResultNotice answers={answers} assessment={assessment} draftId={draftId} />}
    />
  );
}

/** /results: the results of the finished questionnaire, or a way back to it. */
export function ResultsRoute() {
  const answers = useCompletedAnswers();
  return answers ? <CurrentResults answers={answers} /> : <NoResultsYet />;
}
