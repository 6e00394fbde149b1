import type { ReactNode } from 'react';

/** A link to another site: opens in a new tab, says so to screen readers, shares nothing. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children} <span className="visually-hidden">(opens in a new tab)</span>
    </a>
  );
}
