// The start page's buttons once there is a draft: Resume at the first unfinished step, or See
// your results when every step is done, and Start over. Loaded on demand (it checks the draft
// with the scoring schemas, so it brings zod), so a first visit's start page never loads it.
import { ConfirmButton } from '../../components/ConfirmButton';
import { Link } from '../../components/Link';
import { paths } from '../../lib/paths';
import { navigate } from '../../lib/router';
import { useCompletedAnswers, useFirstIncompleteStep } from './draft-progress';
import { draftActions } from './draft-store';
import { stepKey } from './steps';

/** Asks before the draft is cleared; focus moves into the question and back on "keep". */
function StartOver() {
  return (
    <ConfirmButton
      label="Start over"
      question="Clear your answers and start over?"
      confirmLabel="Yes, clear my answers"
      cancelLabel="No, keep my answers"
      onConfirm={() => {
        draftActions.draftCleared();
        navigate(paths.step('about'));
      }}
    >
      <p>This deletes the unsaved answers kept in this browser. It cannot be undone.</p>
    </ConfirmButton>
  );
}

/** Resume or See your results, Change your answers, and Start over. */
export function DraftActions() {
  const complete = useCompletedAnswers() !== null;
  const resumeAt = useFirstIncompleteStep();
  return complete ? (
    <>
      <Link className="button button--primary" to={paths.results}>
        See your results
      </Link>
      <Link className="button button--secondary" to={paths.step('about')}>
        Change your answers
      </Link>
      <StartOver />
    </>
  ) : (
    <>
      <Link
        className="button button--primary"
        to={paths.step(resumeAt === null ? 'about' : stepKey(resumeAt))}
      >
        Resume where you left off
      </Link>
      <StartOver />
    </>
  );
}
