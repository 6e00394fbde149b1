import { joinWithAnd } from '../../lib/format';
import type { CautionPlace, FirstScreenView } from './results-model';

/** The page's sections the first screen links to, by their headings' ids. */
export const SECTION_LINKS = [
  { id: 'results-why-heading', label: 'Why' },
  { id: 'results-foods-heading', label: 'Foods' },
  { id: 'results-tests-heading', label: 'Tests' },
  { id: 'results-other-heading', label: 'Other causes' },
  { id: 'results-prevention-heading', label: 'Habits' },
  { id: 'results-sources-heading', label: 'Sources' },
] as const;

/** The anchor of the place where a caution's full words are. */
function cautionAnchor(place: CautionPlace): string {
  switch (place.section) {
    case 'general':
      return '#results-cautions-heading';
    case 'foods':
      return '#results-food-cautions-heading';
    case 'factor':
      return `#results-factor-${place.nutrient}-safety`;
  }
}

/**
 * The answer in one look, under the triage: the factors worth checking with their band and the
 * answer behind each, the safety notes by title, the blood tests, the best few foods, and a
 * link to each detail section below. It decides nothing: the model chose all of it.
 */
export function FirstScreen({
  view,
  hasOtherCauses,
}: {
  view: FirstScreenView;
  hasOtherCauses: boolean;
}) {
  // The other causes' section is drawn only when there are any, so its link is too.
  const links = SECTION_LINKS.filter(
    (link) => hasOtherCauses || link.id !== 'results-other-heading',
  );
  return (
    <section className="results-glance" aria-labelledby="results-glance-heading">
      <h2 id="results-glance-heading" className="visually-hidden">
        Your results in short
      </h2>

      <h3 id="results-glance-factors-heading">Could be involved</h3>
      {view.factors.length > 0 ? (
        <ul className="results-glance__factors" aria-labelledby="results-glance-factors-heading">
          {view.factors.map((factor) => (
            <li key={factor.nutrient}>
              <span className="results-glance__factor">
                <strong>{factor.name}</strong>
                <span className="visually-hidden">:</span>
                <span aria-hidden="true"> · </span>
                <span className={`results-glance__band results-glance__band--${factor.band}`}>
                  {factor.bandWords}
                </span>
              </span>
              {factor.reason ? (
                <span className="results-glance__reason">
                  <span className="visually-hidden">. Mainly because: </span>
                  {factor.reason}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>Your answers do not point strongly to any of the nutrients this tool looks at.</p>
      )}
      {view.moreFactors.map((group) => (
        <p className="results-glance__more" key={group.band}>
          Also {group.bandWords.toLowerCase()}: {joinWithAnd(group.names)}
        </p>
      ))}

      {view.cautions.length > 0 ? (
        <div className="results-glance__cautions">
          <h3 id="results-glance-cautions-heading">
            {view.cautions.length === 1 ? 'Safety note' : 'Safety notes'}
            <span className="visually-hidden"> from your answers</span>:
          </h3>{' '}
          <ul className="results-glance__inline" aria-labelledby="results-glance-cautions-heading">
            {view.cautions.map((caution) => (
              <li key={caution.key}>
                <a href={cautionAnchor(caution.place)}>{caution.title}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <div className="results-glance__tests">
        <h3 id="results-glance-tests-heading">Blood tests to ask about:</h3>{' '}
        {view.tests.length > 0 ? (
          <ul className="results-glance__inline" aria-labelledby="results-glance-tests-heading">
            {view.tests.map((test) => (
              <li key={test.id}>{test.name}</li>
            ))}
          </ul>
        ) : (
          <p>none in particular; a doctor can decide which tests make sense.</p>
        )}
      </div>

      <h3 id="results-glance-foods-heading">Foods to start with</h3>
      {view.foods.length > 0 ? (
        <ul className="results-glance__foods" aria-labelledby="results-glance-foods-heading">
          {view.foods.map((food) => (
            <li key={food.key}>
              <strong>{food.name}</strong>{' '}
              <span className="results-glance__reason">for {joinWithAnd(food.nutrientNames)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p>No food list to suggest: a varied diet is the best start.</p>
      )}

      <nav className="results-glance__nav" aria-label="Details on this page">
        <p className="results-glance__nav-label" aria-hidden="true">
          Details:
        </p>
        <ul>
          {links.map((link) => (
            <li key={link.id}>
              <a href={`#${link.id}`}>{link.label}</a>
            </li>
          ))}
        </ul>
      </nav>
    </section>
  );
}
