import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { formatAnswers, labelFor } from '../../knowledge/answer-labels';
import { BAND_WORDS } from '../../knowledge/band-words';
import { createCitations } from '../../knowledge/citations';
import type { SourceId } from '../../knowledge/sources';
import { buildResultsModel } from '../results/results-model';
import type { CautionView } from '../results/results-model';
import type { Snapshot } from './schema';
import { cautionsOnPaper, resultsUpTo } from './layout';
import { buildTrend } from './trend';
import { TrendChart } from './TrendChart';
import { formatSavedAt } from './words';
import './print.css';

function Cite({ ids }: { ids: readonly SourceId[] }) {
  if (ids.length === 0) return null;
  return <span className="print-cite"> [{ids.join(', ')}]</span>;
}

/** A caution's title (when it has one) in bold, then its words. */
function CautionWords({ caution }: { caution: CautionView }) {
  return (
    <>
      {caution.title ? <strong>{caution.title}. </strong> : null}
      {caution.text}
    </>
  );
}

function listOr(items: readonly string[], none: string): string {
  return items.length === 0 ? none : items.join('; ');
}

/**
 * A one-to-two page summary of one result for a doctor: the advice, the ranked factors with the
 * answers behind them and the cautions that go with their advice, how the scores moved across
 * the saved results up to this one (with two or more), the blood tests to ask about, medicines
 * and conditions, the note and the sources. Takes a snapshot, so it also serves a result that was
 * never saved; `history` is the saved results; `controls` (e.g. a print button) sit under the
 * heading and are hidden on paper.
 */
