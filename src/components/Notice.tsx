import type { ReactNode } from 'react';

/** How strongly a notice speaks: information, a caution, or act now. */
export type NoticeTone = 'info' | 'warning' | 'danger';

/** A boxed message with an optional title; the tone sets its colour and border, not its role. */
export function Notice({
  tone = 'info',
  title,
  titleLevel = 2,
  children,
}: {
  tone?: NoticeTone;
  title?: ReactNode;
  titleLevel?: 2 | 3;
  children: ReactNode;
}) {
  const Heading = titleLevel === 2 ? 'h2' : 'h3';
  return (
    <div className={`notice notice--${tone}`}>
      {title ? <Heading className="notice__title">{title}</Heading> : null}
      {children}
    </div>
  );
}
