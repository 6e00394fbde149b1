import { Link } from '../../components/Link';
import { paths } from '../../lib/paths';
import { PrintSummary } from './PrintSummary';
import type { Snapshot } from './schema';
import { useHistoryEntries } from './store';
import './history.css';

/**
 * /history/<id>/print: the summary for a doctor, with a print button and a way back; with the
 * saved results up to this one, it shows how the scores moved.
 */
export function PrintPage({ snapshot }: { snapshot: Snapshot }) {
  const history = useHistoryEntries();
  return (
    <PrintSummary
      snapshot={snapshot}
      history={history}
      controls={
        <p className="history-buttons">
          <button className="button button--primary" type="button" onClick={() => window.print()}>
            Print or save as PDF
          </button>
          <Link to={paths.history.result(snapshot.id)}>Back to the full result</Link>
        </p>
      }
    />
  );
}
