import { ResultsView } from '../../features/results/ResultsView';
import { ComparePage } from '../../features/history/ComparePage';
import { HistoryPage } from '../../features/history/HistoryPage';
import { HistoryNotFound } from '../../features/history/NotFound';
import { PrintPage } from '../../features/history/PrintPage';
import { SnapshotToolbar } from '../../features/history/SnapshotToolbar';
import { useHistoryEntry } from '../../features/history/store';
import { formatSavedAt } from '../../features/history/words';
import { parseCompareQuery } from '../../lib/paths';
import type { HistoryAt } from '../../lib/paths';
import { useRoute } from '../../lib/router';

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

/**
 * Everything under /history: the list, compare, one saved result, and its print summary. `at` is
 * the page the address names, read once by the app (pageFor), which shows "Page not found" for any
 * other address under /history.
 */
export function HistoryRoute({ at }: { at: HistoryAt }) {
  const route = useRoute();
  switch (at.page) {
    case 'list':
      return <HistoryPage />;
    case 'compare': {
      const { a, b } = parseCompareQuery(route.search);
      return <ComparePage a={a} b={b} />;
    }
    case 'result':
      return <SavedResult id={at.id} print={false} />;
    case 'print':
      return <SavedResult id={at.id} print />;
  }
}
