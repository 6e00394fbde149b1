import type { ReactNode } from 'react';

/** A field's error, placed next to it; the field points at it with aria-describedby. */
export function ErrorMessage({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="error-message">
      <span className="visually-hidden">Error:</span> {children}
    </p>
  );
}
