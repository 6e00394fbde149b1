import type { CautionView } from './results-model';
import { SourceRefs } from './SourceRefs';

/** One safety note: its title in bold when it has one, its words and their sources. */
function CautionItem({ caution }: { caution: CautionView }) {
  return (
    <li>
      {caution.title ? <strong>{caution.title}. </strong> : null}
      {caution.text}
      <SourceRefs ids={caution.sourceIds} />
    </li>
  );
}

/** A plain list of safety notes; the heading above it says whose they are. */
export function CautionList({
  cautions,
  labelledBy,
}: {
  cautions: readonly CautionView[];
  labelledBy?: string;
}) {
  if (cautions.length === 0) return null;
  return (
    <ul className="results-cautions__list" aria-labelledby={labelledBy}>
      {cautions.map((caution) => (
        <CautionItem key={caution.key} caution={caution} />
      ))}
    </ul>
  );
}

/**
 * A factor's safety notes, inside its card, next to the advice they qualify: first the cautions
 * the answers call for, then the knowledge base's notes for everyone. The words say which is
 * which (the box's colour only repeats it), so a screen reader or a grey print reads the same.
 */
export function FactorSafetyNotes({
  id,
  name,
  fromAnswers,
  interactions,
}: {
  id: string;
  name: string;
  fromAnswers: readonly CautionView[];
  interactions: readonly CautionView[];
}) {
  if (fromAnswers.length + interactions.length === 0) return null;
  const headingId = `${id}-safety`;
  const fromAnswersId = `${id}-from-answers`;
  const interactionsId = `${id}-interactions`;
  return (
    <section className="results-cautions" aria-labelledby={headingId}>
      <h4 id={headingId}>
        Safety notes <span className="visually-hidden">for {name}</span>
      </h4>
      {fromAnswers.length > 0 ? (
        <>
          <p id={fromAnswersId} className="results-cautions__kind">
            From your answers
          </p>
          <CautionList cautions={fromAnswers} labelledBy={fromAnswersId} />
        </>
      ) : null}
      {interactions.length > 0 ? (
        <>
          <p id={interactionsId} className="results-cautions__kind">
            For everyone
          </p>
          <CautionList cautions={interactions} labelledBy={interactionsId} />
        </>
      ) : null}
    </section>
  );
}

/**
 * The cautions the answers call for that apply to no one nutrient, after the triage and before
 * any food or supplement advice: they qualify all of it.
 */
export function GeneralCautions({ cautions }: { cautions: readonly CautionView[] }) {
  if (cautions.length === 0) return null;
  return (
    // Not a .results-section: those are laid out lazily, and this one is near the top.
    <section
      className="results-cautions results-cautions--general"
      aria-labelledby="results-cautions-heading"
    >
      <h2 id="results-cautions-heading">Before you change anything</h2>
      <p className="results-cautions__intro">
        Your answers call for some care before you change what you eat or take:
      </p>
      <CautionList cautions={cautions} />
    </section>
  );
}

/** The cautions on one nutrient, as a short note under its upper limit. */
export function InlineCautions({ cautions }: { cautions: readonly CautionView[] }) {
  if (cautions.length === 0) return null;
  return (
    <ul className="results-cautions__list results-cautions__inline">
      {cautions.map((caution) => (
        <li key={caution.key}>
          <strong>Caution from your answers{caution.title ? `: ${caution.title}` : ''}.</strong>{' '}
          {caution.text}
          <SourceRefs ids={caution.sourceIds} />
        </li>
      ))}
    </ul>
  );
}
