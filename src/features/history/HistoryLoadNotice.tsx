import { useState } from 'react';
import { ConfirmButton } from '../../components/ConfirmButton';
import { DownloadButton } from '../../components/DownloadButton';
import { Link } from '../../components/Link';
import { Notice } from '../../components/Notice';
import { focusPageHeading } from '../../lib/page-heading';
import { paths } from '../../lib/paths';
import { exportFileName } from './export-format';
import type { BackupDocument } from './keep-aside';
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
  const { loadNoticeDismissed, unreadableDataDownloaded, unreadableDataDiscarded } =
    useHistoryActions();
  const [problem, setProblem] = useState('');
  if (unreadable.length === 0 || dismissed) return null;
  const reasons = [...new Set(unreadable.map((item) => item.reason))];

  // Each way of dealing with the data ends the notice, and the button pressed with it: focus
  // goes to the page's heading, not to the document.
  function downloaded(file: BackupDocument): string | null {
    if (!unreadableDataDownloaded(file).ok) {
      return 'The file was offered, but LegCheck could not note that here, so this message may come back.';
    }
    focusPageHeading();
    return null;
  }

  function discard() {
    const done = unreadableDataDiscarded();
    if (done.ok) focusPageHeading();
    setProblem(done.ok ? '' : 'The browser did not let LegCheck delete it.');
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
          <DownloadButton
            variant="primary"
            file={() => ({
              name: exportFileName('unreadable-data', new Date()),
              data: historyStores.keptAsideFile(),
            })}
            onDownloaded={downloaded}
          >
            Download the unreadable data
          </DownloadButton>
          {linkToHistory ? <Link to={paths.history.list}>Go to your saved results</Link> : null}
          <button
            className="button button--secondary"
            type="button"
            onClick={() => {
              loadNoticeDismissed();
              focusPageHeading();
            }}
          >
            Dismiss this message
          </button>
        </p>
        <div>
          <ConfirmButton
            label="Delete the unreadable data…"
            question="Delete the unreadable data from this device?"
            questionLevel={3}
            confirmLabel="Yes, delete it"
            onConfirm={discard}
          >
            <p>It cannot be brought back afterwards. Saved results that can be read are kept.</p>
          </ConfirmButton>
        </div>
        {problem ? <p role="alert">{problem}</p> : null}
      </Notice>
    </div>
  );
}
