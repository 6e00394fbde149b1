import { BAND_THRESHOLDS } from '../../scoring';
import { FactorSafetyNotes } from './Cautions';
import type { FactorView, ReasonView } from './results-model';
import { SourceRefs } from './SourceRefs';

function ReasonList({
  id,
  reasons,
  direction,
}: {
  id: string;
  reasons: readonly ReasonView[];
  direction: 'raise' | 'lower';
}) {
  if (reasons.length === 0) return null;
  const labelId = `${id}-${direction}`;
  return (
    <div className={`results-reasons results-reasons__${direction}`}>
      <p id={labelId} className="results-reasons__direction">
        {direction === 'raise' ? 'Makes it more likely' : 'Makes it less likely'}
      </p>
      <ul aria-labelledby={labelId}>
        {reasons.map((reason) => (
          <li key={reason.key}>{reason.text}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * One ranked factor: band in words, score meter, the person's own answers behind it, the safety
 * notes for acting on it, what it does and the evidence.
 */
export function FactorCard({ factor }: { factor: FactorView }) {
  const headingId = `results-factor-${factor.nutrient}`;
  const hasReasons = factor.raising.length + factor.lowering.length > 0;
  return (
    <article className="results-factor" aria-labelledby={headingId}>
      <div className="results-factor__head">
        <h3 id={headingId}>{factor.name}</h3>
        <p className="results-factor__band">{factor.bandWords}</p>
      </div>
      <div className="results-factor__score">
        <meter
          min={0}
          max={100}
          // The colours follow scoring's bands (lower is better). Scores are whole numbers, so a
          // boundary half a point below a band's lowest score gives that score the band's colour.
          low={BAND_THRESHOLDS.possible - 0.5}
          high={BAND_THRESHOLDS.likely - 0.5}
          optimum={0}
          value={factor.score}
          aria-label={`${factor.name} score, ${factor.score} out of 100`}
        />
        <span aria-hidden="true">{factor.score} out of 100</span>
      </div>

      <h4>Why</h4>
      {hasReasons ? (
        <>
          <ReasonList id={headingId} reasons={factor.raising} direction="raise" />
          <ReasonList id={headingId} reasons={factor.lowering} direction="lower" />
        </>
      ) : (
        <p>None of your answers pointed towards or away from this one.</p>
      )}

      <FactorSafetyNotes
        id={headingId}
        name={factor.name}
        fromAnswers={factor.cautions}
        interactions={factor.interactions}
      />

      <h4>What it does</h4>
      <p>
        {factor.role.text}
        <SourceRefs ids={factor.role.sourceIds} />
      </p>

      <h4>How strong the evidence is</h4>
      <p>
        {factor.evidence.question}: <strong>{factor.evidence.label}.</strong> {factor.evidence.why}
        <SourceRefs ids={factor.evidence.sourceIds} />
      </p>
    </article>
  );
}
