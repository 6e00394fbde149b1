// Which cautions the answers call for (contract v2, CautionId). Each is emitted whenever its
// trigger is in the answers, whatever the bands, except iron-cause-check, whose trigger names
// the iron band.
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

const TRIGGERS: Record<CautionId, (answers: Answers, ranked: readonly RankedFactor[]) => boolean> =
  {
    'kidney-disease-supplements': ({ health }) => health.conditions.includes('kidney-disease'),
    'blood-thinner-vitamin-e': ({ health }) => health.medications.includes('blood-thinner'),
    // The question does not ask which blood thinner, so the warfarin note goes to all of them.
    'warfarin-vitamin-k': ({ health }) => health.medications.includes('blood-thinner'),
    'diuretic-calcium-vitamin-d': ({ health }) => health.medications.includes('diuretic'),
    'iron-cause-check': needsIronCauseCheck,
    'b12-absorption': (answers) => hasB12AbsorptionProblem(answers),
    'b12-food-bound': (answers) => hasB12FoodBoundCause(answers),
    'pregnancy-supplements': ({ about }) => about.pregnant,
    'fluid-restriction': ({ health }) => health.conditions.includes('fluid-restriction'),
    'thyroid-medicine-spacing': ({ health }) => health.conditions.includes('underactive-thyroid'),
  };

/** The cautions the answers call for, in CAUTION_IDS order. */
export function cautionsFor(answers: Answers, ranked: readonly RankedFactor[]): CautionId[] {
  return CAUTION_IDS.filter((id) => TRIGGERS[id](answers, ranked));
}
