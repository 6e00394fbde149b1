import { Link } from '../components/Link';

/** Any address the app does not know. */
export function NotFoundPage() {
  return (
    <div>
      <h1>Page not found</h1>
      <p>There is nothing at this address.</p>
      <p>
        <Link to="/">Go to the start page</Link>
      </p>
    </div>
  );
}
