import { ResultsView } from '../../features/results/ResultsView';
import { ComparePage } from '../../features/history/ComparePage';
import { HistoryPage } from '../../features/history/HistoryPage';
import { HistoryNotFound } from '../../features/history/NotFound';
import { PrintPage } from '../../features/history/PrintPage';
import { SnapshotToolbar } from '../../features/history/SnapshotToolbar';
import { useHistoryEntry } from '../../features/history/store';
import { formatSavedAt } from '../../features/history/words';
import { parseCompareQuery, parseHistoryPath } from '../../lib/paths';
import { useRoute } from '../../lib/router';
import { NotFoundPage } from '../NotFoundPage';

function SavedResult({ id, print }: { id: string; print: boolean }) {
  const snapshot = useHistoryEntry(id);
  if (!snapshot) return <HistoryNotFound />;
  if (print) return <PrintPage snapshot={snapshot} />;
  return (
    <ResultsView
      key={snapshot.id}
      answers={snapshot.answers}
      // The assessment as it was saved, never re-scored: the page shows what the person saw.
      assessment={snapshot.assessment}
      title={`Your result from ${formatSavedAt(snapshot.createdAt)}`}
      actions={<SnapshotToolbar snapshot={snapshot} />}
      // A saved result is a snapshot: its "change" links would lead into today's questionnaire.
      canChangeAnswers={false}
    />
  );
}

/** Everything under /history: the list, compare, one saved result, and its print summary. */
export function HistoryRoute() {
  const route = useRoute();
  const where = parseHistoryPath(route.path);
  switch (where.page) {
    case 'list':
      return <HistoryPage />;
    case 'compare': {
      const { a, b } = parseCompareQuery(route.search);
      return <ComparePage a={a} b={b} />;
    }
    case 'result':
      return <SavedResult id={where.id} print={false} />;
    case 'print':
      return <SavedResult id={where.id} print />;
    case 'unknown':
      // The app shows NotFoundPage for these before this page loads (pageFor); kept for safety.
      return <NotFoundPage />;
  }
}
