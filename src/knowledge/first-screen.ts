// What the first screen of the results picks from the knowledge base (issue 12): short names for
// the blood tests, so the list fits a phone's first screen, and the best few foods for a
// person's factors, fitted to their diet. The full lists stay in the sections below it.
import type { LabTestId, NutrientId } from '../scoring';
import type { Food, FoodEater, FoodKey } from './foods';
import { FOOD_KEYS, foodsFor, foodsForSeveral } from './foods';

/** Each blood test in a few words, as the first screen lists them (the full names in lab-tests.ts). */
export const LAB_TEST_SHORT_NAMES = {
  '25-hydroxy-vitamin-d': 'Vitamin D',
  'vitamin-b12': 'Vitamin B12',
  ferritin: 'Ferritin (iron stores)',
  'full-blood-count': 'Full blood count',
  magnesium: 'Magnesium',
  calcium: 'Calcium',
  electrolytes: 'Body salts (U&E)',
  'vitamin-e': 'Vitamin E',
  'methylmalonic-acid': 'MMA (a B12 check)',
  'transferrin-saturation': 'Transferrin saturation (iron)',
  'kidney-function': 'Kidney function',
  'thyroid-function': 'Thyroid function',
  'creatine-kinase': 'Muscle enzyme (CK)',
  hba1c: 'Blood sugar (HbA1c)',
  homocysteine: 'Homocysteine',
} as const satisfies Record<LabTestId, string>;

/** How many foods the first screen offers at most. */
export const FIRST_FOODS_MAX = 3;

/** A food the first screen offers, and which of the person's factors it helps with. */
export interface FirstFood {
  readonly key: FoodKey;
  /** The food's plain name, with "(fortified)" when the nutrient is added by the maker. */
  readonly name: string;
  /** The factors it helps with, in the order they were asked for. */
  readonly nutrients: readonly NutrientId[];
  /** Its entries behind the claim, one per nutrient (for the sources). */
  readonly foods: readonly Food[];
}

/** At least this many foods when there are enough: two or three, never one. */
const FIRST_FOODS_MIN = 2;

/**
 * A food's plain name. A food offered for one nutrient the maker adds says "(fortified)"; one
 * offered for several does not, like the shared foods list below it (milk's calcium and B12 are
 * its own, only its vitamin D is added).
 */
function plainName(key: FoodKey, entries: readonly Food[]): string {
  const name: string = FOOD_KEYS[key];
  const [only] = entries;
  return entries.length === 1 && only?.fortified && !/fortified/i.test(name)
    ? `${name} (fortified)`
    : name;
}

/**
 * The best few foods for these factors (most important first), fitted to the person's diet and
 * pregnancy: first one food for each factor in turn, preferring a food that also covers other
 * factors not yet covered, else the richest food for it; then, when that made fewer than two,
 * the next richest foods for the factors in order. A food whose nutrient is poorly absorbed is left out
 * here, because the first screen shows no note beside it.
 */
export function firstFoods(
  nutrients: readonly NutrientId[],
  eater: FoodEater,
  max: number = FIRST_FOODS_MAX,
): FirstFood[] {
  const wanted = new Set(nutrients);
  const order = (ids: readonly NutrientId[]) => nutrients.filter((id) => ids.includes(id));
  const shared = foodsForSeveral(nutrients, eater);
  const singles = new Map(
    nutrients.map((id) => [
      id,
      foodsFor(id, eater).filter((food) => food.caveat !== 'poorly-absorbed'),
    ]),
  );
  const chosen: FirstFood[] = [];
  const covered = new Set<NutrientId>();
  const used = new Set<FoodKey>();
  const add = (key: FoodKey, entries: readonly Food[]) => {
    const helped = order(entries.map((food) => food.nutrient).filter((id) => wanted.has(id)));
    chosen.push({ key, name: plainName(key, entries), nutrients: helped, foods: entries });
    for (const id of helped) covered.add(id);
    used.add(key);
  };
  const newlyCovered = (ids: readonly NutrientId[]) => ids.filter((id) => !covered.has(id)).length;

  for (const nutrient of nutrients) {
    if (chosen.length >= max) break;
    if (covered.has(nutrient)) continue;
    // foodsForSeveral is already in its best order, so the first with the most new cover wins.
    let best: (typeof shared)[number] | undefined;
    for (const food of shared) {
      if (used.has(food.key) || !food.nutrients.includes(nutrient)) continue;
      const cover = newlyCovered(food.nutrients);
      if (cover >= 2 && (!best || cover > newlyCovered(best.nutrients))) best = food;
    }
    if (best) {
      add(best.key, best.foods);
      continue;
    }
    const richest = singles.get(nutrient)?.find((food) => !used.has(food.key));
    if (richest) add(richest.key, [richest]);
  }

  // Fewer than two (one factor, or one food covering them all): the next richest foods, taking
  // the factors in turn.
  const least = Math.min(FIRST_FOODS_MIN, max);
  let added = true;
  while (added && chosen.length < least) {
    added = false;
    for (const nutrient of nutrients) {
      if (chosen.length >= least) break;
      const next = singles.get(nutrient)?.find((food) => !used.has(food.key));
      if (next) {
        add(next.key, [next]);
        added = true;
      }
    }
  }
  return chosen;
}
