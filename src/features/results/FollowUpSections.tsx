import { InlineCautions } from './Cautions';
import { ExternalLink } from './ExternalLink';
import type { ResultsModel } from './results-model';
import { SourceRefs, sourceAnchor } from './SourceRefs';

/** Blood tests worth asking a doctor about, for the factors worth looking at. */
export function TestsSection({ tests }: { tests: ResultsModel['tests'] }) {
  return (
    <section className="results-section" aria-labelledby="results-tests-heading">
      <h2 id="results-tests-heading">Blood tests to ask about</h2>
      {tests.length === 0 ? (
        <p>
          Your answers do not point to a particular blood test. If the symptoms carry on, a doctor
          can decide which tests make sense.
        </p>
      ) : (
        <>
          <p className="results-intro">
            A doctor may suggest these to check whether a shortfall is really there.
          </p>
          <ul className="results-cards">
            {tests.map((test) => (
              <li key={test.id}>
                <h3>{test.name}</h3>
                <p>
                  {test.measures}
                  <SourceRefs ids={test.sourceIds} />
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** Explanations other than nutrition that the answers point to. */
export function OtherCausesSection({ causes }: { causes: ResultsModel['otherCauses'] }) {
  if (causes.length === 0) return null;
  return (
    <section className="results-section" aria-labelledby="results-other-heading">
      <h2 id="results-other-heading">Other possible causes</h2>
      <p className="results-intro">
        Not everything in the legs comes from food. Your answers could also fit these.
      </p>
      <ul className="results-cards">
        {causes.map((cause) => (
          <li key={cause.id}>
            <h3>{cause.title}</h3>
            <p>
              {cause.why.text}
              <SourceRefs ids={cause.why.sourceIds} />
            </p>
            <p>
              <strong>What to do:</strong> {cause.whatToDo}
              <SourceRefs ids={cause.whatToDoSourceIds} />
            </p>
            {cause.learnMore ? (
              <p>
                <ExternalLink href={cause.learnMore.url}>{cause.learnMore.title}</ExternalLink>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Everyday habits, and the safe upper limits of the nutrients worth looking at. */
export function PreventionSection({
  habits,
  upperLimits,
}: {
  habits: ResultsModel['prevention'];
  upperLimits: ResultsModel['upperLimits'];
}) {
  return (
    <section className="results-section" aria-labelledby="results-prevention-heading">
      <h2 id="results-prevention-heading">Everyday habits that could help</h2>
      <ul className="results-cards">
        {habits.map((habit) => (
          <li key={habit.id}>
            <h3>{habit.title}</h3>
            <p>
              {habit.text}
              <SourceRefs ids={habit.sourceIds} />
            </p>
          </li>
        ))}
      </ul>
      {upperLimits.length > 0 ? (
        <>
          <h3>Safe upper limits for supplements</h3>
          <p className="results-intro">
            The most adults should take in a day. Ask a doctor or pharmacist before starting a
            supplement.
          </p>
          <ul>
            {upperLimits.map((limit) => (
              <li key={limit.nutrient}>
                <strong>{limit.name}:</strong> {limit.upperLimit.text}
                <SourceRefs ids={limit.upperLimit.sourceIds} />
                <InlineCautions cautions={limit.cautions} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** The disclaimer and every source cited on the page, each an anchor the [S..] links point to. */
export function SourcesSection({
  disclaimer,
  sources,
}: {
  disclaimer: string;
  sources: ResultsModel['sources'];
}) {
  return (
    <section className="results-section" aria-labelledby="results-sources-heading">
      <h2 id="results-sources-heading">About these results</h2>
      <p className="results-disclaimer">{disclaimer}</p>
      <h3>Sources</h3>
      <ul className="results-sources">
        {sources.map((source) => (
          <li key={source.id} id={sourceAnchor(source.id)}>
            [{source.id}] <ExternalLink href={source.url}>{source.title}</ExternalLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