export function PrintSummary({
  snapshot,
  history = [],
  controls,
}: {
  snapshot: Snapshot;
  history?: readonly Snapshot[];
  controls?: ReactNode;
}) {
  const { answers, assessment } = snapshot;
  // What the results page shows, from the one model: the same warning signs (most urgent first),
  // rules, cautions and words on paper as on screen.
  const model = useMemo(() => buildResultsModel(answers, assessment), [answers, assessment]);
  const trend = useMemo(() => buildTrend(resultsUpTo(snapshot, history)), [snapshot, history]);
  // Filled while the sections below are built (JSX is evaluated top to bottom), then listed last:
  // only what the summary itself cites (the model's list also holds foods and habits).
  const { cite, list: citedSources } = createCitations();

  const { triage } = model;
  const medicines = answers.health.medications.map((id) => labelFor('health.medications', id));
  const conditions = answers.health.conditions.map((id) => labelFor('health.conditions', id));
  const supplements = answers.lifestyle.supplements.map((id) =>
    labelFor('lifestyle.supplements', id),
  );
  const { beforeChanging, byFactor: factorCautions } = cautionsOnPaper(model);

  return (
    <article className="print-summary" aria-labelledby="print-summary-title">
      <h1 id="print-summary-title" tabIndex={-1}>
        Leg symptoms: summary for a doctor
      </h1>
      <p className="print-summary__meta">
        From LegCheck, a questionnaire the person filled in themselves, on{' '}
        {formatSavedAt(snapshot.createdAt)}. It suggests what to discuss; it is not a diagnosis.
      </p>
      {controls ? <div className="print-summary__controls">{controls}</div> : null}

      <section aria-labelledby="print-advice">
        <h2 id="print-advice">Advice from the answers</h2>
        <p>
          <strong>{triage.action}.</strong> {triage.detail.text}
          <Cite ids={cite(triage.detail.sourceIds)} />
        </p>
        {triage.redFlags.length > 0 || triage.rules.length > 0 ? (
          <ul>
            {triage.redFlags.map((flag) => (
              <li key={flag.id}>
                Warning sign: {flag.label}. {flag.mayMean.text}
                <Cite ids={cite(flag.mayMean.sourceIds)} />
              </li>
            ))}
            {triage.rules.map((rule) => (
              <li key={rule.id}>
                {rule.text.text}
                <Cite ids={cite(rule.text.sourceIds)} />
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      {beforeChanging.length > 0 ? (
        <section aria-labelledby="print-before">
          <h2 id="print-before">Before changing anything</h2>
          <ul>
            {beforeChanging.map((caution) => (
              <li key={caution.key}>
                <CautionWords caution={caution} />
                <Cite ids={cite(caution.sourceIds)} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {snapshot.note ? (
        <section aria-labelledby="print-note">
          <h2 id="print-note">The person’s note</h2>
          <p className="print-summary__note">{snapshot.note}</p>
        </section>
      ) : null}

      <section aria-labelledby="print-factors">
        <h2 id="print-factors">Nutrient factors, ranked</h2>
        <p className="print-summary__meta">
          Score 0 to 100 from the answers only (higher means more worth checking), with the answers
          that raised (+) or lowered (−) it and how strong the evidence is.
        </p>
        <table className="print-summary__factors">
          <thead>
            <tr>
              <th scope="col">Factor</th>
              <th scope="col">Score</th>
              <th scope="col">Answers behind it</th>
              <th scope="col">Evidence</th>
            </tr>
          </thead>
          <tbody>
            {model.factors.map((factor) => {
              const reasons = [
                ...factor.raising.map((reason) => `+ ${reason.text}`),
                ...factor.lowering.map((reason) => `− ${reason.text}`),
              ];
              return (
                <tr key={factor.nutrient}>
                  <th scope="row">{factor.name}</th>
                  <td>
                    {factor.score} ({BAND_WORDS[factor.band].inline})
                  </td>
                  <td>{reasons.length === 0 ? 'No answer pointed to it' : reasons.join('; ')}</td>
                  <td>
                    {factor.evidence.label}
                    <Cite ids={cite(factor.evidence.sourceIds)} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      {trend.results.length > 1 ? (
        <section aria-labelledby="print-trend" className="print-summary__trend">
          <h2 id="print-trend">Scores over time, up to this result</h2>
          <TrendChart trend={trend} forPaper />
        </section>
      ) : null}

      {factorCautions.length > 0 ? (
        <section aria-labelledby="print-cautions">
          <h2 id="print-cautions">Cautions by factor</h2>
          <ul>
            {factorCautions.map(({ factor, fromAnswers, interactions }) => (
              <li key={factor.nutrient}>
                <strong>{factor.name}:</strong>{' '}
                {fromAnswers.map((caution) => (
                  <span key={caution.key}>
                    From the answers: <CautionWords caution={caution} />
                    <Cite ids={cite(caution.sourceIds)} />{' '}
                  </span>
                ))}
                {interactions.map((caution) => (
                  <span key={caution.key}>
                    <CautionWords caution={caution} />
                    <Cite ids={cite(caution.sourceIds)} />{' '}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="print-tests">
        <h2 id="print-tests">Blood tests to ask about</h2>
        {model.tests.length === 0 ? (
          <p>None suggested by the answers.</p>
        ) : (
          <ul>
            {model.tests.map((test) => (
              <li key={test.id}>
                <strong>{test.name}:</strong> {test.measures}
                <Cite ids={cite(test.sourceIds)} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="print-medicines">
        <h2 id="print-medicines">Medicines, conditions and supplements</h2>
        <dl className="print-summary__pairs">
          <dt>Medicines</dt>
          <dd>{listOr(medicines, 'None of those asked about')}</dd>
          <dt>Conditions</dt>
          <dd>{listOr(conditions, 'None of those asked about')}</dd>
          <dt>Supplements taken</dt>
          <dd>{listOr(supplements, 'None')}</dd>
        </dl>
      </section>

      {model.otherCauses.length > 0 ? (
        <section aria-labelledby="print-other">
          <h2 id="print-other">Other possible causes to consider</h2>
          <ul>
            {model.otherCauses.map((cause) => (
              <li key={cause.id}>
                {cause.title}
                <Cite ids={cite(cause.why.sourceIds)} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="print-answers">
        <h2 id="print-answers">The answers in short</h2>
        <dl className="print-summary__pairs print-summary__answers">
          {formatAnswers(answers).map((line) => (
            <div key={line.question}>
              <dt>{line.question}</dt>
              <dd>{line.answer}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="print-when">
        <h2 id="print-when">When to see a doctor</h2>
        <p>
          {model.whenToSeeADoctor.text}
          <Cite ids={cite(model.whenToSeeADoctor.sourceIds)} />
        </p>
        <p className="print-summary__meta">{model.disclaimer}</p>
      </section>

      <section aria-labelledby="print-sources">
        <h2 id="print-sources">Sources</h2>
        <ul className="print-summary__sources">
          {citedSources().map(({ id, title, url }) => (
            <li key={id}>
              [{id}] {title}. <span className="print-url">{url}</span>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
