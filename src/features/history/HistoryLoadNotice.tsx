import { Link } from '../../components/Link';
import { Notice } from '../../components/Notice';
import { downloadJson } from '../../lib/download';
import { paths } from '../../lib/paths';
import { exportFileName } from './export-format';
import { describeLoadProblem } from './persistence';
import { history, useHistoryActions, useHistoryStatus } from './store';
import './history.css';

// Kept apart from the other notices and free of knowledge imports: the start page, which is in
// the app's first download, shows it too.

/**
 * Tells the person that stored results could not be read, in part or at all, and offers the
 * kept-aside copy as a file. For the history page and the start page.
 */
export function HistoryLoadNotice({ linkToHistory = false }: { linkToHistory?: boolean }) {
  const { loadProblem, dismissed, keptAsideStored } = useHistoryStatus((status) => ({
    loadProblem: status.loadProblem,
    dismissed: status.loadNoticeDismissed,
    keptAsideStored: status.keptAsideStored,
  }));
  const { loadNoticeDismissed } = useHistoryActions();
  if (!loadProblem || dismissed) return null;
  return (
    <div className="history-notice">
      <Notice tone="warning" title="Some saved results could not be read">
        <p>{describeLoadProblem(loadProblem)}</p>
        {loadProblem.kind === 'invalid-entries' ? (
          <p>Your other saved results are safe and shown as usual.</p>
        ) : null}
        <p>
          {keptAsideStored
            ? 'Nothing has been deleted: LegCheck kept a copy of the unreadable data on this device. You can download it to keep it or to get help with it.'
            : 'LegCheck could not keep a copy of the unreadable data on this device, so it will not write over it. Download it now to keep it.'}
        </p>
        <p className="history-buttons">
          <button
            className="button button--primary"
            type="button"
            onClick={() =>
              downloadJson(exportFileName('unreadable-data', new Date()), history.keptAsideFile())
            }
          >
            Download the unreadable data
          </button>
          {linkToHistory ? <Link to={paths.history.list}>Go to your saved results</Link> : null}
          <button className="button button--secondary" type="button" onClick={loadNoticeDismissed}>
            Dismiss this message
          </button>
        </p>
      </Notice>
    </div>
  );
}
