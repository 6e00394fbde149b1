import { FactorCard } from './FactorCard';
import type { FactorView } from './results-model';

/** The seven factors, highest score first; the unlikely ones fold away. */
export function FactorsSection({ factors }: { factors: readonly FactorView[] }) {
  const worthLooking = factors.filter((factor) => factor.band !== 'unlikely');
  const unlikely = factors.filter((factor) => factor.band === 'unlikely');
  return (
    <section className="results-section" aria-labelledby="results-factors-heading">
      <h2 id="results-factors-heading">What could be involved</h2>
      <p className="results-intro">
        Ranked from most to least likely, based only on your answers. A score is not a diagnosis: a
        doctor and a blood test can tell whether a shortfall is really there.
      </p>
      {worthLooking.length > 0 ? (
        <ul className="results-factors">
          {worthLooking.map((factor) => (
            <li key={factor.nutrient}>
              <FactorCard factor={factor} />
            </li>
          ))}
        </ul>
      ) : (
        <p>Your answers do not point strongly to any of the nutrients this tool looks at.</p>
      )}
      {unlikely.length > 0 ? (
        <details className="results-details">
          <summary>
            Less likely from your answers ({unlikely.length}):{' '}
            {unlikely.map((factor) => factor.name).join(', ')}
          </summary>
          <ul className="results-factors">
            {unlikely.map((factor) => (
              <li key={factor.nutrient}>
                <FactorCard factor={factor} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
