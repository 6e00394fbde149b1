import type { ReactNode } from 'react';
import { ErrorMessage } from './ErrorMessage';

/**
 * The top of every choice group (radios, checkboxes, the body map), inside its fieldset: the
 * visible legend, the hint, anything more about the question (e.g. "Why we ask") and the error.
 */
export function ChoiceHeader({
  legend,
  hint,
  hintId,
  more,
  error,
  errorId,
}: {
  legend: ReactNode;
  hint?: string | undefined;
  hintId?: string | undefined;
  more?: ReactNode;
  error?: string | undefined;
  errorId?: string | undefined;
}) {
  return (
    <>
      <legend className="choice-group__legend">{legend}</legend>
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      {more}
      {error && errorId ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
    </>
  );
}
