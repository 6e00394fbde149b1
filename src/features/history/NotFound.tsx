import { Link } from '../../components/Link';
import { paths } from '../../lib/paths';
import { HistoryLoadNotice } from './HistoryLoadNotice';
import './history.css';

/** For a /history address whose result is not on this device (deleted, or from elsewhere). */
export function HistoryNotFound() {
  return (
    <div className="history">
      <h1 tabIndex={-1}>Saved result not found</h1>
      <p>
        There is no saved result at this address on this device. It may have been deleted, or it was
        saved in another browser or on another device.
      </p>
      <HistoryLoadNotice />
      <p>
        <Link to={paths.history.list}>Back to your saved results</Link>
      </p>
    </div>
  );
}
