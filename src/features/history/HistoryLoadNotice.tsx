import { useId, useRef, useState } from 'react';
import { Link } from '../../components/Link';
import { Notice } from '../../components/Notice';
import { downloadJson } from '../../lib/download';
import { paths } from '../../lib/paths';
import { exportFileName } from './export-format';
import { historyStores, useHistoryActions, useHistoryStatus } from './store';
import './history.css';

// Kept apart from the other notices and free of knowledge imports: the start page, which is in
// the app's first download, shows it too.

/**
 * Tells the person that stored results could not be read, in part or at all, and offers the
 * kept-aside copy as a file. Shown on every page that reads the history until the person has
 * downloaded the data or chosen to delete it (read from the backup key, so a reload, another
 * page or another tab says the same); "Dismiss" only hides it for this visit.
 */
export function HistoryLoadNotice({ linkToHistory = false }: { linkToHistory?: boolean }) {
  const { unreadable, loadProblem, dismissed, keptAsideStored } = useHistoryStatus((status) => ({
    unreadable: status.unreadable,
    loadProblem: status.loadProblem,
    dismissed: status.loadNoticeDismissed,
    keptAsideStored: status.keptAsideStored,
  }));
  const { loadNoticeDismissed, unreadableDataDownloaded } = useHistoryActions();
  const [problem, setProblem] = useState('');
  if (unreadable.length === 0 || dismissed) return null;
  const reasons = [...new Set(unreadable.map((item) => item.reason))];

  function download() {
    const file = historyStores.keptAsideFile();
    if (!downloadJson(exportFileName('unreadable-data', new Date()), file)) {
      setProblem('The browser did not allow the download. Please try again.');
      return;
    }
    const marked = unreadableDataDownloaded(file);
    setProblem(
      marked.ok
        ? ''
        : 'The file was offered, but LegCheck could not note that here, so this message may come back.',
    );
  }

  return (
    <div className="history-notice">
      <Notice tone="warning" title="Some saved results could not be read">
        {reasons.map((reason) => (
          <p key={reason}>{reason}</p>
        ))}
        {loadProblem?.kind === 'invalid-entries' ? (
          <p>Your other saved results are safe and shown as usual.</p>
        ) : null}
        <p>
          {keptAsideStored
            ? 'Nothing has been deleted: LegCheck kept a copy of the unreadable data on this device. You can download it to keep it or to get help with it.'
            : 'LegCheck could not keep a copy of the unreadable data on this device, so it will not write over it. Download it now to keep it.'}
        </p>
        <p className="history-buttons">
          <button className="button button--primary" type="button" onClick={download}>
            Download the unreadable data
          </button>
          {linkToHistory ? <Link to={paths.history.list}>Go to your saved results</Link> : null}
          <button className="button button--secondary" type="button" onClick={loadNoticeDismissed}>
            Dismiss this message
          </button>
        </p>
        <DiscardUnreadable />
        {problem ? <p role="alert">{problem}</p> : null}
      </Notice>
    </div>
  );
}

/** "Delete the unreadable data…", asked once more before anything goes. */
function DiscardUnreadable() {
  const { unreadableDataDiscarded } = useHistoryActions();
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState('');
  const question = useRef<HTMLParagraphElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  const alert = problem ? <p role="alert">{problem}</p> : null;
  if (!confirming) {
    return (
      <>
        <p>
          <button
            className="button button--secondary"
            ref={start}
            type="button"
            onClick={() => {
              setConfirming(true);
              requestAnimationFrame(() => question.current?.focus());
            }}
          >
            Delete the unreadable data…
          </button>
        </p>
        {alert}
      </>
    );
  }
  return (
    <div className="history-confirm" role="group" aria-labelledby={questionId}>
      <p id={questionId} ref={question} tabIndex={-1}>
        Delete the unreadable data from this device? It cannot be brought back afterwards. Saved
        results that can be read are kept.
      </p>
      <p className="history-buttons">
        <button
          className="button button--danger"
          type="button"
          onClick={() => {
            const done = unreadableDataDiscarded();
            setConfirming(false);
            setProblem(done.ok ? '' : 'The browser did not let LegCheck delete it.');
          }}
        >
          Yes, delete it
        </button>
        <button
          className="button button--secondary"
          type="button"
          onClick={() => {
            setConfirming(false);
            requestAnimationFrame(() => start.current?.focus());
          }}
        >
          Cancel
        </button>
      </p>
    </div>
  );
}
