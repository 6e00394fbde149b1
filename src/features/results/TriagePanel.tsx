import { ExternalLink } from './ExternalLink';
import type { TriageView } from './results-model';
import { SourceRefs } from './SourceRefs';
import type { Sourced } from '../../knowledge/sources';

/** The first thing on the results page: what to do now, and why, with warning signs on top. */
export function TriagePanel({
  triage,
  whenToSeeADoctor,
}: {
  triage: TriageView;
  whenToSeeADoctor: Sourced;
}) {
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
      <p className={hasWarningSign ? 'results-triage__emergency-line' : undefined}>
        {triage.detail.text}
        <SourceRefs ids={triage.detail.sourceIds} />
      </p>

      {hasWarningSign ? (
        <>
          <h3>The warning signs you ticked</h3>
          <ul className="results-triage__reasons">
            {triage.redFlags.map((flag) => (
              <li key={flag.id}>
                <p>
                  <span className="results-triage__flag-label">{flag.label}</span>
                  {flag.level === 'emergency' ? ' (an emergency sign)' : ' (needs care today)'}
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
          <h3>{hasWarningSign ? 'Also worth knowing' : 'Why this advice'}</h3>
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

      <div className="results-triage__doctor">
        <h3>When to see a doctor</h3>
        <p>
          {whenToSeeADoctor.text}
          <SourceRefs ids={whenToSeeADoctor.sourceIds} />
        </p>
      </div>
    </section>
  );
}
