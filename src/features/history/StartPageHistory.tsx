import { Link } from '../../components/Link';
import { paths } from '../../lib/paths';
import { HistoryLoadNotice } from './HistoryLoadNotice';
import { useSavedCount } from './store';

/**
 * The start page's view of saved history: a notice when stored results could not be read, and
 * a link to the saved results when there are some. Loaded lazily so the start page stays small.
 */
export function StartPageHistory() {
  const savedCount = useSavedCount();
  return (
    <>
      <HistoryLoadNotice linkToHistory />
      {savedCount > 0 ? (
        <p>
          <Link to={paths.history.list}>
            Saved results on this device: {savedCount}. View them in History
          </Link>
        </p>
      ) : null}
    </>
  );
}
