import type { BaseSyntheticEvent, ReactNode } from 'react';
import { useId } from 'react';
import { Link } from '../../components/Link';
import { Progress } from '../../components/Progress';
import { paths } from '../../lib/paths';
import { DraftSaveNotice, UnreadableDraftNotice } from './DraftNotices';
import type { StepNumber } from './steps';
import { STEP_COUNT, stepBefore, stepKey, stepTitle } from './steps';

/**
 * The frame of every step: progress, the step heading (the focus target after each step
 * change), what the person needs to know about their saved answers, one form, and Back / Next.
 * (The second click of a double click that brought the person here is ignored by the app shell,
 * src/lib/stray-clicks.ts, on every page.)
 */
export function StepShell({
  step,
  onSubmit,
  nextLabel,
  children,
}: {
  step: StepNumber;
  onSubmit: (event?: BaseSyntheticEvent) => Promise<void>;
  /** The submit button's words; by default Next, and on the last step "See my results". */
  nextLabel?: string | undefined;
  children: ReactNode;
}) {
  const headingId = useId();
  const title = stepTitle(stepKey(step));
  const previous = stepBefore(step);
  const backTo = previous === null ? paths.start : paths.step(stepKey(previous));
  return (
    <div className="wizard">
      <Progress step={step} total={STEP_COUNT} label="Questionnaire progress" />
      <h1 id={headingId} className="step-heading" tabIndex={-1}>
        <span className="step-heading__count">
          Step {step} of {STEP_COUNT}
          <span className="visually-hidden">:</span>
        </span>{' '}
        {title}
      </h1>
      <UnreadableDraftNotice />
      <form className="step-form" noValidate aria-labelledby={headingId} onSubmit={onSubmit}>
        {children}
        {/* Below the questions, so that its arrival never moves an answer from under a finger. */}
        <DraftSaveNotice />
        <div className="wizard-nav">
          <Link className="button button--secondary" to={backTo}>
            Back
          </Link>
          <button type="submit" className="button button--primary">
            {nextLabel ?? (step === STEP_COUNT ? 'See my results' : 'Next')}
          </button>
        </div>
      </form>
    </div>
  );
}
