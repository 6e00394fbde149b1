// The /history pages as the app shows them: the address read once (pageFor), then HistoryRoute.
import { HistoryRoute } from '../../src/app/routes/HistoryRoute';
import { pageFor } from '../../src/app/route-chunks';
import { useRoute } from '../../src/lib/router';

/** The history page at the address bar's path; it follows navigation, as the app does. */
export function CurrentHistoryPage() {
  const { path } = useRoute();
  const at = pageFor(path);
  return at.page === 'history' ? <HistoryRoute at={at.at} /> : <p>Not a history page: {path}</p>;
}
