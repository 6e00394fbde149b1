import { ResultsView } from '../../features/results/ResultsView';
import { ComparePage } from '../../features/history/ComparePage';
import { HistoryPage } from '../../features/history/HistoryPage';
import { HistoryNotFound } from '../../features/history/NotFound';
import { PrintPage } from '../../features/history/PrintPage';
import { SnapshotToolbar } from '../../features/history/SnapshotToolbar';
import { useHistoryEntry } from '../../features/history/store';
import { formatSavedAt } from '../../features/history/words';
import { getSearchParam, useRoute } from '../../lib/router';

/** Where under /history the address points. */
export type HistoryPath =
  | { page: 'list' }
  | { page: 'compare' }
  | { page: 'result'; id: string }
  | { page: 'print'; id: string }
  | { page: 'unknown' };

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/** Reads a path under /history: '/history', '/history/compare', '/history/<id>', '/history/<id>/print'. */
export function parseHistoryPath(path: string): HistoryPath {
  const parts = path.replace(/\/+$/, '').split('/').slice(1);
  if (parts[0] !== 'history') return { page: 'unknown' };
  const [, first, second, ...rest] = parts;
  if (first === undefined) return { page: 'list' };
  if (rest.length > 0) return { page: 'unknown' };
  if (first === 'compare' && second === undefined) return { page: 'compare' };
  const id = decode(first);
  if (!id) return { page: 'unknown' };
  if (second === undefined) return { page: 'result', id };
  if (second === 'print') return { page: 'print', id };
  return { page: 'unknown' };
}

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
    case 'compare':
      return <ComparePage a={getSearchParam(route, 'a')} b={getSearchParam(route, 'b')} />;
    case 'result':
      return <SavedResult id={where.id} print={false} />;
    case 'print':
      return <SavedResult id={where.id} print />;
    case 'unknown':
      return <HistoryNotFound />;
  }
}
