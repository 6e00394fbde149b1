// The start page's buttons once there is a draft: Resume at the first unfinished step, or See
// your results when every step is done, and Start over. Loaded on demand (it checks the draft
// with the scoring schemas, so it brings zod), so a first visit's start page never loads it.
import { useEffect, useRef, useState } from 'react';
import { Link } from '../../components/Link';
import { paths } from '../../lib/paths';
import { navigate } from '../../lib/router';
import { useCompletedAnswers, useFirstIncompleteStep } from './draft-progress';
import { draftActions } from './draft-store';

/** Asks before the draft is cleared; focus moves into the question and back on "keep". */
function StartOver() {
  const [asking, setAsking] = useState(false);
  const questionRef = useRef<HTMLHeadingElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (wasAsking.current) openerRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button
        ref={openerRef}
        type="button"
        className="button button--secondary"
        onClick={() => setAsking(true)}
      >
        Start over
      </button>
    );
  }
  return (
    <section className="confirm" aria-labelledby="start-over-question">
      <h2 id="start-over-question" ref={questionRef} tabIndex={-1}>
        Clear your answers and start over?
      </h2>
      <p>This deletes the unsaved answers kept in this browser. It cannot be undone.</p>
      <div className="button-row">
        <button
          type="button"
          className="button button--danger"
          onClick={() => {
            draftActions.draftCleared();
            navigate(paths.step(1));
          }}
        >
          Yes, clear my answers
        </button>
        <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
          No, keep my answers
        </button>
      </div>
    </section>
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
      <Link className="button button--secondary" to={paths.step(1)}>
        Change your answers
      </Link>
      <StartOver />
    </>
  ) : (
    <>
      <Link className="button button--primary" to={paths.step(resumeAt ?? 1)}>
        Resume where you left off
      </Link>
      <StartOver />
    </>
  );
}
