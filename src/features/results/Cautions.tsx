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
 * A factor's safety notes, inside its card, next to the advice they qualify. The words say what
 * each note is (the box's colour only repeats it), so a screen reader or a grey print reads the
 * same.
 */
export function FactorSafetyNotes({
  id,
  name,
  interactions,
}: {
  id: string;
  name: string;
  interactions: readonly CautionView[];
}) {
  if (interactions.length === 0) return null;
  const headingId = `${id}-safety`;
  const interactionsId = `${id}-interactions`;
  return (
    <section className="results-cautions" aria-labelledby={headingId}>
      <h4 id={headingId}>
        Safety notes <span className="visually-hidden">for {name}</span>
      </h4>
      <p id={interactionsId} className="results-cautions__kind">
        For everyone
      </p>
      <CautionList cautions={interactions} labelledBy={interactionsId} />
    </section>
  );
}
