import { Link } from '../../components/Link';
import { paths } from '../../lib/paths';
import { PrintSummary } from './PrintSummary';
import type { Snapshot } from './schema';
import './history.css';

/** /history/<id>/print: the summary for a doctor, with a print button and a way back. */
export function PrintPage({ snapshot }: { snapshot: Snapshot }) {
  return (
    <PrintSummary
      snapshot={snapshot}
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
