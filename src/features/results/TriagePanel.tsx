import { ExternalLink } from './ExternalLink';
import type { TriageView } from './results-model';
import { SourceRefs } from './SourceRefs';
import type { Sourced } from '../../knowledge/sources';

/** The words for a warning sign's level, after its label. */
function levelWords(level: 'emergency' | 'urgent'): string {
  return level === 'emergency' ? ' (an emergency sign)' : ' (needs care today)';
}

/**
 * The first thing on the results page: what to do now, and the warning signs behind it when
 * there are any. What each sign could mean and the other reasons are in TriageReasons, further
 * down.
 */
export function TriagePanel({ triage }: { triage: TriageView }) {
  const hasWarningSign = triage.redFlags.length > 0;
  const className = [
    'results-triage',
    `results-triage--${triage.level}`,
    hasWarningSign ? 'results-triage--warning' : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <section className={className} aria-labelledby="results-triage-heading">
      <h2 id="results-triage-heading">
        <span className="results-triage__kicker">
          {hasWarningSign ? 'Warning sign: what to do now' : 'What to do now'}
        </span>
        <span className="visually-hidden">: </span>
        <span className="results-triage__action">{triage.action}</span>
      </h2>
      {hasWarningSign ? (
        <>
          <p id="results-triage-flags" className="results-triage__because">
            Because of the warning signs you ticked:
          </p>
          <ul className="results-triage__flags" aria-labelledby="results-triage-flags">
            {triage.redFlags.map((flag) => (
              <li key={flag.id}>
                <span className="results-triage__flag-label">{flag.label}</span>
                {levelWords(flag.level)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className={hasWarningSign ? 'results-triage__emergency-line' : 'results-triage__detail'}>
        {triage.detail.text}
        <SourceRefs ids={triage.detail.sourceIds} />
      </p>
    </section>
  );
}

/**
 * When to see a doctor, always shown right after the first screen's short answer (never folded
 * or drawn late): it holds whatever the answers said.
 */
export function WhenToSeeADoctor({ advice }: { advice: Sourced }) {
  return (
    <section className="results-doctor" aria-labelledby="results-doctor-heading">
      <h2 id="results-doctor-heading">When to see a doctor</h2>
      <p>
        {advice.text}
        <SourceRefs ids={advice.sourceIds} />
      </p>
    </section>
  );
}

/**
 * Why the advice is what it is: what each warning sign ticked could mean and what to do about
 * it, then the other reasons for the level. Below the first screen, linked from it as "Why".
 */
export function TriageReasons({ triage }: { triage: TriageView }) {
  const hasWarningSign = triage.redFlags.length > 0;
  return (
    <section className="results-section" aria-labelledby="results-why-heading">
      <h2 id="results-why-heading">Why this advice</h2>
      {hasWarningSign ? (
        <>
          <h3>The warning signs you ticked</h3>
          <ul className="results-triage__reasons">
            {triage.redFlags.map((flag) => (
              <li key={flag.id}>
                <p>
                  <span className="results-triage__flag-label">{flag.label}</span>
                  {levelWords(flag.level)}
                </p>
                <p>
                  {flag.mayMean.text}
                  <SourceRefs ids={flag.mayMean.sourceIds} />
                </p>
                <p>
                  <strong>What to do:</strong> {flag.whatToDo}
                  <SourceRefs
                    ids={flag.sourceIds.filter((id) => !flag.mayMean.sourceIds.includes(id))}
                  />
                </p>
                <p>
                  <ExternalLink href={flag.learnMore.url}>{flag.learnMore.title}</ExternalLink>
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {triage.rules.length > 0 ? (
        <>
          {hasWarningSign ? <h3>Also worth knowing</h3> : null}
          <ul className="results-triage__reasons">
            {triage.rules.map((rule) => (
              <li key={rule.id}>
                {rule.text.text}
                <SourceRefs ids={rule.text.sourceIds} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {!hasWarningSign && triage.rules.length === 0 ? (
        <p>
          {triage.detail.text}
          <SourceRefs ids={triage.detail.sourceIds} />
        </p>
      ) : null}
    </section>
  );
}
