import type { MouseEvent, ReactNode } from 'react';
import { paths } from '../../lib/paths';
import type { QuestionStep } from '../../scoring';

/** A link back to one wizard step; the app can take over the click to navigate in place. */
export function ChangeLink({
  step,
  onChangeAnswer,
  children,
}: {
  step: QuestionStep;
  onChangeAnswer?: ((step: QuestionStep) => void) | undefined;
  children: ReactNode;
}) {
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    // Leave new-tab and new-window clicks to the browser.
    if (!onChangeAnswer || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onChangeAnswer(step);
  }
  return (
    <a className="results-change" href={paths.step(step)} onClick={handleClick}>
      {children}
    </a>
  );
}
