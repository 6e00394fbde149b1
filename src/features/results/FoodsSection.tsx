import type { Food } from '../../knowledge/foods';
import { formatAmount, joinWithAnd } from '../../lib/format';
import { CautionList } from './Cautions';
import type { CautionView, FoodGroupView, SharedFoodsView, SharedFoodView } from './results-model';
import { SourceRefs } from './SourceRefs';

function FoodItem({ food }: { food: Food }) {
  const amount = `${formatAmount(food.amount)} ${food.unit}`;
  // A drink's amount is its volume, which the serving often already says ('1 cup (240 ml)').
  const parts = [food.serving.includes(amount) ? food.serving : `${food.serving}: ${amount}`];
  if (food.percentDV !== null) parts.push(`${food.percentDV}% of the daily value`);
  return (
    <li>
      <span className="results-food__name">{food.name}</span>
      <span className="results-food__detail">
        {parts.join(', ')}
        {food.fortified ? ' (fortified)' : ''}
      </span>
      {food.note ? <span className="results-food__detail">{food.note}</span> : null}
    </li>
  );
}

function SharedFoodItem({ food }: { food: SharedFoodView }) {
  return (
    <li>
      <span className="results-food__name">{food.name}</span>
      <span className="results-food__detail">
        Good for {joinWithAnd(food.nutrientNames)}
        <SourceRefs ids={food.sourceIds} />
      </span>
    </li>
  );
}

/** Foods that fit the person's way of eating, for the factors worth looking at. */
export function FoodsSection({
  groups,
  shared,
  cautions,
}: {
  groups: readonly FoodGroupView[];
  shared: SharedFoodsView;
  /** Cautions about the food lists themselves (leafy greens on warfarin), shown once above them. */
  cautions: readonly CautionView[];
}) {
  return (
    <section className="results-section" aria-labelledby="results-foods-heading">
      <h2 id="results-foods-heading">Foods that could help</h2>
      {groups.length === 0 ? (
        <p>
          None of the nutrients stands out from your answers, so there is no food list to suggest. A
          varied diet is still the best start.
        </p>
      ) : (
        <p className="results-intro">
          Only foods that fit the way you eat, with the most per serving first.
        </p>
      )}
      {cautions.length > 0 ? (
        <div className="results-cautions">
          <h3 id="results-food-cautions-heading">Safety notes on these foods, from your answers</h3>
          <CautionList cautions={cautions} labelledBy="results-food-cautions-heading" />
        </div>
      ) : null}
      {groups.map((group) => (
        <div className="results-food-group" key={group.nutrient}>
          <h3>For {group.name}</h3>
          <p className="results-muted">
            Amounts per serving
            <SourceRefs ids={group.sourceIds} />
          </p>
          <ul className="results-foods">
            {group.shown.map((food) => (
              <FoodItem key={food.id} food={food} />
            ))}
          </ul>
          {group.more.length > 0 ? (
            <details className="results-details">
              <summary>
                Show {group.more.length} more {group.more.length === 1 ? 'food' : 'foods'} for{' '}
                {group.name}
              </summary>
              <ul className="results-foods">
                {group.more.map((food) => (
                  <FoodItem key={food.id} food={food} />
                ))}
              </ul>
            </details>
          ) : null}
        </div>
      ))}
      {shared.shown.length > 0 ? (
        <div className="results-food-group">
          <h3>Foods that help with several of your results at once</h3>
          <ul className="results-foods">
            {shared.shown.map((food) => (
              <SharedFoodItem key={food.key} food={food} />
            ))}
          </ul>
          {shared.more.length > 0 ? (
            <details className="results-details">
              <summary>
                Show {shared.more.length} more {shared.more.length === 1 ? 'food' : 'foods'} that
                help with several
              </summary>
              <ul className="results-foods">
                {shared.more.map((food) => (
                  <SharedFoodItem key={food.key} food={food} />
                ))}
              </ul>
            </details>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
