// Which weight rows count for a person's answers: the rules of contract v2's "What the scoring
// must respect" that a flat table cannot say by itself (decision 001, "Version 2").
import type { Answers } from './answers';
import { b12SupplementMayNotWork, hasFatMalabsorption, LEFT_OUT_BY_PATTERN } from './groups';
import type { FoodGroup, NutrientId } from './ids';
import { BAND_THRESHOLDS } from './rank';
import type { Caps, Counts } from './rank';
import type { WeightRule } from './weights';

const B12_LOWERING_SUPPLEMENTS: readonly string[] = ['vitamin-b12', 'multivitamin'];

/**
 * The weight rows that count for these answers:
 * - a diet pattern counts once: the food groups it leaves out by choice (a vegan's dairy, fish,
 *   meat and eggs) add nothing on top of the pattern, whatever was answered for them;
 * - a supplement never hides an absorption problem: with a B12 ABSORPTION problem, or a
 *   FOOD-BOUND cause with NERVE symptoms, a B12 tablet or multivitamin does not lower B12;
 * - vitamin E is raised by malabsorption rather than by diet alone: food answers move vitamin E
 *   only when a condition stops fat being absorbed (reference 6.3, S13, S33).
 */
export function countsFor(answers: Answers): Counts {
  const leftOut: readonly FoodGroup[] = LEFT_OUT_BY_PATTERN[answers.diet.pattern];
  const leftOutFields = new Set<string>(leftOut.map((group) => `diet.${group}`));
  const b12SupplementIgnored = b12SupplementMayNotWork(answers);
  const fatAbsorbed = !hasFatMalabsorption(answers);
  return (rule: WeightRule, nutrient: NutrientId) => {
    if (leftOutFields.has(rule.field)) return false;
    if (
      nutrient === 'vitamin-b12' &&
      b12SupplementIgnored &&
      rule.field === 'lifestyle.supplements' &&
      B12_LOWERING_SUPPLEMENTS.includes(rule.value)
    ) {
      return false;
    }
    if (nutrient === 'vitamin-e' && fatAbsorbed && rule.field.startsWith('diet.')) return false;
    return true;
  };
}

/**
 * The highest score a factor may reach for these answers: told to limit fluids, hydration is at
 * most 'possible' (contract v2), since "drink more" is not advice for that person.
 */
export function capsFor(answers: Answers): Caps {
  return answers.health.conditions.includes('fluid-restriction')
    ? { hydration: BAND_THRESHOLDS.likely - 1 }
    : {};
}
