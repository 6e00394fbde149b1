import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Link } from '../../components/Link';
import { Notice } from '../../components/Notice';
import { useFocusAfterRender } from '../../lib/focus-after-render';
import { paths } from '../../lib/paths';
import type { Answers, Assessment } from '../../scoring';
import { deepEqual } from './deep-equal';
import { DownloadResultButton } from './DownloadResultButton';
import { HistoryLoadNotice } from './HistoryLoadNotice';
import { describeStorageProblem } from './notices';
import type { SaveOutcome } from './status';
import { useHistoryActions, useHistoryStatus, useIsDeleted } from './store';
import './history.css';

/**
 * Saves the result shown on the results page (once per run through the questionnaire and set of
 * answers) and says so: saved on this device only, with a way not to keep it; not kept, when the
 * person deleted it before (here or in another tab), with a way to keep it after all; or, when
 * storage fails, that it was not saved and can still be downloaded or printed.
 */
export function SaveResultNotice({
  answers,
  assessment,
  draftId,
}: {
  answers: Answers;
  assessment: Assessment;
  /** The run through the questionnaire these answers come from (the draft's id). */
  draftId: string;
}) {
  const { resultSaved, resultDeleted, resultsRestored } = useHistoryActions();
  const lastSave = useHistoryStatus((status) => status.lastSave);
  const [justSaved, setJustSaved] = useState<SaveOutcome | null>(null);
  // The result the person chose to keep after all (Undo), after it had been deleted before.
  const [keptAfterAll, setKeptAfterAll] = useState<string | null>(null);
  const savedFor = useRef<{ answers: Answers; draftId: string } | null>(null);
  // "Don't keep" and "Undo" replace each other: the one that appears takes the focus.
  const swapButton = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useFocusAfterRender();

  // Saves before the first paint (saving is synchronous), and keeps the outcome in local state
  // because the store's subscription only starts after that paint: the notice is then there in
  // the first frame instead of pushing the page down a moment later.
  useLayoutEffect(() => {
    // Once per set of answers, even when the page re-renders with an equal copy of them.
    const last = savedFor.current;
    if (last && last.draftId === draftId && deepEqual(last.answers, answers)) return;
    savedFor.current = { answers, draftId };
    setJustSaved(resultSaved(answers, assessment, draftId));
  }, [answers, assessment, draftId, resultSaved]);

  const forTheseAnswers = (save: SaveOutcome | null) =>
    save && (save.snapshot === null || deepEqual(save.snapshot.answers, answers)) ? save : null;
  const outcome = forTheseAnswers(lastSave) ?? forTheseAnswers(justSaved);
  // Derived from the store, so a deletion here, in another tab or before a reload all show alike.
  const deletedHere = useIsDeleted(outcome?.snapshot?.id);
  const deletedBefore = outcome?.ok && outcome.deleted && keptAfterAll !== outcome.snapshot.id;
  const removed = outcome?.ok && (deletedBefore || deletedHere) ? outcome.snapshot : null;
  const announcement = useAnnouncement(
    outcome?.ok && removed
      ? 'Result removed from this device.'
      : outcome?.ok
        ? 'This result was saved on this device; nothing was sent anywhere.'
        : outcome
          ? 'Saving failed: the result is not kept on this device, but it can still be downloaded or printed.'
          : '',
  );

  let content = null;
  if (outcome?.ok && removed) {
    content = (
      <p>
        This result is no longer kept on this device. It stays on screen until you leave the page.{' '}
        <button
          className="button button--secondary"
          type="button"
          ref={swapButton}
          onClick={() => {
            resultsRestored([removed]);
            setKeptAfterAll(removed.id);
            focusAfterRender(swapButton);
          }}
        >
          Undo: keep it after all
        </button>
      </p>
    );
  } else if (outcome?.ok) {
    const { snapshot } = outcome;
    content = (
      <>
        <p>
          <strong>Saved on this device only.</strong> Nothing was sent anywhere. You can come back
          to it, compare it with later results or print it for a doctor.
        </p>
        <p className="history-buttons">
          <Link to={paths.history.list}>Your saved results</Link>
          <Link to={paths.history.print(snapshot.id)}>Summary for your doctor (print or PDF)</Link>
          <button
            className="button button--secondary"
            type="button"
            ref={swapButton}
            onClick={() => {
              resultDeleted(snapshot.id);
              focusAfterRender(swapButton);
            }}
          >
            Don’t keep this result
          </button>
        </p>
      </>
    );
  } else if (outcome) {
    const { snapshot } = outcome;
    content = (
      <Notice tone="warning" title="This result could not be saved on this device" titleLevel={2}>
        <p>
          {outcome.kind === 'invalid'
            ? 'Something in the result did not check out, so LegCheck did not store it.'
            : describeStorageProblem(outcome.kind)}{' '}
          The result stays on screen, and you can still download it as a file or print it.
        </p>
        <p className="history-buttons">
          {snapshot ? (
            <>
              <DownloadResultButton snapshot={snapshot} />
              <Link to={paths.history.print(snapshot.id)}>
                Summary for your doctor (print or PDF)
              </Link>
            </>
          ) : (
            <button
              className="button button--secondary"
              type="button"
              onClick={() => window.print()}
            >
              Print this page
            </button>
          )}
        </p>
      </Notice>
    );
  }

  return (
    <div className="save-notice">
      <HistoryLoadNotice linkToHistory />
      {content}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}

/** How long a live region's new text waits, so that it is announced (see useAnnouncement). */
const ANNOUNCE_DELAY_MS = 100;

/**
 * The text for a live region, set a moment after it changes: the region is then already in the
 * page when its text arrives, so screen readers announce it (text that is there from the start,
 * like the notice above, would not be announced).
 */
function useAnnouncement(message: string): string {
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(message), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [message]);
  return announced;
}
