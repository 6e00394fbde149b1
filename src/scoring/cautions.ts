// Which cautions the answers call for (contract v2, CautionId). Each is emitted whenever its
// trigger is in the answers, whatever the bands, except iron-cause-check, whose trigger names
// the iron band. Triggers that need answers of contract v2 (blood thinner, fluid restriction,
// underactive thyroid) cannot be met by today's answers and stay false until those questions exist.
import type { Answers } from './answers';
import type { RankedFactor } from './assessment';
import { hasB12AbsorptionProblem, hasB12FoodBoundCause } from './groups';
import { CAUTION_IDS } from './ids';
import type { AgeBand, CautionId } from './ids';

/** Ages at which low iron in a woman calls for a look for blood loss, as in a man (51+). */
const IRON_CAUSE_AGES: readonly AgeBand[] = ['51-70', '71+'];

/**
 * Iron likely or possible where blood loss must be looked for, not only the diet: not female or
 * aged 51+, not pregnant and no heavy periods (those explain low iron on their own). The BSG
 * guideline (S84) asks for a look at the gut in men and in women after the menopause.
 */
export function needsIronCauseCheck(answers: Answers, ranked: readonly RankedFactor[]): boolean {
  const iron = ranked.find((factor) => factor.nutrient === 'iron');
  if (!iron || iron.band === 'unlikely') return false;
  const { about, health } = answers;
  return (
    (about.sex !== 'female' || IRON_CAUSE_AGES.includes(about.ageBand)) &&
    !about.pregnant &&
    !health.conditions.includes('heavy-periods')
  );
}

const TRIGGERS: Record<
  CautionId,
  (answers: Answers, ranked: readonly RankedFactor[]) => boolean
> = {
  'kidney-disease-supplements': ({ health }) => health.conditions.includes('kidney-disease'),
  // Needs the v2 medicine 'blood-thinner'.
  'blood-thinner-vitamin-e': () => false,
  // Needs the v2 medicine 'blood-thinner'.
  'warfarin-vitamin-k': () => false,
  'diuretic-calcium-vitamin-d': ({ health }) => health.medications.includes('diuretic'),
  'iron-cause-check': needsIronCauseCheck,
  'b12-absorption': (answers) => hasB12AbsorptionProblem(answers),
  'b12-food-bound': (answers) => hasB12FoodBoundCause(answers),
  'pregnancy-supplements': ({ about }) => about.pregnant,
  // Needs the v2 condition 'fluid-restriction'.
  'fluid-restriction': () => false,
  // Needs the v2 condition 'underactive-thyroid'.
  'thyroid-medicine-spacing': () => false,
};

/** The cautions the answers call for, in CAUTION_IDS order. */
export function cautionsFor(answers: Answers, ranked: readonly RankedFactor[]): CautionId[] {
  return CAUTION_IDS.filter((id) => TRIGGERS[id](answers, ranked));
}
