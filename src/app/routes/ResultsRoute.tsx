import { useMemo } from 'react';
import type { MouseEvent } from 'react';
import { ResultsView } from '../../features/results/ResultsView';
import {
  useCompletedAnswers,
  useFirstIncompleteStep,
  useHasDraft,
} from '../../features/wizard/draft-store';
import { navigate } from '../../lib/router';
import type { Answers } from '../../scoring';
import { assess } from '../../scoring';

function goToStep(step: number) {
  navigate(`/step/${step}`);
}

// Plain left clicks stay in the app; new-tab and new-window clicks are left to the browser.
function followInApp(event: MouseEvent<HTMLAnchorElement>, to: string) {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
    return;
  }
  event.preventDefault();
  navigate(to);
}

function NoResultsYet() {
  const hasDraft = useHasDraft();
  const resumeStep = useFirstIncompleteStep() ?? 1;
  const to = hasDraft ? `/step/${resumeStep}` : '/step/1';
  return (
    <div className="results">
      <h1 tabIndex={-1}>Your results</h1>
      <p>
        There are no results yet. Answer the questions first: it takes a few minutes, and your
        answers stay on this device.
      </p>
      <p>
        <a href={to} onClick={(event) => followInApp(event, to)}>
          {hasDraft ? 'Resume the questionnaire' : 'Start the questionnaire'}
        </a>
      </p>
    </div>
  );
}

function CurrentResults({ answers }: { answers: Answers }) {
  // Derived on every change of the answers, never stored: change an answer, come back, and
  // the results follow.
  const assessment = useMemo(() => assess(answers), [answers]);
  return (
    <>
      {/*
        SLOT (lead): the history engineer's save notice goes here, above the results, or as
        save/print/export controls through the `actions` prop below, e.g.
        actions={<SaveResultControls answers={answers} assessment={assessment} />}
      */}
      <ResultsView answers={answers} assessment={assessment} onChangeAnswer={goToStep} />
    </>
  );
}

/** /results: the results of the finished questionnaire, or a way back to it. */
export function ResultsRoute() {
  const answers = useCompletedAnswers();
  return answers ? <CurrentResults answers={answers} /> : <NoResultsYet />;
}
