import { Link } from '../components/Link';
import { paths } from '../lib/paths';

/** Any address the app does not know. */
export function NotFoundPage() {
  return (
    <div>
      <h1>Page not found</h1>
      <p>There is nothing at this address.</p>
      <p>
        <Link to={paths.start}>Go to the start page</Link>
      </p>
    </div>
  );
}
