import { Fragment } from 'react';
import './why-we-ask.css';

/** A source as a reader sees it: its title, linked to its official page. */
export interface SourceLink {
  readonly title: string;
  readonly url: string;
}

/**
 * "Why we ask" under a question: a native disclosure (keyboard and screen readers know it
 * without ARIA), closed by default so the question stays short. The summary names the question
 * for a screen reader, who may meet many "Why we ask" in one step.
 */
export function WhyWeAsk({
  question,
  text,
  sources,
}: {
  question: string;
  text: string;
  sources: readonly SourceLink[];
}) {
  return (
    <details className="why-we-ask">
      <summary>
        Why we ask<span className="visually-hidden">: {question}</span>
      </summary>
      <div className="why-we-ask__body">
        <p>{text}</p>
        {sources.length > 0 ? (
          <p className="why-we-ask__source">
            {sources.length === 1 ? 'Source: ' : 'Sources: '}
            {sources.map((source, index) => (
              <Fragment key={source.url}>
                {index > 0 ? '; ' : null}
                <a href={source.url} target="_blank" rel="noopener noreferrer">
                  {source.title} <span className="visually-hidden">(opens in a new tab)</span>
                </a>
              </Fragment>
            ))}
          </p>
        ) : null}
      </div>
    </details>
  );
}
