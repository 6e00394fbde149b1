// What the person is told about the draft's storage: answers from an earlier visit that could not
// be read (with the kept copy to download), and answers that cannot be saved right now. Light (no
// zod): the start page, which is in the first download, shows the first one too.
import { Notice } from '../../components/Notice';
import { downloadJson, fileDateStamp } from '../../lib/download';
import {
  draftStatusActions,
  unreadableDraftsFile,
  useDraftSaveProblem,
  useUnreadableDraft,
} from './draft-store';

/** Tells the person their earlier answers could not be read and offers them as a file. */
export function UnreadableDraftNotice() {
  const unreadable = useUnreadableDraft();
  if (unreadable === null) return null;
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
        <button
          type="button"
          className="button button--primary"
          onClick={() =>
            downloadJson(
              `legcheck-unreadable-answers-${fileDateStamp()}.json`,
              unreadableDraftsFile(),
            )
          }
        >
          Download your earlier answers
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={draftStatusActions.unreadableNoticeDismissed}
        >
          Dismiss this message
        </button>
      </p>
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
