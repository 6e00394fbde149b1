import type { ReactNode } from 'react';
import { describeReason, formatAnswers, labelFor } from '../../knowledge/answer-labels';
import { BAND_WORDS } from '../../knowledge/band-words';
import { CAUTIONS } from '../../knowledge/cautions';
import { createCitations } from '../../knowledge/citations';
import { LAB_TESTS } from '../../knowledge/lab-tests';
import { NUTRIENTS } from '../../knowledge/nutrients';
import { OTHER_CAUSES } from '../../knowledge/other-causes';
import { DISCLAIMER, WHEN_TO_SEE_A_DOCTOR } from '../../knowledge/prevention';
import { RED_FLAGS } from '../../knowledge/red-flags';
import type { SourceId } from '../../knowledge/sources';
import { TRIAGE_ADVICE, TRIAGE_RULE_TEXT } from '../../knowledge/triage-advice';
import { isRedFlagId, isTriageRuleId } from '../../scoring';
import type { Snapshot } from './schema';
import { formatSavedAt } from './words';
import './print.css';

function Cite({ ids }: { ids: readonly SourceId[] }) {
  if (ids.length === 0) return null;
  return <span className="print-cite"> [{ids.join(', ')}]</span>;
}

function listOr(items: readonly string[], none: string): string {
  return items.length === 0 ? none : items.join('; ');
}

/**
 * A one-to-two page summary of one result for a doctor: the advice, the ranked factors with the
 * answers behind them and the cautions that go with their advice, the blood tests to ask about, medicines and conditions, the note and the
 * sources. Takes a snapshot, so it also serves a result that was never saved; `controls` (e.g. a
 * print button) sit under the heading and are hidden on paper.
 */
export function PrintSummary({ snapshot, controls }: { snapshot: Snapshot; controls?: ReactNode }) {
  const { answers, assessment } = snapshot;
  // Filled while the sections below are built (JSX is evaluated top to bottom), then listed last.
  const { cite, list: citedSources } = createCitations();

  const advice = TRIAGE_ADVICE[assessment.triage.level];
  const redFlags = assessment.triage.reasons.filter(isRedFlagId).map((id) => RED_FLAGS[id]);
  const rules = assessment.triage.reasons.filter(isTriageRuleId).map((id) => TRIAGE_RULE_TEXT[id]);
  const medicines = answers.health.medications.map((id) => labelFor('health.medications', id));
  const conditions = answers.health.conditions.map((id) => labelFor('health.conditions', id));
  const supplements = answers.lifestyle.supplements.map((id) =>
    labelFor('lifestyle.supplements', id),
  );
  // The cautions the answers call for (none for a result saved before cautions existed): the
  // general ones after the advice, the others with the factor they qualify.
  const cautions = assessment.cautions.map((id) => ({ id, ...CAUTIONS[id] }));
  const generalCautions = cautions.filter((caution) => caution.appliesTo.length === 0);
  // Each factor worth checking (the ones whose foods and supplements the results page suggests)
  // or named by a caution from the answers, with the knowledge base's interaction notes.
  const factorCautions = assessment.ranked
    .map((factor) => {
      const nutrient = NUTRIENTS[factor.nutrient];
      return {
        nutrient,
        fromAnswers: cautions.filter((caution) => caution.appliesTo.includes(factor.nutrient)),
        interactions: factor.band === 'unlikely' ? [] : nutrient.cautions,
      };
    })
    .filter((item) => item.fromAnswers.length + item.interactions.length > 0);

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
          <strong>{advice.action}.</strong> {advice.detail}
          <Cite ids={cite(advice.sourceIds)} />
        </p>
        {redFlags.length > 0 || rules.length > 0 ? (
          <ul>
            {redFlags.map((flag) => (
              <li key={flag.id}>
                Warning sign: {flag.label}. {flag.mayMean.text}
                <Cite ids={cite(flag.mayMean.sourceIds)} />
              </li>
            ))}
            {rules.map((rule) => (
              <li key={rule.text}>
                {rule.text}
                <Cite ids={cite(rule.sourceIds)} />
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      {generalCautions.length > 0 ? (
        <section aria-labelledby="print-before">
          <h2 id="print-before">Before changing anything</h2>
          <ul>
            {generalCautions.map((caution) => (
              <li key={caution.id}>
                <strong>{caution.title}.</strong> {caution.text}
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
        <table>
          <thead>
            <tr>
              <th scope="col">Factor</th>
              <th scope="col">Score</th>
              <th scope="col">Answers behind it</th>
              <th scope="col">Evidence</th>
            </tr>
          </thead>
          <tbody>
            {assessment.ranked.map((factor) => {
              const nutrient = NUTRIENTS[factor.nutrient];
              return (
                <tr key={factor.nutrient}>
                  <th scope="row">{nutrient.name}</th>
                  <td>
                    {factor.score} ({BAND_WORDS[factor.band].inline})
                  </td>
                  <td>
                    {factor.reasons.length === 0
                      ? 'No answer pointed to it'
                      : factor.reasons
                          .map(
                            (reason) =>
                              `${reason.weight >= 0 ? '+' : '−'} ${describeReason(reason.field, reason.value)}`,
                          )
                          .join('; ')}
                  </td>
                  <td>
                    {nutrient.evidence.label}
                    <Cite ids={cite(nutrient.evidence.sourceIds)} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      {factorCautions.length > 0 ? (
        <section aria-labelledby="print-cautions">
          <h2 id="print-cautions">Cautions by factor</h2>
          <ul>
            {factorCautions.map(({ nutrient, fromAnswers, interactions }) => (
              <li key={nutrient.id}>
                <strong>{nutrient.name}:</strong>{' '}
                {fromAnswers.map((caution) => (
                  <span key={caution.id}>
                    From the answers: <strong>{caution.title}.</strong> {caution.text}
                    <Cite ids={cite(caution.sourceIds)} />{' '}
                  </span>
                ))}
                {interactions.map((caution) => (
                  <span key={caution.text}>
                    {caution.text}
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
        {assessment.tests.length === 0 ? (
          <p>None suggested by the answers.</p>
        ) : (
          <ul>
            {assessment.tests.map((id) => {
              const test = LAB_TESTS[id];
              return (
                <li key={id}>
                  <strong>{test.name}:</strong> {test.measures}
                  <Cite ids={cite(test.sourceIds)} />
                </li>
              );
            })}
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

      {assessment.otherCauses.length > 0 ? (
        <section aria-labelledby="print-other">
          <h2 id="print-other">Other possible causes to consider</h2>
          <ul>
            {assessment.otherCauses.map((id) => {
              const cause = OTHER_CAUSES[id];
              return (
                <li key={id}>
                  {cause.title}
                  <Cite ids={cite(cause.why.sourceIds)} />
                </li>
              );
            })}
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
          {WHEN_TO_SEE_A_DOCTOR.text}
          <Cite ids={cite(WHEN_TO_SEE_A_DOCTOR.sourceIds)} />
        </p>
        <p className="print-summary__meta">{DISCLAIMER}</p>
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
