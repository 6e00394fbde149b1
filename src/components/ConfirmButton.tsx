import { useEffect, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';

/**
 * A button for an action that cannot be taken back: pressing it puts a question with a yes and a
 * no button in its place. Focus moves to the question, so a screen reader reads it at once, and on
 * "no" back to the button. Inline rather than a modal dialog, so the question stays beside what it
 * is about and the page around it stays readable; `window.confirm` could not be styled or worded.
 */
export function ConfirmButton({
  label,
  question,
  questionLevel = 2,
  confirmLabel,
  cancelLabel = 'Cancel',
  onConfirm,
  children,
}: {
  /** The button that asks, e.g. 'Start over'. */
  label: string;
  /** The question, e.g. 'Clear your answers and start over?'; it names the group. */
  question: string;
  /** The question's heading level, to fit under the heading of the section it sits in. */
  questionLevel?: 2 | 3;
  /** The button that goes ahead, e.g. 'Yes, clear my answers'. */
  confirmLabel: string;
  cancelLabel?: string;
  onConfirm: () => void;
  /** What the action means (e.g. that it cannot be undone), shown under the question. */
  children?: ReactNode;
}) {
  const [asking, setAsking] = useState(false);
  const questionRef = useRef<HTMLHeadingElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  // "No" returns focus to the button. After "yes" the caller decides where the person is; when
  // it did not (the page stays as it was), the button takes focus back too, so it does not fall
  // to the document with the question that held it.
  const refocusOpener = useRef<'always' | 'unless-moved' | null>(null);
  const questionId = useId();

  useEffect(() => {
    if (asking) {
      questionRef.current?.focus();
    } else if (refocusOpener.current) {
      const moved = document.activeElement !== null && document.activeElement !== document.body;
      if (refocusOpener.current === 'always' || !moved) openerRef.current?.focus();
      refocusOpener.current = null;
    }
  }, [asking]);

  if (!asking) {
    return (
      <button
        ref={openerRef}
        type="button"
        className="button button--secondary"
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  const Heading = questionLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="confirm" role="group" aria-labelledby={questionId}>
      <Heading id={questionId} ref={questionRef} tabIndex={-1}>
        {question}
      </Heading>
      {children}
      <div className="button-row">
        <button
          type="button"
          className="button button--danger"
          onClick={() => {
            refocusOpener.current = 'unless-moved';
            setAsking(false);
            onConfirm();
          }}
        >
          {confirmLabel}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            refocusOpener.current = 'always';
            setAsking(false);
          }}
        >
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
