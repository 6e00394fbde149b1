// What the person is told about the draft's storage: answers from an earlier visit that could not
// be read (with the kept copy to download), and answers that cannot be saved right now. Light (no
// zod): the start page, which is in the first download, shows the first one too.
import { useState } from 'react';
import { ConfirmButton } from '../../components/ConfirmButton';
import { DownloadButton } from '../../components/DownloadButton';
import { Notice } from '../../components/Notice';
import { fileDateStamp } from '../../lib/download';
import type { KeptAsideDocument } from '../../lib/kept-aside';
import { focusPageHeading } from '../../lib/page-heading';
import {
  draftStatusActions,
  unreadableDraftsFile,
  useDraftSaveProblem,
  useUnreadableDraft,
} from './draft-store';

/**
 * Tells the person their earlier answers could not be read and offers them as a file; on every
 * visit until they download them or choose to delete them ("Dismiss" hides it for this visit).
 */
export function UnreadableDraftNotice() {
  const unreadable = useUnreadableDraft();
  const [problem, setProblem] = useState('');
  if (unreadable === null) return null;

  // Each way of dealing with the answers ends the notice, and the button pressed with it: focus
  // goes to the page's heading, not to the document.
  function downloaded(file: KeptAsideDocument): string | null {
    if (!draftStatusActions.unreadableDraftsDownloaded(file).ok) {
      return 'The file was offered, but LegCheck could not note that here, so this message may come back.';
    }
    focusPageHeading();
    return null;
  }

  function discard() {
    const done = draftStatusActions.unreadableDraftsDiscarded();
    if (done.ok) focusPageHeading();
    setProblem(done.ok ? '' : 'The browser did not let LegCheck delete them.');
  }

  return (
    <Notice tone="warning" title="Your earlier answers could not be read">
      <p>
        The answers saved in this browser from an earlier visit could not be read, so the questions
        start again from the beginning.
      </p>
      <p>
        {unreadable === 'kept'
          ? 'Nothing was deleted: they were kept on this device. You can download them to keep them or to get help with them.'
          : 'They are still on this device, but LegCheck could not keep a copy of them, so it will not write over them. Download them now to keep them.'}
      </p>
      <p className="button-row">
        <DownloadButton
          variant="primary"
          file={() => ({
            name: `legcheck-unreadable-answers-${fileDateStamp()}.json`,
            data: unreadableDraftsFile(),
          })}
          onDownloaded={downloaded}
        >
          Download your earlier answers
        </DownloadButton>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            draftStatusActions.unreadableNoticeDismissed();
            focusPageHeading();
          }}
        >
          Dismiss this message
        </button>
      </p>
      <div>
        <ConfirmButton
          label="Delete the unreadable answers…"
          question="Delete the unreadable answers from this device?"
          questionLevel={3}
          confirmLabel="Yes, delete them"
          onConfirm={discard}
        >
          <p>They cannot be brought back afterwards.</p>
        </ConfirmButton>
      </div>
      {problem ? <p role="alert">{problem}</p> : null}
    </Notice>
  );
}

/**
 * Says, as soon as a write fails, that answers cannot be kept on this device; gone again once a
 * write succeeds. A polite live region, there from the start so screen readers announce it.
 */
export function DraftSaveNotice() {
  const problem = useDraftSaveProblem();
  return (
    <div role="status" aria-live="polite" aria-label="Saving your answers">
      {problem === null ? null : (
        <Notice tone="info" title="Your answers are not being saved" titleLevel={2}>
          <p>
            Your answers can&apos;t be saved on this device right now (storage is full or blocked).
            You can still finish; they will be lost if you close this page.
          </p>
        </Notice>
      )}
    </div>
  );
}
