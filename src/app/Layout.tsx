import { UpdatePrompt } from '../components/UpdatePrompt';
import type { ReactNode, Ref } from 'react';
import { Link } from '../components/Link';
import { paths } from '../lib/paths';
import { useRoute } from '../lib/router';

/** Whether a header link is the current section (its page or a page under it). */
function isCurrent(path: string, to: string): boolean {
  if (to === paths.start) return path === paths.start;
  return path === to || path.startsWith(`${to}/`);
}

/**
 * The page frame: skip link, header with the app name and main links, the "when to see a
 * doctor" line that is on every page, and the main landmark (the focus target's container).
 */
export function Layout({ mainRef, children }: { mainRef: Ref<HTMLElement>; children: ReactNode }) {
  const { path } = useRoute();
  const links = [
    { to: paths.start, label: 'Home' },
    { to: paths.history.list, label: 'History' },
  ];
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <UpdatePrompt />
      <header className="site-header">
        <div className="site-header__inner">
          <Link className="site-name" to={paths.start}>
            LegCheck
          </Link>
          <nav aria-label="Main">
            <ul className="site-nav">
              {links.map((link) => (
                <li key={link.to}>
                  <Link to={link.to} aria-current={isCurrent(path, link.to) ? 'page' : undefined}>
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <aside className="safety-line" aria-label="When to see a doctor">
        <p>
          <strong>Warning signs or severe pain?</strong> Call your local emergency number.{' '}
          <Link to={paths.step('warningSigns')}>Check the warning signs</Link>
        </p>
      </aside>
      <main id="main" ref={mainRef} tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>
          LegCheck suggests what to discuss with a doctor; it does not diagnose. Your answers stay
          on this device.
        </p>
      </footer>
    </>
  );
}
